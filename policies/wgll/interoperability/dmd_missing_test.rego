package wgll.interoperability.dmd_missing_test

import data.wgll.interoperability.dmd_missing as rule

manifest := {
	"wgll": 1,
	"service": {"name": "Medicines Reconciliation", "phase": "beta", "audience": ["staff"]},
	"interoperability": {"standards": ["fhir-uk-core", "snomed-ct", "nhs-number", "dm+d"]},
	"features": {"patient_records": true, "clinical_recording": true, "medicines": true},
}

doc(m) := {"today": "2026-11-23", "repository": {"name": "medicines-reconciliation", "git": null}, "manifest": m, "files": ["wgll.yaml"], "adrs": [], "documents": {}}

test_passes_when_dmd_is_listed if {
	count(rule.deny) == 0 with input as doc(manifest)
}

test_passes_when_spelt_dmd if {
	m := json.patch(manifest, [{"op": "replace", "path": "/interoperability/standards/3", "value": "DMD"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_fails_when_dmd_is_not_listed if {
	m := json.patch(manifest, [{"op": "replace", "path": "/interoperability/standards", "value": ["fhir-uk-core", "snomed-ct", "nhs-number"]}])
	some f in rule.deny with input as doc(m)
	f.rule == "IOP-04"
	f.at == "/manifest/interoperability/standards"
	count(rule.deny) == 1 with input as doc(m)
}

test_silent_without_medicines if {
	m := json.patch(manifest, [{"op": "replace", "path": "/features/medicines", "value": false}, {"op": "remove", "path": "/interoperability"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as doc(null)
}
