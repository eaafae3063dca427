package wgll.improve_care.benefits_review_overdue_test

import data.wgll.improve_care.benefits_review_overdue as rule

manifest := {
	"wgll": 1,
	"service": {"name": "Patient Portal", "phase": "live", "audience": ["citizens", "staff"]},
	"performance": {
		"kpis": [{"name": "Letters read online instead of posted", "baseline": "0%", "target": "45%"}],
		"benefits_review": "2026-09-14",
	},
}

doc(m) := {"today": "2026-11-23", "repository": {"name": "patient-portal", "git": null}, "manifest": m, "files": ["wgll.yaml"], "adrs": [], "documents": {}}

test_passes_when_reviewed_in_september if {
	count(rule.deny) == 0 with input as doc(manifest)
}

test_fails_when_the_review_is_over_a_year_old if {
	m := json.patch(manifest, [{"op": "replace", "path": "/performance/benefits_review", "value": "2025-09-14"}])
	some f in rule.deny with input as doc(m)
	f.rule == "IC-05"
	f.at == "/manifest/performance/benefits_review"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_when_never_reviewed if {
	m := json.remove(manifest, ["performance/benefits_review"])
	some f in rule.deny with input as doc(m)
	f.rule == "IC-05"
	f.at == "/manifest/performance/benefits_review"
	count(rule.deny) == 1 with input as doc(m)
}

test_follows_the_parameter if {
	count(rule.deny) == 1 with input as doc(manifest) with data.wgll.params.benefits_review_months as 2
}

test_silent_in_beta if {
	m := json.patch(manifest, [{"op": "replace", "path": "/service/phase", "value": "beta"}, {"op": "remove", "path": "/performance/benefits_review"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as doc(null)
}
