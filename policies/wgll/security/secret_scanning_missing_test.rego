package wgll.security.secret_scanning_missing_test

import data.wgll.security.secret_scanning_missing as rule

# A repository whose workflow runs gitleaks; no manifest.
inp := {
	"today": "2026-11-23",
	"repository": {"name": "t", "git": null},
	"manifest": null,
	"files": [".github/workflows/secrets.yml"],
	"adrs": [],
	"documents": {},
	"observed": {"practice": {
		"secret_scanning": [{"tool": "gitleaks", "file": ".github/workflows/secrets.yml", "how": "workflow command"}],
		"hooks": [],
	}},
}

none := object.union(inp, {"observed": {"practice": {"secret_scanning": []}}})

test_passes_when_a_workflow_runs_a_scanner if {
	count(rule.deny) == 0 with input as inp
}

test_passes_when_a_pre_commit_hook_runs_one if {
	hook := object.union(inp, {"observed": {"practice": {
		"secret_scanning": [{"tool": "detect-secrets", "file": ".pre-commit-config.yaml", "how": "pre-commit hook"}],
		"hooks": [".pre-commit-config.yaml"],
	}}})
	count(rule.deny) == 0 with input as hook
}

test_passes_for_a_step_named_for_it if {
	named := object.union(inp, {"observed": {"practice": {"secret_scanning": [{
		"tool": "org/shared/.github/actions/scan-secrets",
		"file": ".github/workflows/ci.yml",
		"how": "workflow step (named for it, not inspected)",
	}]}}})
	count(rule.deny) == 0 with input as named
}

test_fails_when_nothing_scans_for_secrets if {
	some f in rule.deny with input as none
	f.rule == "SEC-15"
	f.file == ".pre-commit-config.yaml"
	count(rule.deny) == 1 with input as none
}

test_points_at_the_pre_commit_configuration_there_is if {
	template := object.union(none, {"observed": {"practice": {"hooks": ["lefthook.yml", "scripts/config/pre-commit.yaml"]}}})
	some f in rule.deny with input as template
	f.file == "scripts/config/pre-commit.yaml"
}

test_points_at_the_hook_configuration_there_is if {
	hk := object.union(none, {"observed": {"practice": {"hooks": ["hk.pkl"]}}})
	some f in rule.deny with input as hk
	f.file == "hk.pkl"
}

test_fails_with_a_manifest_too if {
	count(rule.deny) == 1 with input as object.union(none, {"manifest": {"service": {"phase": "live"}}})
}
