# METADATA
# title: Whether the service processes personal data is recorded
# description: >-
#   Privacy by design starts with knowing whether personal data is processed;
#   most data protection duties (DPIA, DPO, privacy notice) follow from it.
#   The manifest should say so explicitly.
# related_resources:
#   - ref: https://www.gov.uk/guidance/the-technology-code-of-practice
#     description: "GOV.UK Technology Code of Practice, point 7 \"Make privacy integral\""
#   - ref: https://www.legislation.gov.uk/eur/2016/679/article/25
#     description: "UK GDPR Article 25, data protection by design and by default"
# custom:
#   id: DP-01
#   severity: warning
#   measure: safe_practice
#   tcop: [7]
#   requirement: TCOP-07
#   remediation: >-
#     Record `data_protection.personal_data: true` or `false`.
package wgll.data_protection.personal_data_undeclared

import data.wgll.lib

deny contains finding if {
	lib.past_discovery
	not is_boolean(object.get(input.manifest, ["data_protection", "personal_data"], null))
	finding := {
		"rule": "DP-01",
		"msg": "`data_protection.personal_data` does not say whether the service processes personal data",
		"at": "/manifest/data_protection/personal_data",
	}
}
