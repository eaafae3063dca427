package wgll.clinical_safety.applicability_missing_test

import data.wgll.clinical_safety.applicability_missing as rule

test_passes_when_applicable if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"clinical_safety": {"applicable": true}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_unrecorded if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "beta"}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "CS-01"
	f.at == "/manifest/clinical_safety/applicable"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "beta"}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_not_a_boolean if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"clinical_safety": {"applicable": "yes"}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "CS-01"
	f.at == "/manifest/clinical_safety/applicable"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"clinical_safety": {"applicable": "yes"}}, "files": [], "adrs": [], "documents": {}}
}

# The legitimate opt-out: false, with the CSO's recorded decision.
test_silent_when_not_applicable_by_a_recorded_decision if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"clinical_safety": {"applicable": false, "opt_out": {"rationale": "Shows opening times only; no clinical information", "decided_by": {"name": "Dr Ben Khan", "role": "Clinical Safety Officer"}, "date": "2026-03-02"}}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_not_applicable_without_a_decision if {
	fields := {f.at | some f in rule.deny} with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"clinical_safety": {"applicable": false}}, "files": [], "adrs": [], "documents": {}}
	fields == {"/manifest/clinical_safety/opt_out/rationale", "/manifest/clinical_safety/opt_out/decided_by/name", "/manifest/clinical_safety/opt_out/decided_by/role", "/manifest/clinical_safety/opt_out/date"}
}

test_fails_when_decided_by_someone_else_or_in_the_future if {
	fields := {f.at | some f in rule.deny} with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"clinical_safety": {"applicable": false, "opt_out": {"rationale": "Not clinical", "decided_by": {"name": "Sam", "role": "Product owner"}, "date": "2027-03-02"}}}, "files": [], "adrs": [], "documents": {}}
	fields == {"/manifest/clinical_safety/opt_out/decided_by/role", "/manifest/clinical_safety/opt_out/date"}
}

test_silent_when_in_discovery if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "discovery"}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
