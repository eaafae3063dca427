package wgll.cloud.recovery_objectives_missing_test

import data.wgll.cloud.recovery_objectives_missing as rule

test_passes_when_both_set if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "beta"}, "hosting": {"disaster_recovery": {"rto_hours": 4, "rpo_hours": 1}}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_rpo_missing if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "beta"}, "hosting": {"disaster_recovery": {"rto_hours": 4}}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "CLOUD-07"
	f.at == "/manifest/hosting/disaster_recovery/rpo_hours"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "beta"}, "hosting": {"disaster_recovery": {"rto_hours": 4}}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_in_alpha if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "alpha"}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}

# A static site loses no data: a recovery time is enough.
test_passes_with_only_a_recovery_time_when_nothing_is_stored if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "live"}, "data_protection": {"personal_data": false}, "security": {"not_applicable": {"encryption_at_rest": "Static pages built from the repository"}}, "hosting": {"disaster_recovery": {"rto_hours": 24}}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_without_a_recovery_time_when_nothing_is_stored if {
	ats := {f.at | some f in rule.deny} with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "live"}, "data_protection": {"personal_data": false}, "security": {"not_applicable": {"encryption_at_rest": "Static pages built from the repository"}}}, "files": [], "adrs": [], "documents": {}}
	ats == {"/manifest/hosting/disaster_recovery/rto_hours"}
}
