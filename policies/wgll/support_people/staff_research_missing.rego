# METADATA
# title: Staff who use the service take part in its user research
# description: >-
#   What Good Looks Like's support people measure asks for digital tools that
#   are fit for purpose and help staff do their jobs, with staff involved in
#   their design. The NHS service manual holds internal services to the same
#   bar as public ones, including research with the people who use them.
#   When staff use the service, some of its research participants should be
#   staff.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, success measure 4 \"Support people\""
#   - ref: https://service-manual.nhs.uk/accessibility/what-all-NHS-services-need-to-do
#     description: "NHS service manual, what all NHS services need to do: internal services too"
# custom:
#   id: PE-01
#   severity: warning
#   kinds: [citizen-web, citizen-app, staff-app]
#   measure: support_people
#   tcop: [1]
#   requirement: WGLL-PE-01
#   remediation: >-
#     Include staff who will use the service in user research, and record how
#     many took part in `user_research.participants.staff`.
package wgll.support_people.staff_research_missing

import data.wgll.lib

# Whether staff took part in the research recorded.
staff_took_part if {
	n := input.manifest.user_research.participants.staff
	is_number(n)
	n > 0
}

deny contains finding if {
	lib.past_discovery
	lib.serves_staff
	not staff_took_part
	finding := {
		"rule": "PE-01",
		"msg": "staff use the service but `user_research.participants.staff` records no staff taking part in its research",
		"at": "/manifest/user_research/participants/staff",
	}
}
