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

test_fails_when_the_named_document_is_not_in_the_repository if {
	some f in data.wgll.clinical_safety.medical_device_status_missing.deny with input as {"today": "2026-11-23", "manifest": {"clinical_safety": {"medical_device": {"qualification": "docs/evidence.md"}}}, "files": ["README.md"], "folders": []}
	f.rule == "CS-07"
	f.at == "/manifest/clinical_safety/medical_device/qualification"
	contains(f.msg, "`docs/evidence.md`, which is not in the repository")
}

test_passes_when_the_named_document_is_there if {
	findings := data.wgll.clinical_safety.medical_device_status_missing.deny with input as {
		"today": "2026-11-23", "manifest": {"clinical_safety": {"medical_device": {"qualification": "docs/evidence.md"}}},
		"files": ["docs/evidence.md"], "folders": ["docs"],
		"observed": {"evidence": {"docs/evidence.md": {"hollow": false}}},
	}
	every f in findings {
		f.at != "/manifest/clinical_safety/medical_device/qualification"
	}
}
