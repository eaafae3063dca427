package wgll.security.penetration_test_missing_test

import data.wgll.security.penetration_test_missing as rule

test_passes_when_a_test_is_recorded if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "beta"}, "security": {"penetration_test": {"date": "2026-04-10"}}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_none_is_recorded if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "beta"}, "security": {}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "SEC-04"
	f.at == "/manifest/security/penetration_test"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "beta"}, "security": {}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_still_in_alpha if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "alpha"}, "security": {}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
