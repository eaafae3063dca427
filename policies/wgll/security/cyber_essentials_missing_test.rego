package wgll.security.cyber_essentials_missing_test

import data.wgll.security.cyber_essentials_missing as rule

test_passes_when_certified if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"security": {"cyber_essentials": {"level": "plus", "expires": "2027-09-30"}}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_absent if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "alpha"}, "security": {}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "SEC-08"
	f.at == "/manifest/security/cyber_essentials"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "alpha"}, "security": {}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_in_discovery if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "discovery"}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}

# An NHS organisation's own service, not assessed under the DTAC.
test_silent_for_an_in_house_service if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "live", "delivered_by": "in-house"}, "compliance": {"dtac": {"applies": false}}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_for_a_supplier if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "live", "delivered_by": "supplier"}}, "files": [], "adrs": [], "documents": {}}
	f.msg == "no Cyber Essentials certificate is recorded in `security.cyber_essentials`, which is required because the service is built by a supplier"
}

test_fails_in_house_under_the_dtac if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "live", "delivered_by": "in-house"}, "compliance": {"dtac": {"applies": true}}}, "files": [], "adrs": [], "documents": {}}
	f.msg == "no Cyber Essentials certificate is recorded in `security.cyber_essentials`, which is required because the service is assessed under the DTAC"
}
