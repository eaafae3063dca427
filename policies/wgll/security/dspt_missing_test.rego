package wgll.security.dspt_missing_test

import data.wgll.security.dspt_missing as rule

test_passes_when_recorded if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": true}, "security": {"dspt": {"status": "standards-met", "assessed": "2026-06-30"}}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_absent if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": true}, "security": {}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "SEC-05"
	f.at == "/manifest/security/dspt"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": true}, "security": {}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_no_personal_data if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": false}, "security": {}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
