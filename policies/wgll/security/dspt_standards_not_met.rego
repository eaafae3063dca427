# METADATA
# title: The DSPT assessment meets the standards
# description: >-
#   "Standards Met" means the organisation meets NHS England's expected
#   profile. An organisation short of it may publish "Approaching Standards"
#   with an improvement plan to reach it; that is a recorded path to the
#   standard (SEC-21 notes it), not the same failure as "Standards Not Met"
#   or no publication. This rule reports the statuses below the standard with
#   no plan: not met, not published, or approaching standards with no
#   improvement plan recorded.
# related_resources:
#   - ref: https://dsptoolkit.nhs.uk/News/154
#     description: "NHS England, Data Security and Protection Toolkit: the CAF-aligned DSPT and its 30 June deadlines"
#   - ref: https://www.dsptoolkit.nhs.uk/
#     description: "NHS England, Data Security and Protection Toolkit: publication statuses Standards Exceeded, Standards Met, Approaching Standards (with an improvement plan) and Standards Not Met"
# custom:
#   id: SEC-06
#   severity: error
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: safe_practice
#   tcop: [6]
#   requirement: CYBER-13
#   remediation: >-
#     Work with the organisation's IG and cyber leads to meet the standard
#     and record the new outcome in `security.dspt.status`; while the
#     organisation is approaching standards, record the improvement plan
#     agreed with NHS England in `security.dspt.improvement_plan`.
package wgll.security.dspt_standards_not_met

import data.wgll.lib

met := {"standards-met", "standards-exceeded"}

deny contains finding if {
	lib.personal_data
	status := input.manifest.security.dspt.status
	not status in met
	status != "approaching-standards"
	finding := {
		"rule": "SEC-06",
		"msg": sprintf("the DSPT status is `%v`, not standards-met or standards-exceeded", [status]),
		"at": "/manifest/security/dspt/status",
	}
}

deny contains finding if {
	lib.personal_data
	input.manifest.security.dspt.status == "approaching-standards"
	not filled(object.get(input.manifest.security.dspt, "improvement_plan", null))
	finding := {
		"rule": "SEC-06",
		"msg": "the DSPT status is `approaching-standards` but `security.dspt.improvement_plan` records no improvement plan to reach the standard",
		"at": "/manifest/security/dspt/improvement_plan",
	}
}

filled(s) if {
	is_string(s)
	trim_space(s) != ""
}
