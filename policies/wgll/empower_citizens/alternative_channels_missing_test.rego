package wgll.empower_citizens.alternative_channels_missing_test

import data.wgll.empower_citizens.alternative_channels_missing as rule

manifest := {
	"wgll": 1,
	"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
	"inclusion": {
		"assessment": {"type": "ehia", "document": "docs/inclusion/ehia-2026.md", "date": "2026-01-20"},
		"alternative_channels": ["phone", "letter", "in-person"],
	},
}

doc(m) := {"today": "2026-11-23", "repository": {"name": "patient-portal", "git": null}, "manifest": m, "files": ["wgll.yaml"], "adrs": [], "documents": {}}

test_passes_when_routes_are_listed if {
	count(rule.deny) == 0 with input as doc(manifest)
}

test_fails_when_the_list_is_empty if {
	m := json.patch(manifest, [{"op": "replace", "path": "/inclusion/alternative_channels", "value": []}])
	some f in rule.deny with input as doc(m)
	f.rule == "EC-04"
	f.at == "/manifest/inclusion/alternative_channels"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_when_absent if {
	m := json.remove(manifest, ["inclusion"])
	some f in rule.deny with input as doc(m)
	f.at == "/manifest/inclusion/alternative_channels"
}

test_silent_for_a_staff_service if {
	m := json.patch(manifest, [{"op": "replace", "path": "/service/audience", "value": ["staff"]}, {"op": "remove", "path": "/inclusion"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_in_discovery if {
	m := json.patch(manifest, [{"op": "replace", "path": "/service/phase", "value": "discovery"}, {"op": "remove", "path": "/inclusion"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as doc(null)
}
