package wgll.security.dependency_updates_missing_test

import data.wgll.security.dependency_updates_missing as rule

test_passes_when_dependabot_is_configured if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"security": {}}, "files": [".github/dependabot.yml"], "adrs": [], "documents": {}}
}

test_fails_when_nothing_is_configured if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"security": {}}, "files": ["README.md"], "adrs": [], "documents": {}}
	f.rule == "SEC-13"
	f.file == ".github/dependabot.yml"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"security": {}}, "files": ["README.md"], "adrs": [], "documents": {}}
}

test_silent_when_renovate_is_configured if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {}, "files": ["renovate.json"], "adrs": [], "documents": {}}
}

test_silent_when_in_discovery if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "discovery"}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
