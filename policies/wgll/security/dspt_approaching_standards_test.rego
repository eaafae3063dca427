package wgll.security.dspt_approaching_standards_test

import data.wgll.security.dspt_approaching_standards as rule

dspt(d) := {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": true}, "security": {"dspt": d}}, "files": [], "adrs": [], "documents": {}}

test_passes_when_standards_met if {
	count(rule.deny) == 0 with input as dspt({"status": "standards-met"})
}

test_passes_when_approaching_without_a_plan_which_is_sec_06_s if {
	count(rule.deny) == 0 with input as dspt({"status": "approaching-standards"})
}

test_fails_as_a_warning_when_approaching_standards_with_a_plan if {
	findings := rule.deny with input as dspt({"status": "approaching-standards", "improvement_plan": "docs/dspt-improvement-plan.md"})
	count(findings) == 1
	some f in findings
	f.rule == "SEC-21"
	contains(f.msg, "docs/dspt-improvement-plan.md")
}

test_silent_without_personal_data if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "manifest": {"data_protection": {"personal_data": false}, "security": {"dspt": {"status": "approaching-standards", "improvement_plan": "x"}}}}
}
