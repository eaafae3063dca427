package wgll.security.dspt_assessment_stale_test

import data.wgll.security.dspt_assessment_stale as rule

test_passes_when_assessed_in_june if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": true}, "security": {"dspt": {"assessed": "2026-06-30"}}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_assessed_two_years_ago if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": true}, "security": {"dspt": {"assessed": "2025-06-30"}}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "SEC-07"
	f.at == "/manifest/security/dspt/assessed"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": true}, "security": {"dspt": {"assessed": "2025-06-30"}}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_no_personal_data if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": false}, "security": {"dspt": {"assessed": "2020-06-30"}}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
