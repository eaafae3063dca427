# METADATA
# title: The DSPT assessment is for the current period
# description: >-
#   The DSPT is an annual self-assessment published by 30 June each year. An
#   assessment belongs to the period that runs to the next 30 June on or after
#   its publication, and shows the organisation's position until the
#   following period's 30 June deadline, when the next one is due; after that
#   (and a short grace for recording it, the dspt_grace_days parameter) it no
#   longer does. Staleness follows the period, not a count of months from
#   the day it was published: an assessment published on 1 July 2025 and one
#   published on 30 June 2026 both belong to the 2025-26 period and are
#   superseded by the 2026-27 publication due by 30 June 2027.
# related_resources:
#   - ref: https://dsptoolkit.nhs.uk/News/154
#     description: "NHS England, Data Security and Protection Toolkit: the CAF-aligned DSPT and its 30 June deadlines (30 June 2025 for 2024-25, 30 June 2026 for 2025-26)"
# custom:
#   id: SEC-07
#   severity: error
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: safe_practice
#   tcop: [6]
#   requirement: CYBER-13
#   remediation: >-
#     Record the organisation's latest DSPT publication date in
#     `security.dspt.assessed`; if the period's deadline has passed without a
#     new publication, publish the assessment for the current period.
package wgll.security.dspt_assessment_stale

import data.wgll.lib

deny contains finding if {
	lib.personal_data
	assessed := input.manifest.security.dspt.assessed
	lib.is_date(assessed)
	period_end := period_end_year(assessed)
	due := sprintf("%d-06-30", [period_end + 1])
	time.add_date(lib.date_ns(due), 0, 0, data.wgll.params.dspt_grace_days) < lib.today_ns
	finding := {
		"rule": "SEC-07",
		"msg": sprintf("the DSPT assessment published on %s belongs to the %d-%s period; the next was due by %s, so it no longer shows the organisation's current position", [assessed, period_end - 1, substring(sprintf("%d", [period_end]), 2, 2), due]),
		"at": "/manifest/security/dspt/assessed",
	}
}

# The year of the 30 June that ends the period a publication belongs to:
# the same year's if published by 30 June, else the next year's.
period_end_year(d) := year if {
	year := to_number(substring(d, 0, 4))
	substring(d, 5, 5) <= "06-30"
} else := to_number(substring(d, 0, 4)) + 1
