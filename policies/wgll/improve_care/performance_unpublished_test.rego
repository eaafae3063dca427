package wgll.improve_care.performance_unpublished_test

import data.wgll.improve_care.performance_unpublished as rule

manifest := {
	"wgll": 1,
	"service": {"name": "Patient Portal", "phase": "live", "audience": ["citizens", "staff"]},
	"performance": {
		"kpis": [{"name": "Letters read online instead of posted", "baseline": "0%", "target": "45%"}],
		"published": "https://northshire.nhs.example/patient-portal/performance",
	},
}

doc(m) := {"today": "2026-11-23", "repository": {"name": "patient-portal", "git": null}, "manifest": m, "files": ["wgll.yaml"], "adrs": [], "documents": {}}

test_passes_when_published if {
	count(rule.deny) == 0 with input as doc(manifest)
}

test_fails_when_not_published if {
	m := json.remove(manifest, ["performance/published"])
	some f in rule.deny with input as doc(m)
	f.rule == "IC-02"
	f.at == "/manifest/performance/published"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_for_a_repository_path if {
	m := json.patch(manifest, [{"op": "replace", "path": "/performance/published", "value": "docs/performance.md"}])
	some f in rule.deny with input as doc(m)
	f.at == "/manifest/performance/published"
	count(rule.deny) == 1 with input as doc(m)
}

test_silent_in_beta if {
	m := json.patch(manifest, [{"op": "replace", "path": "/service/phase", "value": "beta"}, {"op": "remove", "path": "/performance/published"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_for_a_staff_service if {
	m := json.patch(manifest, [{"op": "replace", "path": "/service/audience", "value": ["staff"]}, {"op": "remove", "path": "/performance/published"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as doc(null)
}
