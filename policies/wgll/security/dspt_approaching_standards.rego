# METADATA
# title: An organisation approaching the DSPT standard works to its improvement plan
# description: >-
#   An organisation that does not yet meet the DSPT's expected profile may
#   publish "Approaching Standards" with an improvement plan to reach it. That
#   is not the breach "Standards Not Met" is (SEC-06), but until the plan is
#   done the service relies on an organisation short of the standard, so it
#   is reported as a warning, naming the plan, for the SIRO to follow.
# related_resources:
#   - ref: https://www.dsptoolkit.nhs.uk/
#     description: "NHS England, Data Security and Protection Toolkit: publication statuses, Approaching Standards with an improvement plan"
#   - ref: https://dsptoolkit.nhs.uk/News/154
#     description: "NHS England, Data Security and Protection Toolkit: the CAF-aligned DSPT and its 30 June deadlines"
# custom:
#   id: SEC-21
#   severity: warning
#   measure: safe_practice
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   tcop: [6]
#   requirement: CYBER-13
#   remediation: >-
#     Complete the improvement plan with the organisation's IG and cyber
#     leads, publish the next assessment, and record the new outcome in
#     `security.dspt.status` (standards-met or standards-exceeded).
package wgll.security.dspt_approaching_standards

import data.wgll.lib

deny contains finding if {
	lib.personal_data
	input.manifest.security.dspt.status == "approaching-standards"
	plan := object.get(input.manifest.security.dspt, "improvement_plan", null)
	is_string(plan)
	trim_space(plan) != ""
	finding := {
		"rule": "SEC-21",
		"msg": sprintf("the organisation's DSPT is approaching standards, with its improvement plan at `%s`: the service relies on it until the standard is met", [plan]),
		"at": "/manifest/security/dspt/status",
	}
}
