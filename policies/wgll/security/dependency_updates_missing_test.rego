package wgll.security.dependency_updates_missing_test

import data.wgll.security.dependency_updates_missing as rule

# A repository using npm at the root and in /web, pip in /api and GitHub
# Actions, with Dependabot covering all of them; no manifest.
folder(dir, by) := {"directory": dir, "files": [], "updated_by": by}

inp := {
	"today": "2026-11-23",
	"repository": {"name": "t", "git": null},
	"manifest": null,
	"files": [".github/dependabot.yml", "package.json", "web/package.json", "api/pyproject.toml"],
	"adrs": [],
	"documents": {},
	"observed": {
		"ecosystems": {
			"npm": [folder("/", ["dependabot"]), folder("/web", ["dependabot"])],
			"pip": [folder("/api", ["dependabot"])],
			"github-actions": [folder("/", ["dependabot"])],
		},
		"practice": {"dependency_updates": {
			"dependabot": {"file": ".github/dependabot.yml", "updates": [
				{"ecosystem": "npm", "directories": ["/"]},
				{"ecosystem": "pip", "directories": ["/api"]},
				{"ecosystem": "github-actions", "directories": ["/"]},
			]},
			"renovate": null,
		}},
	},
}

# inp with nothing configured.
bare := object.union(inp, {
	"files": ["package.json"],
	"observed": {
		"ecosystems": inp.observed.ecosystems,
		"practice": {"dependency_updates": {"dependabot": null, "renovate": null}},
	},
})

# inp with the npm entry narrowed to /web and pip's entry gone.
narrowed := object.union(inp, {"observed": {
	"ecosystems": {
		"npm": [folder("/", []), folder("/web", ["dependabot"])],
		"pip": [folder("/api", [])],
		"github-actions": [folder("/", ["dependabot"])],
	},
	"practice": {"dependency_updates": {
		"dependabot": {"file": ".github/dependabot.yml", "updates": [{"ecosystem": "npm", "directories": ["/web"]}]},
		"renovate": null,
	}},
}})

test_passes_when_every_ecosystem_is_covered if {
	count(rule.deny) == 0 with input as inp
}

test_fails_when_nothing_is_configured_even_without_a_manifest if {
	some f in rule.deny with input as bare
	f.rule == "SEC-13"
	f.file == ".github/dependabot.yml"
	contains(f.msg, "github-actions, npm, pip")
	count(rule.deny) == 1 with input as bare
}

test_fails_for_each_ecosystem_a_folder_of_which_is_not_covered if {
	found := rule.deny with input as narrowed
	count(found) == 2
	some npm in found
	npm.at == "/observed/ecosystems/npm/0"
	contains(npm.msg, "Dependabot's npm entries read only `/web`")
	some pip in found
	pip.at == "/observed/ecosystems/pip/0"
	contains(pip.msg, "no Dependabot entry or Renovate manager covers pip")
}

test_many_folders_are_counted_not_listed if {
	many := object.union(narrowed, {"observed": {"ecosystems": {"npm": [
		folder("/a", []), folder("/b", []), folder("/c", []), folder("/d", []), folder("/e", ["renovate"]),
	]}}})
	some f in rule.deny with input as many
	f.at == "/observed/ecosystems/npm/0"
	contains(f.msg, "`/a`, `/b`, `/c` and 1 more folders")
}

test_actions_images_and_terraform_are_left_to_sec_17 if {
	pinned := object.union(inp, {"observed": {"ecosystems": {
		"docker": [folder("/", [])],
		"terraform": [folder("/infra", [])],
		"github-actions": [folder("/", [])],
	}}})
	count(rule.deny) == 0 with input as pinned
}

test_silent_when_renovate_is_configured if {
	renovate := object.union(bare, {"files": ["renovate.json"]})
	count(rule.deny) == 0 with input as renovate
}

test_a_renovate_key_in_package_json_counts if {
	key := object.union(bare, {"observed": {"practice": {"dependency_updates": {"renovate": {"file": "package.json"}}}}})
	count(rule.deny) == 0 with input as key
}

test_silent_when_there_is_nothing_to_update if {
	empty := object.union(object.remove(bare, ["observed"]), {"observed": {
		"ecosystems": {},
		"practice": bare.observed.practice,
	}})
	count(rule.deny) == 0 with input as empty
}

test_silent_when_in_discovery if {
	discovery := object.union(bare, {"manifest": {"service": {"phase": "discovery"}}})
	count(rule.deny) == 0 with input as discovery
	count(rule.deny) == 0 with input as object.union(narrowed, {"manifest": {"service": {"phase": "discovery"}}})
}

test_a_manifest_past_discovery_is_held_to_it if {
	live := object.union(bare, {"manifest": {"service": {"phase": "live"}}})
	count(rule.deny) == 1 with input as live
}

test_examples_and_fixtures_are_not_held_to_it if {
	samples := object.union(narrowed, {"observed": {"ecosystems": {
		"npm": [folder("/", ["dependabot"]), folder("/test/fixtures/app", [])],
		"pip": [folder("/scripts/docker/examples/python/assets/hello_world", [])],
	}}})
	count(rule.deny) == 0 with input as samples
}
