package wgll.empower_citizens.feedback_route_missing_test

import data.wgll.empower_citizens.feedback_route_missing as rule

manifest := {
	"wgll": 1,
	"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
	"performance": {
		"kpis": [{"name": "Letters read online instead of posted", "baseline": "0%", "target": "45%"}],
		"feedback": "https://northshire.nhs.example/patient-portal/feedback",
	},
}

doc(m) := {"today": "2026-11-23", "repository": {"name": "patient-portal", "git": null}, "manifest": m, "files": ["wgll.yaml"], "adrs": [], "documents": {}}

test_passes_with_a_feedback_page if {
	count(rule.deny) == 0 with input as doc(manifest)
}

test_passes_with_a_described_route if {
	m := json.patch(manifest, [{"op": "replace", "path": "/performance/feedback", "value": "patient experience team, 0300 000 0000"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_fails_when_no_route_is_named if {
	m := json.remove(manifest, ["performance/feedback"])
	some f in rule.deny with input as doc(m)
	f.rule == "EC-05"
	f.at == "/manifest/performance/feedback"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_when_blank if {
	m := json.patch(manifest, [{"op": "replace", "path": "/performance/feedback", "value": ""}])
	some f in rule.deny with input as doc(m)
	f.at == "/manifest/performance/feedback"
}

test_silent_in_alpha if {
	m := json.patch(manifest, [{"op": "replace", "path": "/service/phase", "value": "alpha"}, {"op": "remove", "path": "/performance"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_for_a_staff_service if {
	m := json.patch(manifest, [{"op": "replace", "path": "/service/audience", "value": ["staff"]}, {"op": "remove", "path": "/performance"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as doc(null)
}
