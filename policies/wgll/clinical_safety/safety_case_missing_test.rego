package wgll.clinical_safety.safety_case_missing_test

import data.wgll.clinical_safety.safety_case_missing as rule

test_passes_when_named if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "beta"}, "clinical_safety": {"applicable": true, "safety_case": "docs/clinical-safety/safety-case-report.md"}}, "files": ["docs/clinical-safety/safety-case-report.md"], "adrs": [], "documents": {}}
}

test_fails_when_absent if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "beta"}, "clinical_safety": {"applicable": true}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "CS-05"
	f.at == "/manifest/clinical_safety/safety_case"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "beta"}, "clinical_safety": {"applicable": true}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_not_applicable if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "beta"}, "clinical_safety": {"applicable": false}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_in_alpha if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "alpha"}, "clinical_safety": {"applicable": true}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_the_named_document_is_not_in_the_repository if {
	some f in data.wgll.clinical_safety.safety_case_missing.deny with input as {"today": "2026-11-23", "manifest": {"clinical_safety": {"safety_case": "docs/evidence.md"}}, "files": ["README.md"], "folders": []}
	f.rule == "CS-05"
	f.at == "/manifest/clinical_safety/safety_case"
	contains(f.msg, "`docs/evidence.md`, which is not in the repository")
}

test_passes_when_the_named_document_is_there if {
	findings := data.wgll.clinical_safety.safety_case_missing.deny with input as {
		"today": "2026-11-23", "manifest": {"clinical_safety": {"safety_case": "docs/evidence.md"}},
		"files": ["docs/evidence.md"], "folders": ["docs"],
		"observed": {"evidence": {"docs/evidence.md": {"hollow": false}}},
	}
	every f in findings {
		f.at != "/manifest/clinical_safety/safety_case"
	}
}
