package wgll.tcop.code_not_open_test

import data.wgll.tcop.code_not_open as rule

full := {
	"today": "2026-11-23",
	"repository": {"name": "patient-portal", "git": null},
	"manifest": {
		"wgll": 1,
		"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
		"open_source": {"licence": "MIT", "published": true},
	},
	"files": ["wgll.yaml", "LICENSE", "README.md", "src/index.ts"],
	"adrs": [],
	"documents": {},
}

unpublished := json.patch(full, [{"op": "replace", "path": "/manifest/open_source/published", "value": false}])

secured := json.patch(unpublished, [{"op": "add", "path": "/manifest/open_source/classification", "value": "secured"}])

secured_with_reason := json.patch(secured, [{"op": "add", "path": "/manifest/open_source/rationale", "value": "Holds fraud-detection thresholds that would help attackers evade them."}])

silent_manifest := json.remove(full, ["manifest/open_source"])

in_discovery := json.patch(silent_manifest, [{"op": "replace", "path": "/manifest/service/phase", "value": "discovery"}])

test_passes_when_published_with_a_licence if {
	count(rule.deny) == 0 with input as full
}

test_passes_when_secured_with_a_reason if {
	count(rule.deny) == 0 with input as secured_with_reason
}

test_leaves_the_licence_to_sf_05 if {
	count(rule.deny) == 0 with input as json.patch(full, [{"op": "remove", "path": "/files/1"}])
}

test_fails_when_closed_without_classification if {
	some f in rule.deny with input as unpublished
	f.rule == "TCOP-03"
	f.at == "/manifest/open_source/published"
	count(rule.deny) == 1 with input as unpublished
}

test_fails_when_secured_without_a_reason if {
	some f in rule.deny with input as secured
	f.at == "/manifest/open_source/rationale"
	count(rule.deny) == 1 with input as secured
}

test_fails_when_openness_is_not_recorded if {
	count(rule.deny) == 1 with input as silent_manifest
}

test_silent_in_discovery if {
	count(rule.deny) == 0 with input as in_discovery
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
