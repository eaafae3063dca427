package wgll.security.cyber_essentials_expired_test

import data.wgll.security.cyber_essentials_expired as rule

test_passes_while_current if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "manifest": {"security": {"cyber_essentials": {"expires": "2026-11-23"}}}}
}

test_fails_once_expired if {
	some f in rule.deny with input as {"today": "2026-11-23", "manifest": {"security": {"cyber_essentials": {"expires": "2026-11-22"}}}}
	f.at == "/manifest/security/cyber_essentials/expires"
}
