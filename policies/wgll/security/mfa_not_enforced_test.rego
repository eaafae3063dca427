package wgll.security.mfa_not_enforced_test

import data.wgll.security.mfa_not_enforced as rule

test_passes_when_enforced if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"security": {"mfa": "enforced"}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_optional if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"security": {"mfa": "optional"}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "SEC-10"
	f.at == "/manifest/security/mfa"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"security": {"mfa": "optional"}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_unrecorded if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"security": {}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "SEC-10"
	f.at == "/manifest/security/mfa"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"security": {}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_in_discovery if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "discovery"}, "security": {}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}

# A public information site: nobody signs in, and the reason is recorded.
test_passes_when_not_applicable_with_a_reason if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"security": {"mfa": "not-applicable", "not_applicable": {"mfa": "Public pages only: nobody signs in"}}, "identity": {"citizen": {"provider": "none"}}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_not_applicable_without_a_reason if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"security": {"mfa": "not-applicable"}}, "files": [], "adrs": [], "documents": {}}
	f.msg == "`security.mfa` is `not-applicable` but `security.not_applicable.mfa` gives no reason (nobody signs in?)"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"security": {"mfa": "not-applicable"}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_not_applicable_but_users_sign_in if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"security": {"mfa": "not-applicable", "not_applicable": {"mfa": "No accounts"}}, "interoperability": {"national_services": ["nhs-login"]}, "identity": {"staff": {"provider": "nhs-cis2"}}}, "files": [], "adrs": [], "documents": {}}
	f.msg == "`security.mfa` is `not-applicable`, yet citizens sign in with NHS login"
	f.related[0].at == "/manifest/interoperability/national_services/0"
	count(rule.deny) == 2 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"security": {"mfa": "not-applicable", "not_applicable": {"mfa": "No accounts"}}, "interoperability": {"national_services": ["nhs-login"]}, "identity": {"staff": {"provider": "nhs-cis2"}}}, "files": [], "adrs": [], "documents": {}}
}
