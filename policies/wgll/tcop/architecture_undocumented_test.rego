package wgll.tcop.architecture_undocumented_test

import data.wgll.tcop.architecture_undocumented as rule

full := {
	"today": "2026-11-23",
	"repository": {"name": "patient-portal", "git": null},
	"manifest": {
		"wgll": 1,
		"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
		"interoperability": {"standards": ["fhir-uk-core", "snomed-ct", "nhs-number"]},
	},
	"files": ["wgll.yaml", "README.md", "docs/architecture/overview.md", "docs/architecture/containers.dsl"],
	"folders": ["docs", "docs/architecture"],
	"adrs": [],
	"documents": {},
}

nothing := json.patch(full, [
	{"op": "replace", "path": "/files", "value": ["wgll.yaml", "README.md"]},
	{"op": "replace", "path": "/folders", "value": []},
])

at_the_root := json.patch(nothing, [{"op": "add", "path": "/files/-", "value": "ARCHITECTURE.md"}])

named_elsewhere := json.patch(nothing, [
	{"op": "add", "path": "/files/-", "value": "design/c4.md"},
	{"op": "add", "path": "/manifest/architecture", "value": {"overview": "design/c4.md"}},
])

on_the_web := json.patch(nothing, [{"op": "add", "path": "/manifest/architecture", "value": {"overview": "https://northshire.nhs.example/architecture/patient-portal"}}])

named_missing := json.patch(full, [{"op": "add", "path": "/manifest/architecture", "value": {"overview": "design/c4.md"}}])

in_discovery := json.patch(nothing, [{"op": "replace", "path": "/manifest/service/phase", "value": "discovery"}])

test_passes_with_an_architecture_folder if {
	count(rule.deny) == 0 with input as full
}

test_passes_with_architecture_md if {
	count(rule.deny) == 0 with input as at_the_root
}

test_passes_with_a_named_document if {
	count(rule.deny) == 0 with input as named_elsewhere
}

test_passes_with_a_web_address if {
	count(rule.deny) == 0 with input as on_the_web
}

test_fails_without_documentation if {
	some f in rule.deny with input as nothing
	f.rule == "TCOP-09"
	f.file == "docs/architecture"
	count(rule.deny) == 1 with input as nothing
}

test_fails_when_the_named_document_is_missing if {
	some f in rule.deny with input as named_missing
	f.at == "/manifest/architecture/overview"
	count(rule.deny) == 1 with input as named_missing
}

test_silent_in_discovery if {
	count(rule.deny) == 0 with input as in_discovery
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
