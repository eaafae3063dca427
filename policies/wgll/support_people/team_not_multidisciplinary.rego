# METADATA
# title: The service team is multidisciplinary
# description: >-
#   The Service Standard asks for a multidisciplinary team that can design,
#   build and operate the service, and What Good Looks Like asks for
#   well-resourced, professional digital teams with clinicians involved. A
#   health service team needs clinical and technical people, and design
#   skills when the service has users.
# related_resources:
#   - ref: https://service-manual.nhs.uk/standards-and-technology/service-standard
#     description: "NHS service standard, point 6 \"Have a multidisciplinary team\""
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, success measures 2 and 4: resourced teams, staff involved in design"
# custom:
#   id: PE-04
#   severity: warning
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: support_people
#   tcop: [13]
#   remediation: >-
#     Bring the missing disciplines into the team and list every discipline
#     it has in `team.disciplines` (for example clinical, design, technical,
#     operational).
package wgll.support_people.team_not_multidisciplinary

import data.wgll.lib

# The disciplines the team has, in lower case.
has := {lower(d) | some d in lib.array_at(["team", "disciplines"]); is_string(d)}

# The disciplines this team needs.
needed contains d if some d in data.wgll.params.team_required_disciplines

needed contains d if {
	count(lib.array_at(["service", "audience"])) > 0
	some d in data.wgll.params.team_user_facing_disciplines
}

missing := {d | some d in needed; not lower(d) in has}

deny contains finding if {
	is_object(input.manifest)
	count(missing) > 0
	finding := {
		"rule": "PE-04",
		"msg": sprintf("`team.disciplines` lacks %s", [concat(", ", sort(missing))]),
		"at": "/manifest/team/disciplines",
	}
}
