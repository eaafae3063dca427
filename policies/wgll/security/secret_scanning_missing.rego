# METADATA
# title: Secrets are scanned for before a commit leaves a laptop and again in CI
# description: >-
#   NHS England's Software Engineering Quality Framework lists secret
#   scanning as a universal quality check: local scanning on the developer's
#   laptop that blocks a commit holding a secret, and scanning on the server
#   side as well, with the history scanned once; and its security practices
#   say source code should be scanned for secrets automatically. The NCSC
#   asks teams to keep secrets out of their code repositories. A repository
#   shows this with a secret scanner (gitleaks, trufflehog, detect-secrets,
#   git-secrets, ggshield, talisman) in its pre-commit hooks or its
#   workflows, including steps and hooks that name themselves secret
#   scanning (the NHS England repository template's `scan-secrets`). Judged
#   from the repository's files, with or without a manifest. GitHub's own
#   secret scanning and push protection are set in the repository's
#   settings and leave no file, so they cannot be seen here.
# related_resources:
#   - ref: https://github.com/NHSDigital/software-engineering-quality-framework/blob/main/quality-checks.md
#     description: "NHS England Software Engineering Quality Framework, quality checks: \"Secret scanning\" (universal; local scanning to block commits, and server-side scanning)"
#   - ref: https://github.com/NHSDigital/software-engineering-quality-framework/blob/main/practices/security.md
#     description: "NHS England Software Engineering Quality Framework, security: source code scanned automatically for secrets"
#   - ref: https://github.com/NHSDigital/software-engineering-quality-framework
#     description: "NHS England Software Engineering Quality Framework (its tools/nhsd-git-secrets blueprint scans source code for secrets)"
#   - ref: https://www.ncsc.gov.uk/guidance/protect-your-code-repository
#     description: "NCSC, Protect your code repository: keep secret credentials out of source code"
# custom:
#   id: SEC-15
#   judges: [files]
#   severity: warning
#   measure: safe_practice
#   tcop: [6]
#   requirement: CYBER-04
#   remediation: >-
#     Add a secret scanner to the pre-commit hooks (gitleaks' or
#     detect-secrets' hook in `.pre-commit-config.yaml`) so a secret never
#     leaves a laptop, and run it in CI on every push and pull request (a
#     workflow step running gitleaks over the history). If GitHub's secret
#     scanning and push protection are what you rely on in CI, keep the
#     pre-commit hook and waive this with that reason.
package wgll.security.secret_scanning_missing

practice := object.get(input, ["observed", "practice"], {})

# Where to add the scanner: the pre-commit configuration (or husky's
# pre-commit hook) the repository has, else the hook configuration it has
# (lefthook, hk), else pre-commit's own name.
hooks := object.get(practice, "hooks", [])

pre_commit_configs := [h | some h in hooks; contains(h, "pre-commit")]

target := pre_commit_configs[0] if count(pre_commit_configs) > 0

target := hooks[0] if {
	count(pre_commit_configs) == 0
	count(hooks) > 0
}

target := ".pre-commit-config.yaml" if count(hooks) == 0

deny contains finding if {
	count(object.get(practice, "secret_scanning", [])) == 0
	finding := {
		"rule": "SEC-15",
		"msg": "no secret scanner runs in the pre-commit hooks or in CI: a secret committed here would be found only after it was pushed",
		"file": target,
	}
}
