# METADATA
# title: A clinical risk management plan is in the repository
# description: >-
#   DCB0129 requires a clinical risk management plan setting out how clinical
#   risk will be managed for the system, by whom, and how the hazard log and
#   safety case will be kept.
# related_resources:
#   - ref: https://standards.nhs.uk/published-standards/nhsd-clinical-risk-management-its-application-in-the-manufacture-of-health-it-systems
#     description: "DCB0129 Clinical Risk Management: its Application in the Manufacture of Health IT Systems (Amd 24/2018)"
#   - ref: https://www.england.nhs.uk/long-read/national-review-of-clinical-risk-management-standardsdcb0129-and-dcb0160-supporting-information/
#     description: "NHS England, national review of DCB0129 and DCB0160, \"Why the standards were introduced\""
# custom:
#   id: CS-06
#   severity: error
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: safe_practice
#   requirement: CLINSAFE-03
#   remediation: >-
#     Write a clinical risk management plan and name it in
#     `clinical_safety.risk_management_plan` (a repository path or https URL).
package wgll.clinical_safety.risk_management_plan_missing

import data.wgll.lib

deny contains finding if {
	lib.past_discovery
	lib.clinical_safety_applies
	not input.manifest.clinical_safety.risk_management_plan
	finding := {
		"rule": "CS-06",
		"msg": "clinical safety applies but `clinical_safety.risk_management_plan` names no clinical risk management plan",
		"at": "/manifest/clinical_safety/risk_management_plan",
	}
}

deny contains finding if {
	lib.clinical_safety_applies
	plan := input.manifest.clinical_safety.risk_management_plan
	is_string(plan)
	not lib.is_url(plan)
	not lib.path_exists(plan)
	finding := {
		"rule": "CS-06",
		"msg": sprintf("the clinical risk management plan `%s` is not in the repository", [plan]),
		"at": "/manifest/clinical_safety/risk_management_plan",
	}
}
