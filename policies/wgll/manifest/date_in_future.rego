# METADATA
# title: Assessments, tests and approvals are not dated in the future
# description: >-
#   A date in the manifest says when an assessment, a test, a review or an
#   approval took place; the rules that judge its age take it at its word. A
#   date after the day of the check records something that has not happened
#   (often the date it is planned for, or a typing slip), and would pass every
#   staleness rule for years. The evidence is not current until it exists.
#   Expiry dates, and the date funding is secured until, lie ahead by nature
#   and are not judged here.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, \"Well led\": boards assured by accurate, current information about their services"
#   - ref: https://www.dsptoolkit.nhs.uk/
#     description: "NHS England, Data Security and Protection Toolkit: evidence of assessments and tests that have taken place"
# custom:
#   id: WL-12
#   severity: error
#   measure: well_led
#   judges: [manifest]
#   remediation: >-
#     Record the date the assessment, test or approval actually took place;
#     until it has, record the last one that did, or leave the date out.
package wgll.manifest.date_in_future

import data.wgll.lib

deny contains finding if {
	some f in lib.future_dated
	finding := {
		"rule": "WL-12",
		"msg": sprintf("%s is dated %s, after today (%s): a date in the future records something that has not yet taken place", [f.what, f.date, input.today]),
		"at": lib.pointer("/manifest", f.path),
	}
}
