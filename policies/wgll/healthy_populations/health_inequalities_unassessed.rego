# METADATA
# title: Health inequalities are assessed in an equality and health inequalities impact assessment
# description: >-
#   What Good Looks Like asks that data and digital services help tackle
#   health inequalities, not widen them. An equality and health inequalities
#   impact assessment (EHIA) looks beyond protected characteristics at
#   deprivation, geography and inclusion health groups, and at who a digital
#   route could leave behind. It should be dated, so it can be kept current.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, \"Healthy populations\""
#   - ref: https://service-manual.nhs.uk/standards-and-technology/service-standard
#     description: "NHS service standard, point 5 \"Make sure everyone can use the service\""
# custom:
#   id: HP-04
#   severity: warning
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: healthy_populations
#   tcop: [2]
#   requirement: WGLL-EC-02
#   remediation: >-
#     Carry out an EHIA (or extend the EqIA to health inequalities) and record
#     it in `inclusion.assessment` as `{type: ehia, document: PATH-OR-URL, date: YYYY-MM-DD}`.
package wgll.healthy_populations.health_inequalities_unassessed

import data.wgll.lib

assessment := object.get(input.manifest, ["inclusion", "assessment"], null)

# A missing or undated assessment of a citizen-facing service is EC-03's to
# report; this rule reports it for the others.
deny contains finding if {
	lib.past_discovery
	not lib.serves_citizens
	not assessed
	finding := {
		"rule": "HP-04",
		"msg": "no dated equality and health inequalities impact assessment is recorded in `inclusion.assessment`",
		"at": "/manifest/inclusion/assessment",
	}
}

deny contains finding if {
	lib.past_discovery
	is_object(assessment)
	object.get(assessment, "type", null) != "ehia"
	finding := {
		"rule": "HP-04",
		"msg": type_msg(object.get(assessment, "type", null)),
		"at": "/manifest/inclusion/assessment/type",
	}
}

assessed if {
	is_object(assessment)
	filled(object.get(assessment, "document", null))
	lib.is_date(object.get(assessment, "date", null))
}

type_msg(t) := "`inclusion.assessment.type` does not say the assessment covers health inequalities (`ehia`)" if t == null

type_msg(t) := sprintf("the inclusion assessment is an `%v`, which does not cover health inequalities: extend it to an EHIA (`ehia`)", [t]) if t != null

filled(s) if {
	is_string(s)
	trim_space(s) != ""
}
