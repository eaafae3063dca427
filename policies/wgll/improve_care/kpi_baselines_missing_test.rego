package wgll.improve_care.kpi_baselines_missing_test

import data.wgll.improve_care.kpi_baselines_missing as rule

manifest := {
	"wgll": 1,
	"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
	"performance": {"kpis": [
		{"name": "Letters read online instead of posted", "baseline": "0%", "target": "45%"},
		{"name": "Patients who sign in first time", "baseline": 88, "target": 95},
	]},
}

doc(m) := {"today": "2026-11-23", "repository": {"name": "patient-portal", "git": null}, "manifest": m, "files": ["wgll.yaml"], "adrs": [], "documents": {}}

test_passes_with_baselines_and_targets if {
	count(rule.deny) == 0 with input as doc(manifest)
}

test_passes_with_a_zero_baseline if {
	m := json.patch(manifest, [{"op": "replace", "path": "/performance/kpis/1/baseline", "value": 0}])
	count(rule.deny) == 0 with input as doc(m)
}

test_fails_when_a_baseline_is_missing if {
	m := json.remove(manifest, ["performance/kpis/1/baseline"])
	some f in rule.deny with input as doc(m)
	f.rule == "IC-01"
	f.at == "/manifest/performance/kpis/1/baseline"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_when_a_target_is_blank if {
	m := json.patch(manifest, [{"op": "replace", "path": "/performance/kpis/0/target", "value": ""}])
	some f in rule.deny with input as doc(m)
	f.at == "/manifest/performance/kpis/0/target"
}

test_fails_for_a_bare_name if {
	m := json.patch(manifest, [{"op": "replace", "path": "/performance/kpis/0", "value": "Letters read online"}])
	some f in rule.deny with input as doc(m)
	f.at == "/manifest/performance/kpis/0"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_when_no_measures_are_listed if {
	m := json.patch(manifest, [{"op": "replace", "path": "/performance/kpis", "value": []}])
	some f in rule.deny with input as doc(m)
	f.rule == "IC-01"
	f.at == "/manifest/performance/kpis"
	count(rule.deny) == 1 with input as doc(m)
}

test_silent_in_alpha if {
	m := json.patch(manifest, [{"op": "replace", "path": "/service/phase", "value": "alpha"}, {"op": "remove", "path": "/performance"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as doc(null)
}

test_fails_when_a_name_is_null if {
	m := json.patch(manifest, [{"op": "replace", "path": "/performance/kpis/0/name", "value": null}])
	some f in rule.deny with input as doc(m)
	f.at == "/manifest/performance/kpis/0/name"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_once_when_kpis_is_not_a_list if {
	m := json.patch(manifest, [{"op": "replace", "path": "/performance/kpis", "value": {"name": "Sign-in rate"}}])
	some f in rule.deny with input as doc(m)
	f.at == "/manifest/performance/kpis"
	count(rule.deny) == 1 with input as doc(m)
}
