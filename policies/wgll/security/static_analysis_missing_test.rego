package wgll.security.static_analysis_missing_test

import data.wgll.security.static_analysis_missing as rule

folder(dir) := {"directory": dir, "files": [], "updated_by": []}

# npm and pip code analysed by CodeQL; no manifest.
inp := {
	"today": "2026-11-23",
	"repository": {"name": "t", "git": null},
	"manifest": null,
	"files": [],
	"adrs": [],
	"documents": {},
	"observed": {
		"ecosystems": {"npm": [folder("/")], "pip": [folder("/api")], "docker": [folder("/")]},
		"practice": {"static_analysis": [{"tool": "codeql", "file": ".github/workflows/codeql.yml", "how": "workflow step"}]},
	},
}

none := object.union(inp, {"observed": {"practice": {"static_analysis": []}}})

test_passes_when_codeql_runs if {
	count(rule.deny) == 0 with input as inp
}

test_fails_for_code_nothing_analyses if {
	some f in rule.deny with input as none
	f.rule == "SEC-16"
	f.at == "/observed/ecosystems/npm/0"
	contains(f.msg, "for the npm, pip code")
	count(rule.deny) == 1 with input as none
}

test_silent_with_no_application_code if {
	infra := object.union(object.remove(none, ["observed"]), {"observed": {
		"ecosystems": {"docker": [folder("/")], "terraform": [folder("/infra")], "github-actions": [folder("/")]},
		"practice": {"static_analysis": []},
	}})
	count(rule.deny) == 0 with input as infra
}
