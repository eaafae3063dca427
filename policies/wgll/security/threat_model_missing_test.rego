package wgll.security.threat_model_missing_test

import data.wgll.security.threat_model_missing as rule

test_passes_when_named if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"security": {"threat_model": "docs/security/threat-model.md"}}, "files": ["docs/security/threat-model.md"], "adrs": [], "documents": {}}
}

test_fails_when_absent if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"security": {}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "SEC-12"
	f.at == "/manifest/security/threat_model"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"security": {}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_in_discovery if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "discovery"}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_the_named_document_is_not_in_the_repository if {
	some f in data.wgll.security.threat_model_missing.deny with input as {"today": "2026-11-23", "manifest": {"security": {"threat_model": "docs/evidence.md"}}, "files": ["README.md"], "folders": []}
	f.rule == "SEC-12"
	f.at == "/manifest/security/threat_model"
	contains(f.msg, "`docs/evidence.md`, which is not in the repository")
}

test_passes_when_the_named_document_is_there if {
	findings := data.wgll.security.threat_model_missing.deny with input as {
		"today": "2026-11-23", "manifest": {"security": {"threat_model": "docs/evidence.md"}},
		"files": ["docs/evidence.md"], "folders": ["docs"],
		"observed": {"evidence": {"docs/evidence.md": {"hollow": false}}},
	}
	every f in findings {
		f.at != "/manifest/security/threat_model"
	}
}
