package wgll.data_protection.dpia_not_approved_test

import data.wgll.data_protection.dpia_not_approved as rule

test_passes_when_approved if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "beta"}, "data_protection": {"personal_data": true, "dpia": {"status": "approved", "date": "2026-03-15", "document": "docs/data-protection/dpia.md"}}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_draft if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "beta"}, "data_protection": {"personal_data": true, "dpia": {"status": "draft", "date": "2026-03-15", "document": "docs/data-protection/dpia.md"}}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "DP-03"
	f.at == "/manifest/data_protection/dpia/status"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "beta"}, "data_protection": {"personal_data": true, "dpia": {"status": "draft", "date": "2026-03-15", "document": "docs/data-protection/dpia.md"}}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_in_alpha if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "alpha"}, "data_protection": {"personal_data": true, "dpia": {"status": "draft"}}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
