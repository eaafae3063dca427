# METADATA
# title: The DSPT assessment meets the standards
# description: >-
#   "Standards Met" means the organisation meets NHS England's expected
#   profile; one that falls short must follow an improvement plan to reach it.
#   A service should not rely on an organisation whose DSPT is below standard
#   without that plan being in place.
# related_resources:
#   - ref: https://dsptoolkit.nhs.uk/News/154
#     description: "NHS England, Data Security and Protection Toolkit: the CAF-aligned DSPT and its 30 June deadlines"
# custom:
#   id: SEC-06
#   severity: error
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: safe_practice
#   tcop: [6]
#   requirement: CYBER-13
#   remediation: >-
#     Work through the DSPT improvement plan with the organisation's IG and
#     cyber leads and record the new outcome in `security.dspt.status`
#     (standards-met or standards-exceeded).
package wgll.security.dspt_standards_not_met

import data.wgll.lib

met := {"standards-met", "standards-exceeded"}

deny contains finding if {
	lib.personal_data
	status := input.manifest.security.dspt.status
	not status in met
	finding := {
		"rule": "SEC-06",
		"msg": sprintf("the DSPT status is `%v`, not standards-met or standards-exceeded", [status]),
		"at": "/manifest/security/dspt/status",
	}
}
