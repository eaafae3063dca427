# METADATA
# title: A privacy notice tells people how their data is used
# description: >-
#   UK GDPR Articles 13 and 14 require people to be told, at the time their
#   data is collected, who processes it, why, on what lawful basis and for how
#   long; TCoP point 7 asks for privacy to be integral.
# related_resources:
#   - ref: https://www.legislation.gov.uk/eur/2016/679/article/13
#     description: "UK GDPR Article 13, information to be provided"
#   - ref: https://www.gov.uk/guidance/the-technology-code-of-practice
#     description: "GOV.UK Technology Code of Practice, point 7 \"Make privacy integral\""
# custom:
#   id: DP-07
#   severity: error
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: safe_practice
#   tcop: [7]
#   requirement: TCOP-07
#   remediation: >-
#     Publish a privacy notice and record its URL (or repository path) in
#     `data_protection.privacy_notice`.
package wgll.data_protection.privacy_notice_missing

import data.wgll.lib

deny contains finding if {
	lib.personal_data
	lib.past_discovery
	not input.manifest.data_protection.privacy_notice
	finding := {
		"rule": "DP-07",
		"msg": "the service processes personal data but `data_protection.privacy_notice` names no privacy notice",
		"at": "/manifest/data_protection/privacy_notice",
	}
}

# The document `data_protection.privacy_notice` names is not in the repository, or says
# nothing: reported here, under this rule's measure (WL-07 and WL-10 leave
# the fields an area rule owns; lib/evidence.rego lists them).
deny contains finding if {
	some finding in lib.evidence_findings("DP-07", ["data_protection", "privacy_notice"])
}
