package wgll.accessibility.wcag_target_missing_test

import data.wgll.accessibility.wcag_target_missing as rule

manifest := {
	"wgll": 1,
	"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
	"accessibility": {"standard": "wcag-2.2-aa", "statement": "docs/accessibility-statement.md", "last_audit": "2026-02-01"},
}

doc(m) := {"today": "2026-11-23", "repository": {"name": "patient-portal", "git": null}, "manifest": m, "files": ["wgll.yaml", "docs/accessibility-statement.md"], "adrs": [], "documents": {}}

test_passes_for_wcag_22_aa if {
	count(rule.deny) == 0 with input as doc(manifest)
}

test_passes_for_the_standard_written_in_words if {
	m := json.patch(manifest, [{"op": "replace", "path": "/accessibility/standard", "value": "WCAG 2.2 AA"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_fails_for_wcag_21 if {
	m := json.patch(manifest, [{"op": "replace", "path": "/accessibility/standard", "value": "wcag-2.1-aa"}])
	some f in rule.deny with input as doc(m)
	f.rule == "A11Y-01"
	f.at == "/manifest/accessibility/standard"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_when_no_target_is_set if {
	m := json.remove(manifest, ["accessibility/standard"])
	some f in rule.deny with input as doc(m)
	f.rule == "A11Y-01"
	f.at == "/manifest/accessibility/standard"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_for_a_staff_only_service if {
	m := json.patch(manifest, [{"op": "replace", "path": "/service/audience", "value": ["staff"]}, {"op": "remove", "path": "/accessibility"}])
	some f in rule.deny with input as doc(m)
	f.at == "/manifest/accessibility/standard"
}

test_silent_for_an_api if {
	m := json.patch(manifest, [{"op": "add", "path": "/service/kind", "value": "api"}, {"op": "remove", "path": "/accessibility"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_in_discovery if {
	m := json.patch(manifest, [{"op": "replace", "path": "/service/phase", "value": "discovery"}, {"op": "remove", "path": "/accessibility"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as doc(null)
}
