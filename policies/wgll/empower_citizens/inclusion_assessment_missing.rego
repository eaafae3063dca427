# METADATA
# title: Digital inclusion is assessed for citizen-facing services
# description: >-
#   What Good Looks Like asks for citizen services that suit every level of
#   digital literacy and inclusion need, and point 5 of the NHS service
#   standard asks that everyone can use the service. An equality impact
#   assessment (EqIA), or an equality and health inequalities impact assessment
#   (EHIA), shows who could be left out and what the service does about it.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, \"Empower citizens\""
#   - ref: https://service-manual.nhs.uk/standards-and-technology/service-standard
#     description: "NHS service standard, point 5 \"Make sure everyone can use the service\""
# custom:
#   id: EC-03
#   severity: warning
#   kinds: [citizen-web, citizen-app]
#   measure: empower_citizens
#   tcop: [2]
#   requirement: WGLL-EC-02
#   remediation: >-
#     Carry out an EqIA or EHIA covering digital exclusion and record it in
#     `inclusion.assessment` as `{type: ehia, document: PATH-OR-URL, date: YYYY-MM-DD}`.
package wgll.empower_citizens.inclusion_assessment_missing

import data.wgll.lib

kinds := ["eqia", "ehia"]

assessment := object.get(input.manifest, ["inclusion", "assessment"], null)

deny contains finding if {
	applies
	assessment == null
	finding := {
		"rule": "EC-03",
		"msg": "the service is for citizens but no digital inclusion assessment (EqIA or EHIA) is recorded in `inclusion.assessment`",
		"at": "/manifest/inclusion/assessment",
	}
}

deny contains finding if {
	applies
	assessment != null
	not is_object(assessment)
	finding := {
		"rule": "EC-03",
		"msg": "`inclusion.assessment` must give the assessment's `type`, `document` and `date`",
		"at": "/manifest/inclusion/assessment",
	}
}

deny contains finding if {
	applies
	is_object(assessment)
	not filled(object.get(assessment, "document", null))
	finding := {
		"rule": "EC-03",
		"msg": "`inclusion.assessment.document` does not name the EqIA or EHIA document",
		"at": "/manifest/inclusion/assessment/document",
	}
}

deny contains finding if {
	applies
	is_object(assessment)
	not lib.is_date(object.get(assessment, "date", null))
	finding := {
		"rule": "EC-03",
		"msg": "`inclusion.assessment.date` does not give the date of the assessment as YYYY-MM-DD",
		"at": "/manifest/inclusion/assessment/date",
	}
}

deny contains finding if {
	applies
	kind := assessment.type
	not kind in kinds
	finding := {
		"rule": "EC-03",
		"msg": sprintf("inclusion.assessment.type `%v` is not one of %s", [kind, concat(", ", kinds)]),
		"at": "/manifest/inclusion/assessment/type",
	}
}

applies if {
	lib.past_discovery
	lib.serves_citizens
}

filled(s) if {
	is_string(s)
	trim_space(s) != ""
}

# The document `inclusion.assessment.document` names is not in the repository, or says
# nothing: reported here, under this rule's measure (WL-07 and WL-10 leave
# the fields an area rule owns; lib/evidence.rego lists them).
deny contains finding if {
	some finding in lib.evidence_findings("EC-03", ["inclusion", "assessment", "document"])
}
