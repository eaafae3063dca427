# METADATA
# title: A Data Security and Protection Toolkit assessment is recorded
# description: >-
#   Every organisation that has access to NHS patient data and systems must
#   complete the DSPT each year. A service that processes personal data should
#   record the organisation's latest assessment.
# related_resources:
#   - ref: https://dsptoolkit.nhs.uk/News/154
#     description: "NHS England, Data Security and Protection Toolkit: the CAF-aligned DSPT and its 30 June deadlines"
#   - ref: https://www.dsptoolkit.nhs.uk/
#     description: "NHS England, Data Security and Protection Toolkit"
# custom:
#   id: SEC-05
#   severity: warning
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: safe_practice
#   tcop: [6]
#   requirement: CYBER-13
#   remediation: >-
#     Record the organisation's DSPT outcome and publication date in
#     `security.dspt.status` and `security.dspt.assessed`.
package wgll.security.dspt_missing

import data.wgll.lib

deny contains finding if {
	lib.personal_data
	not input.manifest.security.dspt
	finding := {
		"rule": "SEC-05",
		"msg": "the service processes personal data but no DSPT assessment is recorded in `security.dspt`",
		"at": "/manifest/security/dspt",
	}
}
