package wgll.data_protection.personal_data_undeclared_test

import data.wgll.data_protection.personal_data_undeclared as rule

test_passes_when_declared if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": true}}, "files": [], "adrs": [], "documents": {}}
}

# The legitimate opt-out: false, with the DPO's recorded decision.
test_passes_when_opted_out_by_a_recorded_decision if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": false, "opt_out": {"rationale": "Static pages; no forms, accounts or analytics cookies", "decided_by": {"name": "Priya Shah", "role": "DPO"}, "date": "2026-02-10"}}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_opted_out_without_a_decision if {
	fields := {f.at | some f in rule.deny} with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": false}}, "files": [], "adrs": [], "documents": {}}
	fields == {"/manifest/data_protection/opt_out/rationale", "/manifest/data_protection/opt_out/decided_by/name", "/manifest/data_protection/opt_out/decided_by/role", "/manifest/data_protection/opt_out/date"}
}

test_fails_when_decided_by_someone_else if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": false, "opt_out": {"rationale": "Static pages", "decided_by": {"name": "Sam", "role": "Delivery manager"}, "date": "2026-02-10"}}}, "files": [], "adrs": [], "documents": {}}
	f.at == "/manifest/data_protection/opt_out/decided_by/role"
	f.msg == "`data_protection.personal_data` is false, which turns off the data protection rules, but the decision in `data_protection.opt_out` was not decided by the data protection officer"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": false, "opt_out": {"rationale": "Static pages", "decided_by": {"name": "Sam", "role": "Delivery manager"}, "date": "2026-02-10"}}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_unrecorded if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "DP-01"
	f.at == "/manifest/data_protection/personal_data"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_in_discovery if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "discovery"}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
