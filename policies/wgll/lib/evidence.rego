# The documents manifest fields name as evidence, judged by the area rule
# that needs each one: a hazard log that is not in the repository is a
# clinical safety failure, counted under safe practice, not a "well led"
# finding about paths. WL-07 and WL-10 leave the fields listed here.
package wgll.lib

# Evidence fields an area rule checks itself, and the rule that does.
# A field named here and in no rule's call of evidence_findings would go
# unchecked: each rule's tests name its field.
owned_evidence_fields := {
	"security.vulnerability_disclosure", # SEC-01 (reads what the repository shows too)
	"security.threat_model", # SEC-12
	"security.incident_response.plan", # SEC-20
	"service.user_research", # TCOP-01
	"team.training_plan", # PE-03
	"clinical_safety.hazard_log", # CS-04
	"clinical_safety.safety_case", # CS-05
	"clinical_safety.medical_device.qualification", # CS-07
	"clinical_safety.deployment.hazard_log", # CS-09
	"clinical_safety.deployment.safety_case", # CS-09
	"data_protection.dpia.document", # DP-02
	"data_protection.privacy_notice", # DP-07
	"data_protection.retention", # DP-08
	"hosting.cloud_plan", # CLOUD-10
	"hosting.cloud_exception.decision", # CLOUD-10
	"hosting.exit_plan", # CLOUD-05
	"hosting.offshore_approval.transfer_risk_assessment", # CLOUD-03
	"accessibility.statement", # A11Y-02
	"identity.citizen.dapb3051_conformance", # EC-01
	"compliance.dtac.document", # DTAC-02
	"inclusion.assessment.document", # EC-03
	"data.dictionary", # HP-03
}

owned_evidence(path) if concat(".", [sprintf("%v", [p]) | some p in path]) in owned_evidence_fields

# The findings, under `rule`, for the document the manifest field at `path`
# (a list of keys) names: not in the repository, or holding nothing but
# headings and placeholders. None for an absent field, a web address (not
# fetched) or a document that says something. Reported wherever the rule
# applies or not: a path to nothing is a claim without evidence whatever
# the phase.
evidence_findings(rule, path) := {finding |
	concat(".", path) in owned_evidence_fields
	is_object(input.manifest)
	value := object.get(input.manifest, path, null)
	is_string(value)
	trim_space(value) != ""
	not is_url(value)
	problem := evidence_problem(value)
	finding := {
		"rule": rule,
		"msg": sprintf("`%s` names `%s`, %s", [concat(".", path), value, problem]),
		"at": pointer("/manifest", path),
	}
}

evidence_problem(value) := "which is not in the repository: commit the document there or correct the path" if {
	not path_exists(value)
} else := "which holds nothing but headings or placeholders: write the document, or point the field at the real one" if {
	object.get(object.get(object.get(input, "observed", {}), "evidence", {}), trim_prefix(value, "./"), {}).hollow == true
}
