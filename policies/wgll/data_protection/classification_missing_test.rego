package wgll.data_protection.classification_missing_test

import data.wgll.data_protection.classification_missing as rule

test_passes_when_official_sensitive if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"classification": "OFFICIAL-SENSITIVE"}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_unrecorded if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "DP-05"
	f.at == "/manifest/data_protection/classification"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_unknown if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"classification": "RESTRICTED"}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "DP-05"
	f.at == "/manifest/data_protection/classification"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"classification": "RESTRICTED"}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_in_discovery if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "discovery"}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}

classified(v) := {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"classification": v}}, "files": [], "adrs": [], "documents": {}}

test_passes_for_each_tier if {
	count(rule.deny) == 0 with input as classified("OFFICIAL")
	count(rule.deny) == 0 with input as classified("SECRET")
	count(rule.deny) == 0 with input as classified("TOP SECRET")
	count(rule.deny) == 0 with input as classified("TOP-SECRET")
}

test_fails_for_a_marking_on_a_tier_it_does_not_belong_to if {
	some f in rule.deny with input as classified("SECRET-SENSITIVE")
	contains(f.msg, "is not a classification tier (OFFICIAL, SECRET, TOP SECRET) or the marking OFFICIAL-SENSITIVE")
}
