package wgll.data_protection.privacy_notice_missing_test

import data.wgll.data_protection.privacy_notice_missing as rule

test_passes_when_published if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": true, "privacy_notice": "https://www.northshire.nhs.example/privacy"}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_absent if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": true}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "DP-07"
	f.at == "/manifest/data_protection/privacy_notice"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": true}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_no_personal_data if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": false}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_the_named_document_is_not_in_the_repository if {
	some f in data.wgll.data_protection.privacy_notice_missing.deny with input as {"today": "2026-11-23", "manifest": {"data_protection": {"privacy_notice": "docs/evidence.md"}}, "files": ["README.md"], "folders": []}
	f.rule == "DP-07"
	f.at == "/manifest/data_protection/privacy_notice"
	contains(f.msg, "`docs/evidence.md`, which is not in the repository")
}

test_passes_when_the_named_document_is_there if {
	findings := data.wgll.data_protection.privacy_notice_missing.deny with input as {
		"today": "2026-11-23", "manifest": {"data_protection": {"privacy_notice": "docs/evidence.md"}},
		"files": ["docs/evidence.md"], "folders": ["docs"],
		"observed": {"evidence": {"docs/evidence.md": {"hollow": false}}},
	}
	every f in findings {
		f.at != "/manifest/data_protection/privacy_notice"
	}
}
