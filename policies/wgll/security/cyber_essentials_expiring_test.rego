package wgll.security.cyber_essentials_expiring_test

import data.wgll.security.cyber_essentials_expiring as rule

test_passes_when_expiry_is_far_off if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"security": {"cyber_essentials": {"expires": "2027-09-30"}}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_expiry_is_near if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"security": {"cyber_essentials": {"expires": "2026-12-20"}}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "SEC-09"
	f.at == "/manifest/security/cyber_essentials/expires"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"security": {"cyber_essentials": {"expires": "2026-12-20"}}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_already_expired if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"security": {"cyber_essentials": {"expires": "2026-10-01"}}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
