# METADATA
# title: A Caldicott guardian is named for the service's personal data
# description: >-
#   What Good Looks Like expects information governance roles to be in place
#   as part of safe practice. NHS guidance on hosting health and care data
#   has the local SIRO act together with the data protection officer and the
#   Caldicott guardian, who safeguards the confidentiality of patient
#   information. The SIRO and the DPO are checked by WL-04 and DP-06.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, success measure 3 \"Safe practice\": information governance roles"
#   - ref: https://digital.nhs.uk/data-and-information/looking-after-information/data-security-and-information-governance/nhs-and-social-care-data-off-shoring-and-the-use-of-public-cloud-services/guidance
#     description: "NHS England, off-shoring and the use of public cloud services, \"In brief\": SIRO, DPO and Caldicott guardian"
# custom:
#   id: SP-01
#   severity: warning
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: safe_practice
#   tcop: [7]
#   requirement: WGLL-SP-02
#   remediation: >-
#     Name the organisation's Caldicott guardian in
#     `information_governance.caldicott_guardian.name`.
package wgll.safe_practice.caldicott_guardian_missing

import data.wgll.lib

# Whether a value is a non-empty string.
named(s) if {
	is_string(s)
	trim_space(s) != ""
}

deny contains finding if {
	lib.personal_data
	not named(object.get(input.manifest, ["information_governance", "caldicott_guardian", "name"], null))
	finding := {
		"rule": "SP-01",
		"msg": "the service processes personal data but no Caldicott guardian is named in `information_governance.caldicott_guardian.name`",
		"at": "/manifest/information_governance/caldicott_guardian/name",
	}
}
