package wgll.security.infrastructure_updates_missing_test

import data.wgll.security.infrastructure_updates_missing as rule

folder(dir, by) := {"directory": dir, "files": [], "updated_by": by}

# Dockerfiles, workflows and Terraform, each covered by Dependabot; no manifest.
inp := {
	"today": "2026-11-23",
	"repository": {"name": "t", "git": null},
	"manifest": null,
	"files": [".github/dependabot.yml"],
	"adrs": [],
	"documents": {},
	"observed": {
		"ecosystems": {
			"docker": [folder("/", ["dependabot"]), folder("/server", ["dependabot"])],
			"github-actions": [folder("/", ["dependabot"])],
			"terraform": [folder("/infra", ["renovate"])],
			"npm": [folder("/", [])],
		},
		"practice": {"dependency_updates": {"dependabot": {"file": ".github/dependabot.yml", "updates": []}, "renovate": null}},
	},
}

uncovered := object.union(inp, {"observed": {"ecosystems": {
	"docker": [folder("/", ["dependabot"]), folder("/server", []), folder("/worker", [])],
	"terraform": [folder("/a", []), folder("/b", []), folder("/c", []), folder("/d", [])],
}}})

test_passes_when_every_pin_is_covered if {
	count(rule.deny) == 0 with input as inp
}

test_fails_at_the_first_folder_no_bot_reaches if {
	found := rule.deny with input as uncovered
	count(found) == 2
	some docker in found
	docker.rule == "SEC-17"
	docker.at == "/observed/ecosystems/docker/1"
	contains(docker.msg, "docker in `/server`, `/worker` is not kept up to date")
	some terraform in found
	terraform.at == "/observed/ecosystems/terraform/0"
	contains(terraform.msg, "`/a`, `/b`, `/c` and 1 more folders")
}

test_silent_when_no_bot_is_configured if {
	none := object.union(uncovered, {
		"files": [],
		"observed": {"practice": {"dependency_updates": {"dependabot": null}}},
	})
	count(rule.deny) == 0 with input as none
}

test_a_renovate_configuration_counts_as_a_bot if {
	renovate := object.union(uncovered, {
		"files": ["renovate.json"],
		"observed": {"practice": {"dependency_updates": {"dependabot": null, "renovate": {"file": "renovate.json"}}}},
	})
	count(rule.deny) == 2 with input as renovate
}

test_silent_when_in_discovery if {
	count(rule.deny) == 0 with input as object.union(uncovered, {"manifest": {"service": {"phase": "discovery"}}})
}

test_examples_are_not_held_to_it if {
	samples := object.union(inp, {"observed": {"ecosystems": {
		"docker": [folder("/", ["dependabot"]), folder("/scripts/docker/examples/python", [])],
		"terraform": [folder("/scripts/terraform/examples/terraform-state-aws-s3", [])],
	}}})
	count(rule.deny) == 0 with input as samples
}
