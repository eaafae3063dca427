# METADATA
# title: User needs are researched, written down and current
# description: >-
#   The Technology Code of Practice's first point is to define user needs,
#   and the Service Standard asks teams to keep researching with users for as
#   long as the service runs. Past discovery a service should name its
#   research findings, and in beta and live its last round of research
#   should be recent.
# related_resources:
#   - ref: https://www.gov.uk/guidance/the-technology-code-of-practice
#     description: "Technology Code of Practice, point 1 \"Define user needs\""
#   - ref: https://service-manual.nhs.uk/standards-and-technology/service-standard
#     description: "NHS service standard, point 1 \"Understand users and their needs\""
# custom:
#   id: TCOP-01
#   severity: warning
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: well_led
#   tcop: [1]
#   requirement: TCOP-01
#   remediation: >-
#     Point `service.user_research` at the research findings and user needs,
#     and record the date of the last research round in
#     `user_research.last_round` (YYYY-MM-DD).
package wgll.tcop.user_needs_unresearched

import data.wgll.lib

deny contains finding if {
	lib.past_discovery
	not is_string(object.get(input.manifest, ["service", "user_research"], null))
	finding := {
		"rule": "TCOP-01",
		"msg": "`service.user_research` names no research findings or user needs",
		"at": "/manifest/service/user_research",
	}
}

deny contains finding if {
	lib.in_service
	not lib.is_date(object.get(input.manifest, ["user_research", "last_round"], null))
	finding := {
		"rule": "TCOP-01",
		"msg": "`user_research.last_round` gives no date (YYYY-MM-DD) for the last round of user research",
		"at": "/manifest/user_research/last_round",
	}
}

deny contains finding if {
	lib.in_service
	last := input.manifest.user_research.last_round
	months := data.wgll.params.user_research_max_age_months
	lib.older_than_months(last, months)
	finding := {
		"rule": "TCOP-01",
		"msg": sprintf("the last round of user research, on `%s`, is more than %d months old", [last, months]),
		"at": "/manifest/user_research/last_round",
	}
}

# The document `service.user_research` names is not in the repository, or says
# nothing: reported here, under this rule's measure (WL-07 and WL-10 leave
# the fields an area rule owns; lib/evidence.rego lists them).
deny contains finding if {
	some finding in lib.evidence_findings("TCOP-01", ["service", "user_research"])
}
