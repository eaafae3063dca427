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

test_examples_and_fixtures_are_not_the_services_code if {
	samples := object.union(object.remove(none, ["observed"]), {"observed": {
		"ecosystems": {"pip": [folder("/scripts/docker/examples/python")], "npm": [folder("/tests/fixtures/app"), folder("/web")]},
		"practice": {"static_analysis": []},
	}})
	some f in rule.deny with input as samples
	f.at == "/observed/ecosystems/npm/1"
	contains(f.msg, "for the npm code")
	only := object.union(object.remove(none, ["observed"]), {"observed": {
		"ecosystems": {"pip": [folder("/scripts/docker/examples/python")]},
		"practice": {"static_analysis": []},
	}})
	count(rule.deny) == 0 with input as only
}
