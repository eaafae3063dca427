package wgll.security.penetration_test_stale_test

import data.wgll.security.penetration_test_stale as rule

test_passes_when_tested_this_year if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "live"}, "security": {"penetration_test": {"date": "2026-04-10"}}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_tested_two_years_ago if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "live"}, "security": {"penetration_test": {"date": "2024-11-01"}}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "SEC-03"
	f.at == "/manifest/security/penetration_test/date"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "live"}, "security": {"penetration_test": {"date": "2024-11-01"}}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_still_in_alpha if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "alpha"}, "security": {"penetration_test": {"date": "2024-11-01"}}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
