package wgll.clinical_safety.clinical_safety_officer_unregistered_test

import data.wgll.clinical_safety.clinical_safety_officer_unregistered as rule

test_passes_when_gmc_registered if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"clinical_safety": {"applicable": true, "clinical_safety_officer": {"name": "Dr Ben Khan", "registration": "GMC 1234567"}}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_no_registration if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"clinical_safety": {"applicable": true, "clinical_safety_officer": {"name": "Dr Ben Khan"}}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "CS-03"
	f.at == "/manifest/clinical_safety/clinical_safety_officer/registration"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"clinical_safety": {"applicable": true, "clinical_safety_officer": {"name": "Dr Ben Khan"}}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_unknown_body if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"clinical_safety": {"applicable": true, "clinical_safety_officer": {"name": "Dr Ben Khan", "registration": "ABC 12"}}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "CS-03"
	f.at == "/manifest/clinical_safety/clinical_safety_officer/registration"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"clinical_safety": {"applicable": true, "clinical_safety_officer": {"name": "Dr Ben Khan", "registration": "ABC 12"}}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_not_applicable if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"clinical_safety": {"applicable": false, "clinical_safety_officer": {"name": "X"}}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_nmc_registered if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"clinical_safety": {"applicable": true, "clinical_safety_officer": {"name": "A Nurse", "registration": "NMC 12A3456E"}}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}

officer(registration) := {"today": "2026-11-23", "manifest": {"clinical_safety": {"applicable": true, "clinical_safety_officer": {"name": "Sam Lee", "registration": registration}}}}

test_passes_for_the_uk_health_and_care_regulators if {
	count(rule.deny) == 0 with input as officer("GPhC 2087654")
	count(rule.deny) == 0 with input as officer("HCPC PA12345")
	count(rule.deny) == 0 with input as officer("GOsC 1234")
	count(rule.deny) == 0 with input as officer("SSSC 123456")
	count(rule.deny) == 0 with input as officer("NISCC 654321")
}
