# METADATA
# title: Container images, workflow actions and Terraform are kept up to date
# description: >-
#   The SEQF asks that everything, infrastructure included, be kept up to
#   date, and that base container images be scanned like any other
#   dependency. Dependabot and Renovate can update the versions pinned in
#   Dockerfiles, workflows and Terraform as they update packages; where a
#   repository has a dependency bot but no entry reaches these, the pins are
#   left to age. This is a lower tier than SEC-13 on purpose: these pins are
#   often kept current by other routes a repository does not show (a
#   platform team's base images, a template sync, `terraform init -upgrade`
#   against a lock file), and an image scan catches the vulnerable image a
#   stale pin would otherwise hide, so a missing entry is worth knowing
#   rather than a warning against the team. Judged only when a bot is
#   configured (SEC-13 reports a repository with none), and not in examples
#   and test fixtures.
# related_resources:
#   - ref: https://github.com/NHSDigital/software-engineering-quality-framework/blob/main/practices/security.md
#     description: "NHS England Software Engineering Quality Framework, security: everything (including infrastructure) up to date; dependencies, base container and VM images scanned"
#   - ref: https://docs.github.com/en/code-security/dependabot/working-with-dependabot/dependabot-options-reference
#     description: "Dependabot options reference: the docker, github-actions and terraform ecosystems"
# custom:
#   id: SEC-17
#   judges: [observed.ecosystems]
#   severity: info
#   measure: smart_foundations
#   tcop: [6]
#   requirement: CYBER-05
#   remediation: >-
#     Add `docker`, `github-actions` and `terraform` entries to
#     `.github/dependabot.yml` for the folders that hold Dockerfiles and
#     Terraform (`directories` takes several, and globs), or let Renovate's
#     `dockerfile`, `github-actions` and `terraform` managers run; or, if
#     another route keeps these pins current, waive this with that reason.
package wgll.security.infrastructure_updates_missing

import data.wgll.lib

update_configs := {
	".github/dependabot.yml", ".github/dependabot.yaml", "renovate.json", "renovate.json5",
	".renovaterc", ".renovaterc.json", ".github/renovate.json", ".github/renovate.json5",
}

pinned := {"github-actions", "docker", "terraform"}

discovery if {
	is_object(input.manifest)
	object.get(input.manifest, ["service", "phase"], null) == "discovery"
}

updates := object.get(input, ["observed", "practice", "dependency_updates"], {})

# The few names looked up in the repository's files, not every file
# compared with them.
configured if {
	some f in update_configs
	f in lib.file_set
}

configured if object.get(updates, "dependabot", null) != null

configured if object.get(updates, "renovate", null) != null

deny contains finding if {
	not discovery
	configured
	some ecosystem, folders in object.get(input, ["observed", "ecosystems"], {})
	ecosystem in pinned
	missing := [f.directory | some f in folders; count(f.updated_by) == 0; not sample(f.directory)]
	count(missing) > 0
	first := min({i | some i, f in folders; count(f.updated_by) == 0; not sample(f.directory)})
	finding := {
		"rule": "SEC-17",
		"msg": sprintf("%s in %s is not kept up to date: no Dependabot entry or Renovate manager covers it", [ecosystem, where(missing)]),
		"at": sprintf("/observed/ecosystems/%s/%d", [ecosystem, first]),
	}
}

# Folders of examples and test fixtures: the NHS repository template ships
# `scripts/docker/examples/`, and a fixture's manifest is not the service's.
sample_folders := {"example", "examples", "fixture", "fixtures", "__fixtures__", "testdata", "sample", "samples"}

sample(dir) if {
	some part in split(dir, "/")
	part in sample_folders
}

# Up to three folders by name, then how many more.
where(dirs) := concat(", ", [sprintf("`%s`", [d]) | some d in dirs]) if count(dirs) <= 3

where(dirs) := sprintf("%s and %d more folders", [
	concat(", ", [sprintf("`%s`", [d]) | some d in array.slice(dirs, 0, 3)]),
	count(dirs) - 3,
]) if count(dirs) > 3
