package wgll.clinical_safety.medical_device_unregistered_test

import data.wgll.clinical_safety.medical_device_unregistered as rule

test_passes_with_class_and_registration if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "live"}, "clinical_safety": {"medical_device": {"status": "medical-device", "class": "IIa", "mhra_registration": "GB-MF-000012345"}}}}
}

test_fails_for_each_fact_missing if {
	found := rule.deny with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "live"}, "clinical_safety": {"medical_device": {"status": "medical-device"}}}}
	{f.at | some f in found} == {"/manifest/clinical_safety/medical_device/class", "/manifest/clinical_safety/medical_device/mhra_registration"}
	some f in found
	f.rule == "CS-08"
	f.msg == "the service is a medical device but `clinical_safety.medical_device.class` does not record its class"
}

test_silent_when_not_a_device if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "live"}, "clinical_safety": {"medical_device": {"status": "not-a-medical-device"}}}}
}

test_a_class_written_as_a_number_is_recorded if {
	found := rule.deny with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "live"}, "clinical_safety": {"medical_device": {"status": "medical-device", "class": 1}}}}
	{f.at | some f in found} == {"/manifest/clinical_safety/medical_device/mhra_registration"}
}
