package wgll.accessibility.statement_missing_test

import data.wgll.accessibility.statement_missing as rule

manifest := {
	"wgll": 1,
	"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
	"accessibility": {"standard": "wcag-2.2-aa", "statement": "docs/accessibility-statement.md", "last_audit": "2026-02-01"},
}

doc(m) := {"today": "2026-11-23", "repository": {"name": "patient-portal", "git": null}, "manifest": m, "files": ["wgll.yaml", "docs/accessibility-statement.md"], "adrs": [], "documents": {}}

test_passes_with_a_statement_in_the_repository if {
	count(rule.deny) == 0 with input as doc(manifest)
}

test_passes_with_a_published_statement if {
	m := json.patch(manifest, [{"op": "replace", "path": "/accessibility/statement", "value": "https://northshire.nhs.example/patient-portal/accessibility"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_fails_when_no_statement_is_named if {
	m := json.remove(manifest, ["accessibility/statement"])
	some f in rule.deny with input as doc(m)
	f.rule == "A11Y-02"
	f.at == "/manifest/accessibility/statement"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_when_live if {
	m := json.patch(manifest, [{"op": "replace", "path": "/service/phase", "value": "live"}, {"op": "replace", "path": "/accessibility/statement", "value": ""}])
	some f in rule.deny with input as doc(m)
	f.at == "/manifest/accessibility/statement"
}

test_silent_in_alpha if {
	m := json.patch(manifest, [{"op": "replace", "path": "/service/phase", "value": "alpha"}, {"op": "remove", "path": "/accessibility/statement"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_fails_for_a_staff_intranet_or_extranet if {
	m := json.patch(manifest, [{"op": "replace", "path": "/service/audience", "value": ["staff"]}, {"op": "remove", "path": "/accessibility/statement"}])
	some f in rule.deny with input as doc(m)
	contains(f.msg, "intranet or extranet")
}

test_passes_for_a_staff_service_with_a_statement if {
	m := json.patch(manifest, [{"op": "replace", "path": "/service/audience", "value": ["staff"]}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_for_a_service_with_no_users_named if {
	m := json.patch(manifest, [{"op": "remove", "path": "/service/audience"}, {"op": "remove", "path": "/accessibility/statement"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_for_a_public_api if {
	m := json.patch(manifest, [{"op": "add", "path": "/service/kind", "value": "api"}, {"op": "remove", "path": "/accessibility/statement"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as doc(null)
}

test_fails_when_the_named_document_is_not_in_the_repository if {
	some f in data.wgll.accessibility.statement_missing.deny with input as {"today": "2026-11-23", "manifest": {"accessibility": {"statement": "docs/evidence.md"}}, "files": ["README.md"], "folders": []}
	f.rule == "A11Y-02"
	f.at == "/manifest/accessibility/statement"
	contains(f.msg, "`docs/evidence.md`, which is not in the repository")
}

test_passes_when_the_named_document_is_there if {
	findings := data.wgll.accessibility.statement_missing.deny with input as {
		"today": "2026-11-23", "manifest": {"accessibility": {"statement": "docs/evidence.md"}},
		"files": ["docs/evidence.md"], "folders": ["docs"],
		"observed": {"evidence": {"docs/evidence.md": {"hollow": false}}},
	}
	every f in findings {
		f.at != "/manifest/accessibility/statement"
	}
}
