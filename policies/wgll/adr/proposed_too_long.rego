# METADATA
# title: Proposed decisions are decided in good time
# description: >-
#   A decision left "proposed" for months is not a decision: the team works
#   without an agreed direction and the record no longer says what holds.
#   Teams write an undecided record's status in several ways; this rule
#   treats each of proposed, rfc, pending, in discussion, in review, under
#   review and draft as undecided. How long a record may stay undecided is a
#   parameter (data.wgll.params.adr_proposed_max_months), counted from its
#   date (for a record that gives only the date it was raised or proposed,
#   that date).
# related_resources:
#   - ref: https://adr.github.io/madr/
#     description: MADR, status values (proposed, accepted, rejected, deprecated, superseded)
# custom:
#   id: ADR-07
#   judges: [adrs]
#   severity: warning
#   measure: well_led
#   remediation: >-
#     Decide: set the status to accepted or rejected (with the date of the
#     decision), or withdraw the proposal.
package wgll.adr.proposed_too_long

import data.wgll.lib

# The statuses that leave a decision open; keep the description in step.
undecided := {"proposed", "rfc", "pending", "in discussion", "in review", "under review", "draft"}

deny contains finding if {
	some i, adr in input.adrs
	adr.status in undecided
	lib.is_date(adr.date)
	months := data.wgll.params.adr_proposed_max_months
	lib.date_ns(adr.date) < time.add_date(lib.today_ns, 0, 0 - months, 0)
	finding := {
		"rule": "ADR-07",
		"msg": sprintf("%s has been undecided (%s) since %s, more than %d months", [adr.file, adr.status, adr.date, months]),
		"at": sprintf("/adrs/%d/status", [i]),
	}
}
