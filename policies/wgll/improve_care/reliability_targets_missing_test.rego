package wgll.improve_care.reliability_targets_missing_test

import data.wgll.improve_care.reliability_targets_missing as rule

manifest := {
	"wgll": 1,
	"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
	"operations": {"slo": "99.9% monthly availability", "on_call": "Northshire digital operations rota"},
}

doc(m) := {"today": "2026-11-23", "repository": {"name": "patient-portal", "git": null}, "manifest": m, "files": ["wgll.yaml"], "adrs": [], "documents": {}}

test_passes_with_a_target_and_a_rota if {
	count(rule.deny) == 0 with input as doc(manifest)
}

test_passes_with_a_numeric_target if {
	m := json.patch(manifest, [{"op": "replace", "path": "/operations/slo", "value": 99.9}])
	count(rule.deny) == 0 with input as doc(m)
}

test_fails_without_an_on_call_rota if {
	m := json.remove(manifest, ["operations/on_call"])
	some f in rule.deny with input as doc(m)
	f.rule == "IC-04"
	f.at == "/manifest/operations/on_call"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_twice_without_operations if {
	m := json.remove(manifest, ["operations"])
	ats := {f.at | some f in rule.deny} with input as doc(m)
	ats == {"/manifest/operations/slo", "/manifest/operations/on_call"}
}

test_silent_in_alpha if {
	m := json.patch(manifest, [{"op": "replace", "path": "/service/phase", "value": "alpha"}, {"op": "remove", "path": "/operations"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as doc(null)
}
