package wgll.data_protection.dpo_missing_test

import data.wgll.data_protection.dpo_missing as rule

test_passes_when_named if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": true, "dpo": {"name": "Priya Shah", "contact": "dpo@northshire.nhs.example"}}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_absent if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": true}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "DP-06"
	f.at == "/manifest/data_protection/dpo"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": true}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_no_personal_data if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": false}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
