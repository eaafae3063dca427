package wgll.security.dspt_standards_not_met_test

import data.wgll.security.dspt_standards_not_met as rule

test_passes_when_standards_met if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": true}, "security": {"dspt": {"status": "standards-met"}}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_approaching_standards_without_a_plan if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": true}, "security": {"dspt": {"status": "approaching-standards"}}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "SEC-06"
	f.at == "/manifest/security/dspt/improvement_plan"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": true}, "security": {"dspt": {"status": "approaching-standards"}}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_no_personal_data if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": false}, "security": {"dspt": {"status": "not-met"}}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}

dspt(d) := {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": true}, "security": {"dspt": d}}, "files": [], "adrs": [], "documents": {}}

test_passes_when_approaching_standards_with_a_plan if {
	# SEC-21 notes it as a warning; it is not the not-met error.
	count(rule.deny) == 0 with input as dspt({"status": "approaching-standards", "improvement_plan": "https://intranet.trust.nhs.uk/dspt-plan"})
}

test_fails_when_standards_not_met_even_with_a_plan if {
	some f in rule.deny with input as dspt({"status": "standards-not-met", "improvement_plan": "docs/dspt-plan.md"})
	f.at == "/manifest/security/dspt/status"
	count(rule.deny) == 1 with input as dspt({"status": "not-published"})
}
