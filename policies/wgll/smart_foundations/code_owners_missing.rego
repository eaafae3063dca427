# METADATA
# title: A team owns the service's code
# description: >-
#   What Good Looks Like asks for well-resourced, competent teams that own
#   and sustain digital services, and the Service Standard asks for a
#   sustained multidisciplinary team. The NHS England Software Engineering
#   Quality Framework asks for code-owner review on every repository. A
#   CODEOWNERS file names the team that owns the code and reviews changes.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, success measure 2 \"Ensure smart foundations\": well-resourced teams"
#   - ref: https://github.com/NHSDigital/software-engineering-quality-framework
#     description: "NHS England Software Engineering Quality Framework, securing repositories: code-owner review"
# custom:
#   id: SF-03
#   severity: info
#   measure: smart_foundations
#   tcop: []
#   requirement: WGLL-SF-03
#   remediation: >-
#     Add a `.github/CODEOWNERS` file (or `CODEOWNERS` at the root or in
#     `docs/`) naming the team that owns the code, and require code-owner
#     review on the default branch.
package wgll.smart_foundations.code_owners_missing

import data.wgll.lib

# Where GitHub, GitLab and others look for a CODEOWNERS file.
locations := {"CODEOWNERS", ".github/CODEOWNERS", "docs/CODEOWNERS", ".gitlab/CODEOWNERS"}

deny contains finding if {
	lib.past_discovery
	count({f | some f in locations; f in lib.file_set}) == 0
	finding := {
		"rule": "SF-03",
		"msg": "no CODEOWNERS file names the team that owns the code",
		"file": ".github/CODEOWNERS",
	}
}
