# METADATA
# title: A senior information risk owner owns the service's cyber and information risk
# description: >-
#   What Good Looks Like expects cyber risk to be understood and owned at
#   board level, and Secure by Design's first principle asks for named senior
#   risk owners. In the NHS that owner is the senior information risk owner
#   (SIRO), who national guidance also makes responsible for approving how
#   health and care data is hosted.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, success measure 1 \"Well led\": cyber risk owned at board level"
#   - ref: https://www.security.gov.uk/guidance/secure-by-design/principles/
#     description: "Secure by Design principle 1, \"Create responsibility for cyber security risk\""
#   - ref: https://digital.nhs.uk/data-and-information/looking-after-information/data-security-and-information-governance/nhs-and-social-care-data-off-shoring-and-the-use-of-public-cloud-services/guidance
#     description: "NHS England, off-shoring and the use of public cloud services, \"In brief\": the local SIRO"
# custom:
#   id: WL-04
#   severity: warning
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: well_led
#   tcop: [6]
#   requirement: WGLL-WL-04
#   remediation: >-
#     Name the organisation's senior information risk owner in
#     `information_governance.siro.name`.
package wgll.well_led.siro_missing

import data.wgll.lib

# Whether a value is a non-empty string.
named(s) if {
	is_string(s)
	trim_space(s) != ""
}

deny contains finding if {
	lib.personal_data
	not named(object.get(input.manifest, ["information_governance", "siro", "name"], null))
	finding := {
		"rule": "WL-04",
		"msg": "the service processes personal data but no senior information risk owner is named in `information_governance.siro.name`",
		"at": "/manifest/information_governance/siro/name",
	}
}
