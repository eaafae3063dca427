# METADATA
# title: Code is analysed for security weaknesses in CI
# description: >-
#   NHS England's Software Engineering Quality Framework lists security code
#   analysis as a universal quality check (fast feedback on weaknesses such
#   as injection, before security testing), and asks that code changes be
#   checked automatically with tools such as SonarQube. A repository with
#   application code (a package ecosystem other than container images,
#   workflows and Terraform, outside examples and test fixtures) shows this
#   with CodeQL, Semgrep, SonarCloud or
#   SonarQube, Snyk Code, bandit, brakeman, gosec or the like in its
#   workflows or hooks, including steps that name themselves static
#   analysis. Information only: GitHub's CodeQL "default setup" is switched
#   on in the repository's settings and leaves no file, so its absence here
#   proves nothing.
# related_resources:
#   - ref: https://github.com/NHSDigital/software-engineering-quality-framework/blob/main/quality-checks.md
#     description: "NHS England Software Engineering Quality Framework, quality checks: \"Security code analysis\" (universal)"
#   - ref: https://github.com/NHSDigital/software-engineering-quality-framework/blob/main/patterns/everything-as-code.md
#     description: "NHS England Software Engineering Quality Framework, everything as code: code changes checked automatically for quality with tools like SonarQube"
# custom:
#   id: SEC-16
#   judges: [observed.ecosystems]
#   severity: info
#   measure: safe_practice
#   tcop: [6]
#   requirement: CYBER-06
#   remediation: >-
#     Run a static analyser on every pull request: a CodeQL workflow
#     (`github/codeql-action/init` and `analyze`), Semgrep, or SonarCloud;
#     or, if CodeQL's default setup is on in the repository's settings, waive
#     this with that reason.
package wgll.security.static_analysis_missing

# Ecosystems that are not application code.
not_code := {"github-actions", "docker", "terraform"}

# Application code outside examples and fixtures, by ecosystem.
code := sort({e |
	some e, folders in object.get(input, ["observed", "ecosystems"], {})
	not e in not_code
	some f in folders
	not sample(f.directory)
})

# Folders of examples and test fixtures: the NHS repository template ships
# `scripts/docker/examples/`, and a fixture's manifest is not the service's.
sample_folders := {"example", "examples", "fixture", "fixtures", "__fixtures__", "testdata", "sample", "samples"}

sample(dir) if {
	some part in split(dir, "/")
	part in sample_folders
}

deny contains finding if {
	count(code) > 0
	count(object.get(input, ["observed", "practice", "static_analysis"], [])) == 0
	finding := {
		"rule": "SEC-16",
		"msg": sprintf("no static security analysis runs in CI or the hooks for the %s code here", [concat(", ", code)]),
		"at": sprintf("/observed/ecosystems/%s/%d", [code[0], first_real(code[0])]),
	}
}

# The first folder of an ecosystem that is not an example or fixture.
first_real(e) := min({i | some i, f in input.observed.ecosystems[e]; not sample(f.directory)})
