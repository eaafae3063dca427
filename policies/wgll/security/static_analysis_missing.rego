# METADATA
# title: Code is analysed for security weaknesses in CI
# description: >-
#   NHS England's Software Engineering Quality Framework lists security code
#   analysis as a universal quality check (fast feedback on weaknesses such
#   as injection, before security testing), and asks that code changes be
#   checked automatically with tools such as SonarQube. A repository with
#   application code (a package ecosystem other than container images,
#   workflows and Terraform) shows this with CodeQL, Semgrep, SonarCloud or
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

code := sort([e | some e, _ in object.get(input, ["observed", "ecosystems"], {}); not e in not_code])

deny contains finding if {
	count(code) > 0
	count(object.get(input, ["observed", "practice", "static_analysis"], [])) == 0
	finding := {
		"rule": "SEC-16",
		"msg": sprintf("no static security analysis runs in CI or the hooks for the %s code here", [concat(", ", code)]),
		"at": sprintf("/observed/ecosystems/%s/0", [code[0]]),
	}
}
