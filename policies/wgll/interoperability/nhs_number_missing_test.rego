package wgll.interoperability.nhs_number_missing_test

import data.wgll.interoperability.nhs_number_missing as rule

manifest := {
	"wgll": 1,
	"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
	"interoperability": {"standards": ["fhir-uk-core", "snomed-ct", "nhs-number"], "national_services": ["nhs-login", "nhs-app"]},
	"features": {"patient_records": true, "clinical_recording": true, "clinical_content": true, "medicines": false},
}

doc(m) := {"today": "2026-11-23", "repository": {"name": "patient-portal", "git": null}, "manifest": m, "files": ["wgll.yaml"], "adrs": [], "documents": {}}

test_passes_when_the_nhs_number_is_listed if {
	count(rule.deny) == 0 with input as doc(manifest)
}

test_passes_when_written_in_words if {
	m := json.patch(manifest, [{"op": "replace", "path": "/interoperability/standards/2", "value": "NHS Number"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_fails_when_the_nhs_number_is_not_listed if {
	m := json.patch(manifest, [{"op": "replace", "path": "/interoperability/standards", "value": ["fhir-uk-core", "snomed-ct"]}])
	some f in rule.deny with input as doc(m)
	f.rule == "IOP-01"
	f.at == "/manifest/interoperability/standards"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_when_no_standards_are_declared if {
	m := json.remove(manifest, ["interoperability"])
	some f in rule.deny with input as doc(m)
	f.at == "/manifest/interoperability/standards"
}

test_silent_without_patient_records if {
	m := json.patch(manifest, [{"op": "replace", "path": "/features/patient_records", "value": false}, {"op": "remove", "path": "/interoperability"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_in_discovery if {
	m := json.patch(manifest, [{"op": "replace", "path": "/service/phase", "value": "discovery"}, {"op": "remove", "path": "/interoperability"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as doc(null)
}
