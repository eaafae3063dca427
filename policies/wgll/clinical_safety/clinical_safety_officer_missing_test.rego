package wgll.clinical_safety.clinical_safety_officer_missing_test

import data.wgll.clinical_safety.clinical_safety_officer_missing as rule

test_passes_when_named if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"clinical_safety": {"applicable": true, "clinical_safety_officer": {"name": "Dr Ben Khan", "registration": "GMC 1234567"}}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_absent if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"clinical_safety": {"applicable": true}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "CS-02"
	f.at == "/manifest/clinical_safety/clinical_safety_officer"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"clinical_safety": {"applicable": true}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_not_applicable if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"clinical_safety": {"applicable": false}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}

# A manifest that leaves `applicable` out has not opted out.
test_fails_when_applicability_is_not_stated if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "beta"}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "CS-02"
}

test_silent_when_opted_out if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "beta"}, "clinical_safety": {"applicable": false}}, "files": [], "adrs": [], "documents": {}}
}
