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
