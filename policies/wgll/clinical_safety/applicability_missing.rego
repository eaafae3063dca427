# METADATA
# title: Whether the clinical risk management standards apply is recorded
# description: >-
#   DCB0129 and DCB0160 are information standards that health IT manufacturers
#   and deployers must comply with. Every service should state whether they
#   apply, so the decision is visible and can be challenged. Left out, the
#   clinical safety rules still apply; `false` turns them off, so it must
#   stand on a decision recorded in `clinical_safety.opt_out`: the
#   rationale, the clinical safety officer who made it (DCB0129 and DCB0160
#   give clinical risk decisions to the CSO) and the date.
# related_resources:
#   - ref: https://www.england.nhs.uk/long-read/national-review-of-clinical-risk-management-standardsdcb0129-and-dcb0160-supporting-information/
#     description: "NHS England, national review of DCB0129 and DCB0160, \"Why the standards were introduced\""
#   - ref: https://service-manual.nhs.uk/service-standard/16-make-your-service-clinically-safe
#     description: "NHS service standard, point 16 \"Make your service clinically safe\""
#   - ref: https://digital.nhs.uk/data-and-information/information-standards/governance/latest-activity/standards-and-collections/dcb0129-clinical-risk-management-its-application-in-the-manufacture-of-health-it-systems
#     description: "DCB0129 specification: clinical risk management is the responsibility of a named clinical safety officer"
# custom:
#   id: CS-01
#   severity: warning
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: safe_practice
#   requirement: CLINSAFE-01
#   remediation: >-
#     Decide with a clinical safety officer whether DCB0129 or DCB0160 applies
#     and record `clinical_safety.applicable: true` or `false`; with `false`,
#     record the decision in `clinical_safety.opt_out` (`rationale`,
#     `decided_by: {name, role: Clinical Safety Officer}`, `date`).
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

# A `false` is an opt-out: it quiets the rules it gates, so it stands only
# on a recorded decision: why, by the clinical safety officer, and when.
deny contains finding if {
	lib.past_discovery
	object.get(input.manifest, ["clinical_safety", "applicable"], null) == false
	some [field, problem] in lib.opt_out_gaps(["clinical_safety", "opt_out"], `(?i)clinical safety officer|\bcso\b`, "clinical safety officer")
	finding := {
		"rule": "CS-01",
		"msg": sprintf("`clinical_safety.applicable` is false, which turns off clinical risk management, but the decision in `clinical_safety.opt_out` %s", [problem]),
		"at": sprintf("/manifest/clinical_safety/opt_out/%s", [field]),
	}
}
