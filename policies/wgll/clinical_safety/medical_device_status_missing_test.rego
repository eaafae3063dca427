package wgll.clinical_safety.medical_device_status_missing_test

import data.wgll.clinical_safety.medical_device_status_missing as rule

test_passes_when_declared if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "beta"}, "clinical_safety": {"applicable": true, "medical_device": {"status": "not-a-medical-device"}}}}
}

test_fails_when_undeclared if {
	some f in rule.deny with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "beta"}, "clinical_safety": {"applicable": true}}}
	f.rule == "CS-07"
	f.at == "/manifest/clinical_safety/medical_device/status"
}

test_fails_on_an_unknown_status if {
	some f in rule.deny with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "beta"}, "clinical_safety": {"applicable": true, "medical_device": {"status": "maybe"}}}}
	f.rule == "CS-07"
}

test_silent_without_clinical_risk_management if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "beta"}, "clinical_safety": {"applicable": false}}}
}

test_silent_in_discovery if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "discovery"}, "clinical_safety": {"applicable": true}}}
}
