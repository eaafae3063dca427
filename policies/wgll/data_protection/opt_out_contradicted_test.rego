package wgll.data_protection.opt_out_contradicted_test

import data.wgll.data_protection.opt_out_contradicted as rule

# A public information site with no sign-in: opted out, citizens as its
# audience, nothing that identifies anyone.
test_passes_for_a_public_information_site if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"audience": ["citizens"]}, "data_protection": {"personal_data": false}, "identity": {"citizen": {"provider": "none"}}, "interoperability": {"standards": ["wcag-2.2"]}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_personal_data_is_declared if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": true}, "interoperability": {"standards": ["nhs-number"]}, "features": {"patient_records": true}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_for_each_contradiction if {
	ats := {f.at | some f in rule.deny} with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": false}, "features": {"patient_records": true}, "interoperability": {"standards": ["fhir-uk-core", "nhs-number"], "national_services": ["nhs-login"]}, "reuse": {"components": ["pds-fhir-api"]}, "identity": {"staff": {"provider": "nhs-cis2"}}}, "files": [], "adrs": [], "documents": {}}
	ats == {"/manifest/features/patient_records", "/manifest/interoperability/standards/1", "/manifest/interoperability/national_services/0", "/manifest/reuse/components/0", "/manifest/identity/staff/provider"}
}

test_names_the_contradiction if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": false}, "interoperability": {"standards": ["nhs-number"]}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "DP-13"
	f.msg == "`data_protection.personal_data` is false, yet the manifest says the service identifies patients by their NHS Number"
	f.related[0].at == "/manifest/data_protection/personal_data"
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
