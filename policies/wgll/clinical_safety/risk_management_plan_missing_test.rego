package wgll.clinical_safety.risk_management_plan_missing_test

import data.wgll.clinical_safety.risk_management_plan_missing as rule

test_passes_when_in_the_repository if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"clinical_safety": {"applicable": true, "risk_management_plan": "docs/clinical-safety/crm-plan.md"}}, "files": ["docs/clinical-safety/crm-plan.md"], "adrs": [], "documents": {}}
}

test_fails_when_absent if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"clinical_safety": {"applicable": true}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "CS-06"
	f.at == "/manifest/clinical_safety/risk_management_plan"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"clinical_safety": {"applicable": true}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_not_in_the_repository if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"clinical_safety": {"applicable": true, "risk_management_plan": "docs/crmp.md"}}, "files": ["README.md"], "adrs": [], "documents": {}}
	f.rule == "CS-06"
	f.at == "/manifest/clinical_safety/risk_management_plan"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"clinical_safety": {"applicable": true, "risk_management_plan": "docs/crmp.md"}}, "files": ["README.md"], "adrs": [], "documents": {}}
}

test_silent_when_not_applicable if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"clinical_safety": {"applicable": false}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_a_url if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"clinical_safety": {"applicable": true, "risk_management_plan": "https://example.nhs.uk/crmp"}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
