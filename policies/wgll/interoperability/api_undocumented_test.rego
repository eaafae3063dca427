package wgll.interoperability.api_undocumented_test

import data.wgll.interoperability.api_undocumented as rule

manifest := {
	"wgll": 1,
	"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
	"interoperability": {
		"standards": ["fhir-uk-core", "snomed-ct", "nhs-number"],
		"apis": [
			{"name": "portal-bff", "spec": "api/openapi.yaml", "version": "v2"},
			{"name": "appointments", "spec": "https://northshire.nhs.example/api/appointments/metadata", "version": "1.4.0"},
		],
	},
}

doc(m) := {"today": "2026-11-23", "repository": {"name": "patient-portal", "git": null}, "manifest": m, "files": ["wgll.yaml", "api/openapi.yaml"], "adrs": [], "documents": {}}

test_passes_with_specifications_and_versions if {
	count(rule.deny) == 0 with input as doc(manifest)
}

test_passes_with_a_numeric_version if {
	m := json.patch(manifest, [{"op": "replace", "path": "/interoperability/apis/0/version", "value": 2}])
	count(rule.deny) == 0 with input as doc(m)
}

test_passes_without_apis if {
	m := json.remove(manifest, ["interoperability/apis"])
	count(rule.deny) == 0 with input as doc(m)
}

test_fails_when_the_specification_is_not_in_the_repository if {
	m := json.patch(manifest, [{"op": "replace", "path": "/interoperability/apis/0/spec", "value": "api/openapi.json"}])
	some f in rule.deny with input as doc(m)
	f.rule == "IOP-05"
	f.at == "/manifest/interoperability/apis/0/spec"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_when_no_specification_is_named if {
	m := json.remove(manifest, ["interoperability/apis/1/spec"])
	some f in rule.deny with input as doc(m)
	f.at == "/manifest/interoperability/apis/1/spec"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_when_no_version_is_given if {
	m := json.remove(manifest, ["interoperability/apis/1/version"])
	some f in rule.deny with input as doc(m)
	f.rule == "IOP-05"
	f.at == "/manifest/interoperability/apis/1/version"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_for_a_bare_name if {
	m := json.patch(manifest, [{"op": "replace", "path": "/interoperability/apis/0", "value": "portal-bff"}])
	some f in rule.deny with input as doc(m)
	f.at == "/manifest/interoperability/apis/0"
	count(rule.deny) == 1 with input as doc(m)
}

test_silent_in_discovery if {
	m := json.patch(manifest, [{"op": "replace", "path": "/service/phase", "value": "discovery"}, {"op": "remove", "path": "/interoperability/apis/0/version"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as doc(null)
}
