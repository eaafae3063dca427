package wgll.accessibility.audit_stale_test

import data.wgll.accessibility.audit_stale as rule

manifest := {
	"wgll": 1,
	"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
	"accessibility": {"standard": "wcag-2.2-aa", "statement": "docs/accessibility-statement.md", "last_audit": "2026-02-01"},
}

doc(m) := {"today": "2026-11-23", "repository": {"name": "patient-portal", "git": null}, "manifest": m, "files": ["wgll.yaml", "docs/accessibility-statement.md"], "adrs": [], "documents": {}}

test_passes_when_audited_in_february if {
	count(rule.deny) == 0 with input as doc(manifest)
}

test_fails_when_the_audit_is_over_a_year_old if {
	m := json.patch(manifest, [{"op": "replace", "path": "/accessibility/last_audit", "value": "2025-10-31"}])
	some f in rule.deny with input as doc(m)
	f.rule == "A11Y-03"
	f.at == "/manifest/accessibility/last_audit"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_when_no_audit_is_recorded if {
	m := json.remove(manifest, ["accessibility/last_audit"])
	some f in rule.deny with input as doc(m)
	f.rule == "A11Y-03"
	f.at == "/manifest/accessibility/last_audit"
	count(rule.deny) == 1 with input as doc(m)
}

test_follows_the_parameter if {
	m := json.patch(manifest, [{"op": "replace", "path": "/accessibility/last_audit", "value": "2026-04-01"}])
	count(rule.deny) == 1 with input as doc(m) with data.wgll.params.accessibility_audit_max_age_months as 6
}

test_silent_in_alpha if {
	m := json.patch(manifest, [{"op": "replace", "path": "/service/phase", "value": "alpha"}, {"op": "remove", "path": "/accessibility/last_audit"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_for_an_api if {
	m := json.patch(manifest, [{"op": "add", "path": "/service/kind", "value": "api"}, {"op": "remove", "path": "/accessibility/last_audit"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as doc(null)
}
