package wgll.data_protection.dpia_review_overdue_test

import data.wgll.data_protection.dpia_review_overdue as rule

test_passes_when_reviewed_in_march if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": true, "dpia": {"status": "approved", "date": "2026-03-15", "document": "docs/data-protection/dpia.md"}}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_reviewed_long_ago if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": true, "dpia": {"status": "approved", "date": "2025-03-15", "document": "docs/data-protection/dpia.md"}}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "DP-04"
	f.at == "/manifest/data_protection/dpia/date"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": true, "dpia": {"status": "approved", "date": "2025-03-15", "document": "docs/data-protection/dpia.md"}}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_no_personal_data if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": false, "dpia": {"date": "2020-01-01"}}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
