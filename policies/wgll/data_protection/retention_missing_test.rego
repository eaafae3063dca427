package wgll.data_protection.retention_missing_test

import data.wgll.data_protection.retention_missing as rule

test_passes_when_recorded if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "beta"}, "data_protection": {"personal_data": true, "retention": "docs/data-protection/retention.md"}}, "files": ["docs/data-protection/retention.md"], "adrs": [], "documents": {}}
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

test_fails_when_the_named_document_is_not_in_the_repository if {
	some f in data.wgll.data_protection.retention_missing.deny with input as {"today": "2026-11-23", "manifest": {"data_protection": {"retention": "docs/evidence.md"}}, "files": ["README.md"], "folders": []}
	f.rule == "DP-08"
	f.at == "/manifest/data_protection/retention"
	contains(f.msg, "`docs/evidence.md`, which is not in the repository")
}

test_passes_when_the_named_document_is_there if {
	findings := data.wgll.data_protection.retention_missing.deny with input as {
		"today": "2026-11-23", "manifest": {"data_protection": {"retention": "docs/evidence.md"}},
		"files": ["docs/evidence.md"], "folders": ["docs"],
		"observed": {"evidence": {"docs/evidence.md": {"hollow": false}}},
	}
	every f in findings {
		f.at != "/manifest/data_protection/retention"
	}
}
