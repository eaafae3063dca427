# METADATA
# title: Every decision record is dated
# description: >-
#   The date of a decision tells a reviewer how current it is and whether it
#   needs revisiting. Dates are read from front matter, a Date line or row, or
#   a Date section, in ISO or UK day-first order.
# related_resources:
#   - ref: https://cognitect.com/blog/2011/11/15/documenting-architecture-decisions
#     description: Michael Nygard, Documenting architecture decisions
# custom:
#   id: ADR-02
#   judges: [adrs]
#   severity: warning
#   measure: well_led
#   remediation: >-
#     Add the date the decision was made, for example `Date: 2026-02-01` under
#     the title.
package wgll.adr.date_missing

deny contains finding if {
	some i, adr in input.adrs
	adr.date == null
	finding := {
		"rule": "ADR-02",
		"msg": sprintf("decision record %s has no date", [adr.file]),
		"at": sprintf("/adrs/%d/date", [i]),
	}
}
