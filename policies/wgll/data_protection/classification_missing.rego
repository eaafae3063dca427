# METADATA
# title: The data's security classification is recorded
# description: >-
#   The Government Security Classifications Policy sorts information into
#   three tiers, OFFICIAL, SECRET and TOP SECRET, and the tier drives hosting
#   and handling controls. OFFICIAL-SENSITIVE is not a fourth tier: it is
#   OFFICIAL information carrying the SENSITIVE marking, as most patient data
#   does, and is accepted as such.
# related_resources:
#   - ref: https://www.gov.uk/government/publications/government-security-classifications
#     description: "Cabinet Office, Government Security Classifications Policy: the three classification tiers (OFFICIAL, SECRET, TOP SECRET) and the OFFICIAL-SENSITIVE marking"
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
	not accepted(value)
	finding := {
		"rule": "DP-05",
		"msg": sprintf("the data classification `%v` is not a classification tier (%s) or the marking %s", [value, concat(", ", data.wgll.params.security_classifications), concat(", ", data.wgll.params.security_classification_markings)]),
		"at": "/manifest/data_protection/classification",
	}
}

accepted(v) if v in data.wgll.params.security_classifications

accepted(v) if v in data.wgll.params.security_classification_markings

# TOP-SECRET, as teams often write it, for TOP SECRET.
accepted(v) if {
	is_string(v)
	replace(v, "-", " ") in data.wgll.params.security_classifications
}
