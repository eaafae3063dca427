package wgll.improve_care.clinical_content_unreviewed_test

import data.wgll.improve_care.clinical_content_unreviewed as rule

manifest := {
	"wgll": 1,
	"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
	"content": {"clinical_review": {"reviewer": "Dr Asha Patel", "date": "2026-10-05"}},
	"features": {"patient_records": true, "clinical_recording": true, "clinical_content": true, "medicines": false},
}

doc(m) := {"today": "2026-11-23", "repository": {"name": "patient-portal", "git": null}, "manifest": m, "files": ["wgll.yaml"], "adrs": [], "documents": {}}

test_passes_when_reviewed_in_october if {
	count(rule.deny) == 0 with input as doc(manifest)
}

test_fails_when_the_review_is_stale if {
	m := json.patch(manifest, [{"op": "replace", "path": "/content/clinical_review/date", "value": "2025-10-05"}])
	some f in rule.deny with input as doc(m)
	f.rule == "IC-03"
	f.at == "/manifest/content/clinical_review/date"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_when_no_reviewer_is_named if {
	m := json.remove(manifest, ["content/clinical_review/reviewer"])
	some f in rule.deny with input as doc(m)
	f.rule == "IC-03"
	f.at == "/manifest/content/clinical_review/reviewer"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_twice_when_never_reviewed if {
	m := json.remove(manifest, ["content"])
	ats := {f.at | some f in rule.deny} with input as doc(m)
	ats == {"/manifest/content/clinical_review/reviewer", "/manifest/content/clinical_review/date"}
}

test_fails_for_a_date_written_otherwise if {
	m := json.patch(manifest, [{"op": "replace", "path": "/content/clinical_review/date", "value": "05/10/2026"}])
	some f in rule.deny with input as doc(m)
	f.at == "/manifest/content/clinical_review/date"
	count(rule.deny) == 1 with input as doc(m)
}

test_follows_the_parameter if {
	count(rule.deny) == 1 with input as doc(manifest) with data.wgll.params.clinical_content_review_months as 1
}

test_silent_without_clinical_content if {
	m := json.patch(manifest, [{"op": "replace", "path": "/features/clinical_content", "value": false}, {"op": "remove", "path": "/content"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_in_alpha if {
	m := json.patch(manifest, [{"op": "replace", "path": "/service/phase", "value": "alpha"}, {"op": "remove", "path": "/content"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as doc(null)
}

# A review written as text, not a mapping, counts as no review (the same
# under OPA, which evaluates a call inside `not` first, and regorus).
test_fails_when_the_review_is_not_a_mapping if {
	found := rule.deny with input as doc(object.union(manifest, {"content": {"clinical_review": "done"}}))
	{f.at | some f in found} == {"/manifest/content/clinical_review/reviewer", "/manifest/content/clinical_review/date"}
}
