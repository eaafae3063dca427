package wgll.interoperability.snomed_ct_missing_test

import data.wgll.interoperability.snomed_ct_missing as rule

manifest := {
	"wgll": 1,
	"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
	"interoperability": {"standards": ["fhir-uk-core", "snomed-ct", "nhs-number"], "national_services": ["nhs-login", "nhs-app"]},
	"features": {"patient_records": true, "clinical_recording": true, "clinical_content": true, "medicines": false},
}

doc(m) := {"today": "2026-11-23", "repository": {"name": "patient-portal", "git": null}, "manifest": m, "files": ["wgll.yaml"], "adrs": [], "documents": {}}

test_passes_when_snomed_ct_is_listed if {
	count(rule.deny) == 0 with input as doc(manifest)
}

test_passes_when_written_in_capitals if {
	m := json.patch(manifest, [{"op": "replace", "path": "/interoperability/standards/1", "value": "SNOMED CT"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_fails_for_read_codes if {
	m := json.patch(manifest, [{"op": "replace", "path": "/interoperability/standards/1", "value": "read-v2"}])
	some f in rule.deny with input as doc(m)
	f.rule == "IOP-03"
	f.at == "/manifest/interoperability/standards"
	count(rule.deny) == 1 with input as doc(m)
}

test_silent_without_clinical_recording if {
	m := json.patch(manifest, [{"op": "replace", "path": "/features/clinical_recording", "value": false}, {"op": "remove", "path": "/interoperability"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as doc(null)
}
