# METADATA
# title: Decisions in force are reviewed
# description: >-
#   What Good Looks Like asks for every significant decision to be recorded
#   and current. A decision still marked accepted that nobody has touched for
#   longer than the review period may no longer describe the service: review
#   it, then either confirm it (a dated note in the record) or supersede it.
#   A review date the record gives (`Reviewed:`, `Last reviewed:`, `Review
#   date:`) counts as its review; without one, its last change in git does
#   (a commit that changed more than 10 records at once, a reformat or a link
#   fix, is not a review of any of them), and without git history, its own
#   date. The record that adopts decision
#   records ("Record architecture decisions", "Use Markdown Architectural
#   Decision Records") needs no review and is skipped.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, \"Well led\""
#   - ref: https://www.gov.uk/government/publications/architectural-decision-record-framework/architectural-decision-record-framework
#     description: "GDS Architectural Decision Record framework: keeping records current"
# custom:
#   id: ADR-09
#   judges: [adrs]
#   severity: info
#   measure: well_led
#   tcop: [9]
#   remediation: >-
#     Review the decision: add a dated "Reviewed" note if it still holds, or
#     write a new record that supersedes it.
package wgll.adr.review_overdue

import data.wgll.lib

deny contains finding if {
	some i, adr in input.adrs
	adr.status == "accepted"
	not founding(adr)
	reviewed := last_review(adr)
	months := data.wgll.params.adr_review_months
	lib.older_than_months(reviewed, months)
	finding := {
		"rule": "ADR-09",
		"msg": sprintf("%s was accepted and last reviewed on %s, more than %d months ago", [adr.file, reviewed, months]),
		"at": sprintf("/adrs/%d/status", [i]),
	}
}

last_review(adr) := adr.reviewed if lib.is_date(object.get(adr, "reviewed", null))

last_review(adr) := adr.last_changed if {
	not lib.is_date(object.get(adr, "reviewed", null))
	lib.is_date(adr.last_changed)
}

last_review(adr) := adr.date if {
	not lib.is_date(object.get(adr, "reviewed", null))
	not lib.is_date(adr.last_changed)
	lib.is_date(adr.date)
}

# The record that adopts decision records: adr-tools' first record and
# MADR's, in the words their templates give them.
founding(adr) if {
	is_string(adr.title)
	regex.match(`(?i)^(record|recording|use markdown) (architecture|architectural|any) decision(s| records?)$`, trim_space(adr.title))
}
