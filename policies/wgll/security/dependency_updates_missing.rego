# METADATA
# title: Dependencies are scanned and updated automatically
# description: >-
#   The SEQF asks for dependency scanning, with Dependabot alerts at minimum,
#   and the Software Security Code of Practice asks suppliers to manage the
#   risk of third-party components. A Dependabot or Renovate configuration in
#   the repository shows this is set up.
# related_resources:
#   - ref: https://github.com/NHSDigital/software-engineering-quality-framework/blob/main/practices/securing-repositories.md
#     description: "NHS England Software Engineering Quality Framework, securing repositories"
#   - ref: https://www.gov.uk/government/publications/software-security-code-of-practice/software-security-code-of-practice
#     description: "Software Security Code of Practice, principles 1.2 and 3.3: third-party components"
# custom:
#   id: SEC-13
#   severity: warning
#   measure: smart_foundations
#   tcop: [6]
#   requirement: CYBER-05
#   remediation: >-
#     Add a `.github/dependabot.yml` (or `renovate.json`) covering each
#     package ecosystem the service uses.
package wgll.security.dependency_updates_missing

import data.wgll.lib

update_configs := {
	".github/dependabot.yml", ".github/dependabot.yaml", "renovate.json", "renovate.json5",
	".renovaterc", ".renovaterc.json", ".github/renovate.json", ".github/renovate.json5",
}

deny contains finding if {
	lib.past_discovery
	count({f | some f in input.files; f in update_configs}) == 0
	finding := {
		"rule": "SEC-13",
		"msg": "no Dependabot or Renovate configuration keeps dependencies up to date",
		"file": ".github/dependabot.yml",
	}
}
