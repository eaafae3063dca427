# METADATA
# title: The data's security classification is recorded
# description: >-
#   The Government Security Classifications Policy sets the protective marking
#   of the information a service holds (OFFICIAL, with the SENSITIVE handling
#   caveat for most patient data), and it drives hosting and handling
#   controls.
# related_resources:
#   - ref: https://www.gov.uk/government/publications/government-security-classifications
#     description: "Cabinet Office, Government Security Classifications Policy"
#   - ref: https://digital.nhs.uk/data-and-information/looking-after-information/data-security-and-information-governance/nhs-and-social-care-data-off-shoring-and-the-use-of-public-cloud-services/cloud-risk-framework
#     description: "NHS England, health and social care Cloud Risk Framework, \"Dimensions that affect risk\""
# custom:
#   id: DP-05
#   severity: warning
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: safe_practice
#   tcop: [7, 10]
#   requirement: CLOUD-01
#   remediation: >-
#     Record the classification of the service's data in
#     `data_protection.classification` (for example OFFICIAL-SENSITIVE).
package wgll.data_protection.classification_missing

import data.wgll.lib

deny contains finding if {
	lib.past_discovery
	value := object.get(input.manifest, ["data_protection", "classification"], "unrecorded")
	not value in data.wgll.params.security_classifications
	finding := {
		"rule": "DP-05",
		"msg": sprintf("the data classification `%v` is not one of %s", [value, concat(", ", data.wgll.params.security_classifications)]),
		"at": "/manifest/data_protection/classification",
	}
}
