# METADATA
# title: Whether the clinical risk management standards apply is recorded
# description: >-
#   DCB0129 and DCB0160 are information standards that health IT manufacturers
#   and deployers must comply with. Every service should state whether they
#   apply, so the decision is visible and can be challenged.
# related_resources:
#   - ref: https://www.england.nhs.uk/long-read/national-review-of-clinical-risk-management-standardsdcb0129-and-dcb0160-supporting-information/
#     description: "NHS England, national review of DCB0129 and DCB0160, \"Why the standards were introduced\""
#   - ref: https://service-manual.nhs.uk/service-standard/16-make-your-service-clinically-safe
#     description: "NHS service standard, point 16 \"Make your service clinically safe\""
# custom:
#   id: CS-01
#   severity: warning
#   measure: safe_practice
#   requirement: CLINSAFE-01
#   remediation: >-
#     Decide with a clinical safety officer whether DCB0129 or DCB0160 applies
#     and record `clinical_safety.applicable: true` or `false`.
package wgll.clinical_safety.applicability_missing

import data.wgll.lib

deny contains finding if {
	lib.past_discovery
	not is_boolean(object.get(input.manifest, ["clinical_safety", "applicable"], null))
	finding := {
		"rule": "CS-01",
		"msg": "`clinical_safety.applicable` does not say whether DCB0129 or DCB0160 applies",
		"at": "/manifest/clinical_safety/applicable",
	}
}
