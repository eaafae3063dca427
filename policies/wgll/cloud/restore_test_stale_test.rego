package wgll.cloud.restore_test_stale_test

import data.wgll.cloud.restore_test_stale as rule

test_passes_when_tested_in_august if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "beta"}, "hosting": {"backups": {"last_restore_test": "2026-08-01"}}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_never_tested if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "beta"}, "hosting": {"backups": {"frequency": "daily"}}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "CLOUD-04"
	f.at == "/manifest/hosting/backups/last_restore_test"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "beta"}, "hosting": {"backups": {"frequency": "daily"}}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_tested_long_ago if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "beta"}, "hosting": {"backups": {"last_restore_test": "2025-08-01"}}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "CLOUD-04"
	f.at == "/manifest/hosting/backups/last_restore_test"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "beta"}, "hosting": {"backups": {"last_restore_test": "2025-08-01"}}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_in_alpha if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "alpha"}, "hosting": {}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}

# A static site has nothing to restore.
test_passes_when_nothing_is_stored if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "live"}, "data_protection": {"personal_data": false}, "security": {"not_applicable": {"encryption_at_rest": "Static pages built from the repository"}}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_nothing_stored_is_claimed_beside_personal_data if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "live"}, "data_protection": {"personal_data": true}, "security": {"not_applicable": {"encryption_at_rest": "Nothing"}}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "CLOUD-04"
}
