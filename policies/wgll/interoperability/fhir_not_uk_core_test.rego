package wgll.interoperability.fhir_not_uk_core_test

import data.wgll.interoperability.fhir_not_uk_core as rule

manifest := {
	"wgll": 1,
	"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
	"interoperability": {
		"standards": ["fhir-uk-core", "snomed-ct", "nhs-number"],
		"national_services": ["nhs-login", "nhs-app"],
		"fhir": {"version": "R4", "uk_core_version": "2.0.1"},
		"apis": [{"name": "appointments", "spec": "api/openapi.yaml", "version": "v2", "standard": "fhir-r4"}],
	},
}

doc(m) := {"today": "2026-11-23", "repository": {"name": "patient-portal", "git": null}, "manifest": m, "files": ["wgll.yaml", "api/openapi.yaml"], "adrs": [], "documents": {}}

test_passes_with_r4_and_a_uk_core_release if {
	count(rule.deny) == 0 with input as doc(manifest)
}

test_passes_when_uk_core_is_a_declared_standard if {
	m := json.remove(manifest, ["interoperability/fhir"])
	count(rule.deny) == 0 with input as doc(m)
}

test_passes_without_fhir if {
	m := json.patch(manifest, [
		{"op": "replace", "path": "/interoperability/standards", "value": ["snomed-ct", "nhs-number"]},
		{"op": "remove", "path": "/interoperability/fhir"},
		{"op": "replace", "path": "/interoperability/apis/0/standard", "value": "openapi-3.1"},
	])
	count(rule.deny) == 0 with input as doc(m)
}

test_fails_for_stu3 if {
	m := json.patch(manifest, [{"op": "replace", "path": "/interoperability/fhir/version", "value": "STU3"}])
	some f in rule.deny with input as doc(m)
	f.rule == "IOP-02"
	f.at == "/manifest/interoperability/fhir/version"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_when_no_uk_core_release_is_recorded if {
	m := json.remove(manifest, ["interoperability/fhir/uk_core_version"])
	some f in rule.deny with input as doc(m)
	f.rule == "IOP-02"
	f.at == "/manifest/interoperability/fhir/uk_core_version"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_when_no_version_is_given if {
	m := json.remove(manifest, ["interoperability/fhir/version"])
	some f in rule.deny with input as doc(m)
	f.at == "/manifest/interoperability/fhir/version"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_when_fhir_is_a_bare_word if {
	m := json.patch(manifest, [{"op": "replace", "path": "/interoperability/fhir", "value": "R4"}])
	some f in rule.deny with input as doc(m)
	f.at == "/manifest/interoperability/fhir"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_for_careconnect if {
	m := json.patch(manifest, [
		{"op": "replace", "path": "/interoperability/standards/0", "value": "careconnect-stu3"},
		{"op": "remove", "path": "/interoperability/fhir"},
	])
	some f in rule.deny with input as doc(m)
	f.rule == "IOP-02"
	f.at == "/manifest/interoperability/standards/0"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_for_a_fhir_api_with_nothing_declared if {
	m := json.patch(manifest, [
		{"op": "replace", "path": "/interoperability/standards", "value": ["snomed-ct", "nhs-number"]},
		{"op": "remove", "path": "/interoperability/fhir"},
	])
	some f in rule.deny with input as doc(m)
	f.at == "/manifest/interoperability/apis/0/standard"
	count(rule.deny) == 1 with input as doc(m)
}

test_silent_in_discovery if {
	m := json.patch(manifest, [{"op": "replace", "path": "/service/phase", "value": "discovery"}, {"op": "replace", "path": "/interoperability/fhir/version", "value": "STU3"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as doc(null)
}
