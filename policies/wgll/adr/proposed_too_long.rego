# METADATA
# title: Proposed decisions are decided in good time
# description: >-
#   A decision left "proposed" for months is not a decision: the team works
#   without an agreed direction and the record no longer says what holds.
#   How long a proposal may stand is a parameter
#   (data.wgll.params.adr_proposed_max_months).
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

deny contains finding if {
	some i, adr in input.adrs
	adr.status == "proposed"
	lib.is_date(adr.date)
	months := data.wgll.params.adr_proposed_max_months
	lib.date_ns(adr.date) < time.add_date(lib.today_ns, 0, 0 - months, 0)
	finding := {
		"rule": "ADR-07",
		"msg": sprintf("%s has been proposed since %s, more than %d months", [adr.file, adr.date, months]),
		"at": sprintf("/adrs/%d/status", [i]),
	}
}
