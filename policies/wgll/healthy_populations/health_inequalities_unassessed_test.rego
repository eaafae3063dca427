package wgll.healthy_populations.health_inequalities_unassessed_test

import data.wgll.healthy_populations.health_inequalities_unassessed as rule

manifest := {
	"wgll": 1,
	"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
	"inclusion": {
		"assessment": {"type": "ehia", "document": "docs/inclusion/ehia-2026.md", "date": "2026-01-20"},
		"alternative_channels": ["phone", "letter", "in-person"],
	},
}

doc(m) := {"today": "2026-11-23", "repository": {"name": "patient-portal", "git": null}, "manifest": m, "files": ["wgll.yaml", "docs/inclusion/ehia-2026.md"], "adrs": [], "documents": {}}

staff_only := json.patch(manifest, [{"op": "replace", "path": "/service/audience", "value": ["staff"]}])

test_passes_with_a_dated_ehia if {
	count(rule.deny) == 0 with input as doc(manifest)
}

test_passes_for_a_staff_service_with_an_ehia if {
	count(rule.deny) == 0 with input as doc(staff_only)
}

test_fails_for_an_equality_assessment_alone if {
	m := json.patch(manifest, [{"op": "replace", "path": "/inclusion/assessment/type", "value": "eqia"}])
	some f in rule.deny with input as doc(m)
	f.rule == "HP-04"
	f.at == "/manifest/inclusion/assessment/type"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_when_the_type_is_not_given if {
	m := json.remove(manifest, ["inclusion/assessment/type"])
	some f in rule.deny with input as doc(m)
	f.at == "/manifest/inclusion/assessment/type"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_for_a_staff_service_without_an_assessment if {
	m := json.remove(staff_only, ["inclusion"])
	some f in rule.deny with input as doc(m)
	f.rule == "HP-04"
	f.at == "/manifest/inclusion/assessment"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_for_a_staff_service_with_an_undated_assessment if {
	m := json.remove(staff_only, ["inclusion/assessment/date"])
	some f in rule.deny with input as doc(m)
	f.at == "/manifest/inclusion/assessment"
	count(rule.deny) == 1 with input as doc(m)
}

test_leaves_a_missing_citizen_assessment_to_ec_03 if {
	m := json.remove(manifest, ["inclusion"])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_in_discovery if {
	m := json.patch(staff_only, [{"op": "replace", "path": "/service/phase", "value": "discovery"}, {"op": "remove", "path": "/inclusion"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as doc(null)
}
