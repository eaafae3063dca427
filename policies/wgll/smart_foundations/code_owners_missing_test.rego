package wgll.smart_foundations.code_owners_missing_test

import data.wgll.smart_foundations.code_owners_missing as rule

full := {
	"today": "2026-11-23",
	"repository": {"name": "patient-portal", "git": null},
	"manifest": {
		"wgll": 1,
		"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
		"team": {"disciplines": ["clinical", "design", "technical"]},
	},
	"files": ["wgll.yaml", "README.md", ".github/CODEOWNERS", "src/index.ts"],
	"adrs": [],
	"documents": {},
}

at_the_root := json.patch(full, [{"op": "replace", "path": "/files/2", "value": "CODEOWNERS"}])

no_owners := json.patch(full, [{"op": "remove", "path": "/files/2"}])

in_discovery := json.patch(no_owners, [{"op": "replace", "path": "/manifest/service/phase", "value": "discovery"}])

test_passes_with_github_codeowners if {
	count(rule.deny) == 0 with input as full
}

test_passes_with_codeowners_at_the_root if {
	count(rule.deny) == 0 with input as at_the_root
}

test_fails_without_codeowners if {
	some f in rule.deny with input as no_owners
	f.rule == "SF-03"
	f.file == ".github/CODEOWNERS"
	count(rule.deny) == 1 with input as no_owners
}

test_silent_in_discovery if {
	count(rule.deny) == 0 with input as in_discovery
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
