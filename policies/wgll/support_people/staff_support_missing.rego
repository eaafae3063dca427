# METADATA
# title: Staff who use the service know where to get help
# description: >-
#   What Good Looks Like's support people measure asks for digital tools that
#   help staff do their jobs. When a tool fails or confuses, staff need a
#   known route to help, such as the organisation's IT service desk, so the
#   service must say what that route is.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, success measure 4 \"Support people\": tools that work for staff"
#   - ref: https://service-manual.nhs.uk/standards-and-technology/service-standard
#     description: "NHS service standard, point 14 \"Operate a reliable service\""
# custom:
#   id: PE-05
#   severity: warning
#   kinds: [citizen-web, citizen-app, staff-app]
#   measure: support_people
#   tcop: []
#   remediation: >-
#     Agree a support route for staff users (usually the IT service desk) and
#     record it in `operations.support` with a `contact` (mailbox, phone
#     number or web address).
package wgll.support_people.staff_support_missing

import data.wgll.lib

# Whether a value is a non-empty string.
named(s) if {
	is_string(s)
	trim_space(s) != ""
}

deny contains finding if {
	lib.in_service
	lib.serves_staff
	not named(object.get(input.manifest, ["operations", "support", "contact"], null))
	finding := {
		"rule": "PE-05",
		"msg": "staff use the service but `operations.support.contact` gives them no route to help",
		"at": "/manifest/operations/support/contact",
	}
}
