# METADATA
# title: Dependencies are scanned and updated automatically
# description: >-
#   The SEQF asks for dependency scanning, with Dependabot alerts at minimum,
#   and the Software Security Code of Practice asks suppliers to manage the
#   risk of third-party components. A Dependabot or Renovate configuration in
#   the repository shows this is set up, and it must reach every package
#   ecosystem the repository uses, in every folder it is used: Dependabot
#   reads only the folders its entries name (and, here, the folders below
#   them), so an ecosystem with no entry, or an entry for another folder, is
#   never updated. Judged from the repository's files, with or without a
#   manifest; a service whose manifest says it is in discovery is not held to
#   it (its prototypes are thrown away), and manifests in examples and test
#   fixtures (`examples/`, `fixtures/`, `testdata/`) are not the service's.
#   Container images, workflow actions and Terraform are judged by SEC-17. Dependabot alerts switched on in
#   GitHub's settings leave no file in the repository and cannot be seen.
# related_resources:
#   - ref: https://github.com/NHSDigital/software-engineering-quality-framework/blob/main/practices/securing-repositories.md
#     description: "NHS England Software Engineering Quality Framework, securing repositories"
#   - ref: https://www.gov.uk/government/publications/software-security-code-of-practice/software-security-code-of-practice
#     description: "Software Security Code of Practice, principles 1.2 and 3.3: third-party components"
#   - ref: https://docs.github.com/en/code-security/dependabot/working-with-dependabot/dependabot-options-reference
#     description: "Dependabot options reference: package-ecosystem, and the directory or directories each entry reads"
# custom:
#   id: SEC-13
#   judges: [observed.ecosystems]
#   severity: warning
#   measure: smart_foundations
#   tcop: [6]
#   requirement: CYBER-05
#   remediation: >-
#     Add a `.github/dependabot.yml` (or `renovate.json`) with an entry for
#     each package ecosystem the service uses, naming each folder that holds
#     its manifest (`directories` takes several, and globs such as
#     `/services/*`).
package wgll.security.dependency_updates_missing

import data.wgll.lib

update_configs := {
	".github/dependabot.yml", ".github/dependabot.yaml", "renovate.json", "renovate.json5",
	".renovaterc", ".renovaterc.json", ".github/renovate.json", ".github/renovate.json5",
}

# Ecosystems whose pins are judged by SEC-17, a lower tier.
pinned := {"github-actions", "docker", "terraform"}

# A manifest saying the service is in discovery. With no manifest the
# repository is judged as it shows.
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

configured if dependabot != null

configured if object.get(updates, "renovate", null) != null

ecosystems := object.get(input, ["observed", "ecosystems"], {})

deny contains finding if {
	not discovery
	not configured
	count(ecosystems) > 0
	finding := {
		"rule": "SEC-13",
		"msg": sprintf("no Dependabot or Renovate configuration keeps dependencies up to date (the repository uses %s)", [concat(", ", sort([e | some e, _ in ecosystems]))]),
		"file": ".github/dependabot.yml",
	}
}

deny contains finding if {
	not discovery
	configured
	some ecosystem, folders in ecosystems
	not ecosystem in pinned
	missing := [f.directory | some f in folders; count(f.updated_by) == 0; not sample(f.directory)]
	count(missing) > 0
	first := min({i | some i, f in folders; count(f.updated_by) == 0; not sample(f.directory)})
	finding := {
		"rule": "SEC-13",
		"msg": sprintf("%s in %s is not kept up to date: %s", [ecosystem, where(missing), why(ecosystem)]),
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

# Dependabot's entries, or none. Every value is defined (object.get), so a
# negation means the same under OPA as under regorus.
dependabot := object.get(updates, "dependabot", null)

dependabot_updates := object.get(dependabot, "updates", []) if is_object(dependabot)

dependabot_updates := [] if not is_object(dependabot)

# What Dependabot reads for the ecosystem instead, when it has entries.
read_instead(ecosystem) := [d |
	some u in dependabot_updates
	u.ecosystem == ecosystem
	some d in u.directories
]

why(ecosystem) := sprintf("Dependabot's %s entries read only %s", [ecosystem, where(read_instead(ecosystem))]) if {
	count(read_instead(ecosystem)) > 0
}

why(ecosystem) := sprintf("no Dependabot entry or Renovate manager covers %s", [ecosystem]) if {
	count(read_instead(ecosystem)) == 0
}
