# METADATA
# title: The DSPT assessment is for the current year
# description: >-
#   The DSPT is an annual self-assessment, due by 30 June each year. An
#   assessment older than a year and a short grace period no longer shows the
#   organisation's current position.
# related_resources:
#   - ref: https://dsptoolkit.nhs.uk/News/154
#     description: "NHS England, Data Security and Protection Toolkit: the CAF-aligned DSPT and its 30 June deadlines"
# custom:
#   id: SEC-07
#   severity: error
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: safe_practice
#   tcop: [6]
#   requirement: CYBER-13
#   remediation: >-
#     Record the organisation's latest DSPT publication date in
#     `security.dspt.assessed`.
package wgll.security.dspt_assessment_stale

import data.wgll.lib

deny contains finding if {
	lib.personal_data
	assessed := input.manifest.security.dspt.assessed
	months := data.wgll.params.dspt_max_age_months
	lib.older_than_months(assessed, months)
	finding := {
		"rule": "SEC-07",
		"msg": sprintf("the DSPT assessment of `%s` is more than %d months old", [assessed, months]),
		"at": "/manifest/security/dspt/assessed",
	}
}
