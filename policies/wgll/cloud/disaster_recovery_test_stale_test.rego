package wgll.cloud.disaster_recovery_test_stale_test

import data.wgll.cloud.disaster_recovery_test_stale as rule

test_passes_when_exercised_in_july if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "beta"}, "hosting": {"disaster_recovery": {"last_tested": "2026-07-15"}}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_never_exercised if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "beta"}, "hosting": {}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "CLOUD-06"
	f.at == "/manifest/hosting/disaster_recovery/last_tested"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "beta"}, "hosting": {}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_exercised_long_ago if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "beta"}, "hosting": {"disaster_recovery": {"last_tested": "2024-07-15"}}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "CLOUD-06"
	f.at == "/manifest/hosting/disaster_recovery/last_tested"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "beta"}, "hosting": {"disaster_recovery": {"last_tested": "2024-07-15"}}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_in_alpha if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "alpha"}, "hosting": {}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
