# METADATA
# title: Staff who use the service have a training plan
# description: >-
#   What Good Looks Like's support people measure asks for a digitally
#   literate workforce, with training that lets staff work well with data and
#   technology. A service that staff use in beta or live should have a plan
#   for training them: onboarding, guides, refreshers.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, success measure 4 \"Support people\": digital literacy and training"
# custom:
#   id: PE-03
#   severity: warning
#   kinds: [citizen-web, citizen-app, staff-app]
#   measure: support_people
#   tcop: []
#   remediation: >-
#     Write a training plan for the staff who use the service and point
#     `team.training_plan` at it.
package wgll.support_people.staff_training_plan_missing

import data.wgll.lib

deny contains finding if {
	lib.in_service
	lib.serves_staff
	plan := object.get(input.manifest, ["team", "training_plan"], null)
	not is_string(plan)
	finding := {
		"rule": "PE-03",
		"msg": "staff use the service but `team.training_plan` names no training plan",
		"at": "/manifest/team/training_plan",
	}
}

# The document `team.training_plan` names is not in the repository, or says
# nothing: reported here, under this rule's measure (WL-07 and WL-10 leave
# the fields an area rule owns; lib/evidence.rego lists them).
deny contains finding if {
	some finding in lib.evidence_findings("PE-03", ["team", "training_plan"])
}
