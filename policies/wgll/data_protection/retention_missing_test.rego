package wgll.data_protection.retention_missing_test

import data.wgll.data_protection.retention_missing as rule

test_passes_when_recorded if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "beta"}, "data_protection": {"personal_data": true, "retention": "docs/data-protection/retention.md"}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_absent if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "beta"}, "data_protection": {"personal_data": true}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "DP-08"
	f.at == "/manifest/data_protection/retention"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "beta"}, "data_protection": {"personal_data": true}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_in_alpha if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "alpha"}, "data_protection": {"personal_data": true}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
