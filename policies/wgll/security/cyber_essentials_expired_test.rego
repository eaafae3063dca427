package wgll.security.cyber_essentials_expired_test

import data.wgll.security.cyber_essentials_expired as rule

test_passes_while_current if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "manifest": {"security": {"cyber_essentials": {"expires": "2026-11-23"}}}}
}

test_fails_once_expired if {
	some f in rule.deny with input as {"today": "2026-11-23", "manifest": {"security": {"cyber_essentials": {"expires": "2026-11-22"}}}}
	f.at == "/manifest/security/cyber_essentials/expires"
}

test_fails_without_an_expiry_date if {
	findings := rule.deny with input as {"today": "2026-11-23", "manifest": {"security": {"cyber_essentials": {"level": "plus"}}}}
	count(findings) == 1
	some f in findings
	f.at == "/manifest/security/cyber_essentials/expires"
	contains(f.msg, "cannot be taken as current")
}

test_fails_for_an_expiry_that_is_not_a_date if {
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "manifest": {"security": {"cyber_essentials": {"level": "basic", "expires": "next May"}}}}
}

test_silent_when_no_certificate_is_recorded if {
	# SEC-08 asks for the certificate; this rule judges one that is recorded.
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "manifest": {"security": {}}}
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "manifest": null}
}
