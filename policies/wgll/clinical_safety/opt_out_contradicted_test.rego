package wgll.clinical_safety.opt_out_contradicted_test

import data.wgll.clinical_safety.opt_out_contradicted as rule

# A public information site: opted out, and declares nothing clinical.
test_passes_when_nothing_clinical_is_declared if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"clinical_safety": {"applicable": false}, "features": {"clinical_recording": false, "patient_records": false, "medicines": false}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_applicable if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"clinical_safety": {"applicable": true}, "features": {"clinical_recording": true}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_clinical_recording_is_declared if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"clinical_safety": {"applicable": false}, "features": {"clinical_recording": true, "patient_records": true}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "CS-11"
	f.at == "/manifest/features/clinical_recording"
	f.related[0].at == "/manifest/clinical_safety/applicable"
	count(rule.deny) == 2 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"clinical_safety": {"applicable": false}, "features": {"clinical_recording": true, "patient_records": true}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_for_a_medical_device if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"clinical_safety": {"applicable": false, "medical_device": {"status": "medical-device"}}}, "files": [], "adrs": [], "documents": {}}
	f.at == "/manifest/clinical_safety/medical_device/status"
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
