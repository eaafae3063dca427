package wgll.empower_citizens.inclusion_assessment_missing_test

import data.wgll.empower_citizens.inclusion_assessment_missing as rule

manifest := {
	"wgll": 1,
	"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
	"inclusion": {
		"assessment": {"type": "ehia", "document": "docs/inclusion/ehia-2026.md", "date": "2026-01-20"},
		"alternative_channels": ["phone", "letter", "in-person"],
	},
}

doc(m) := {"today": "2026-11-23", "repository": {"name": "patient-portal", "git": null}, "manifest": m, "files": ["wgll.yaml", "docs/inclusion/ehia-2026.md"], "adrs": [], "documents": {}}

test_passes_with_a_dated_ehia if {
	count(rule.deny) == 0 with input as doc(manifest)
}

test_passes_with_an_eqia if {
	m := json.patch(manifest, [{"op": "replace", "path": "/inclusion/assessment/type", "value": "eqia"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_fails_when_no_assessment_is_recorded if {
	m := json.remove(manifest, ["inclusion/assessment"])
	some f in rule.deny with input as doc(m)
	f.rule == "EC-03"
	f.at == "/manifest/inclusion/assessment"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_when_the_date_is_missing if {
	m := json.remove(manifest, ["inclusion/assessment/date"])
	some f in rule.deny with input as doc(m)
	f.rule == "EC-03"
	f.at == "/manifest/inclusion/assessment/date"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_when_no_document_is_named if {
	m := json.patch(manifest, [{"op": "replace", "path": "/inclusion/assessment/document", "value": " "}])
	some f in rule.deny with input as doc(m)
	f.at == "/manifest/inclusion/assessment/document"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_for_an_unknown_type if {
	m := json.patch(manifest, [{"op": "replace", "path": "/inclusion/assessment/type", "value": "dpia"}])
	some f in rule.deny with input as doc(m)
	f.at == "/manifest/inclusion/assessment/type"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_when_the_assessment_is_only_a_path if {
	m := json.patch(manifest, [{"op": "replace", "path": "/inclusion/assessment", "value": "docs/inclusion/ehia-2026.md"}])
	some f in rule.deny with input as doc(m)
	f.at == "/manifest/inclusion/assessment"
	count(rule.deny) == 1 with input as doc(m)
}

test_silent_for_a_staff_service if {
	m := json.patch(manifest, [{"op": "replace", "path": "/service/audience", "value": ["staff"]}, {"op": "remove", "path": "/inclusion"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as doc(null)
}

test_fails_when_the_named_document_is_not_in_the_repository if {
	some f in data.wgll.empower_citizens.inclusion_assessment_missing.deny with input as {"today": "2026-11-23", "manifest": {"inclusion": {"assessment": {"document": "docs/evidence.md"}}}, "files": ["README.md"], "folders": []}
	f.rule == "EC-03"
	f.at == "/manifest/inclusion/assessment/document"
	contains(f.msg, "`docs/evidence.md`, which is not in the repository")
}

test_passes_when_the_named_document_is_there if {
	findings := data.wgll.empower_citizens.inclusion_assessment_missing.deny with input as {
		"today": "2026-11-23", "manifest": {"inclusion": {"assessment": {"document": "docs/evidence.md"}}},
		"files": ["docs/evidence.md"], "folders": ["docs"],
		"observed": {"evidence": {"docs/evidence.md": {"hollow": false}}},
	}
	every f in findings {
		f.at != "/manifest/inclusion/assessment/document"
	}
}
