package wgll.healthy_populations.national_data_opt_out_not_applied_test

import data.wgll.healthy_populations.national_data_opt_out_not_applied as rule

manifest := {
	"wgll": 1,
	"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
	"data_protection": {
		"personal_data": true,
		"secondary_use": {"enabled": true, "national_data_opt_out": true, "legal_basis": "UK GDPR 6(1)(e) and 9(2)(h); section 251 support CAG 26/CAG/0001"},
	},
}

doc(m) := {"today": "2026-11-23", "repository": {"name": "patient-portal", "git": null}, "manifest": m, "files": ["wgll.yaml"], "adrs": [], "documents": {}}

test_passes_when_the_opt_out_is_applied if {
	count(rule.deny) == 0 with input as doc(manifest)
}

test_passes_without_secondary_use if {
	m := json.patch(manifest, [{"op": "replace", "path": "/data_protection/secondary_use", "value": {"enabled": false}}])
	count(rule.deny) == 0 with input as doc(m)
}

test_fails_when_the_opt_out_is_not_applied if {
	m := json.patch(manifest, [{"op": "replace", "path": "/data_protection/secondary_use/national_data_opt_out", "value": false}])
	some f in rule.deny with input as doc(m)
	f.rule == "HP-01"
	f.at == "/manifest/data_protection/secondary_use/national_data_opt_out"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_when_the_opt_out_is_not_mentioned if {
	m := json.remove(manifest, ["data_protection/secondary_use/national_data_opt_out"])
	some f in rule.deny with input as doc(m)
	f.at == "/manifest/data_protection/secondary_use/national_data_opt_out"
	count(rule.deny) == 1 with input as doc(m)
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as doc(null)
}

flows_manifest(flows) := json.patch(manifest, [{"op": "replace", "path": "/data_protection/secondary_use", "value": {"enabled": true, "legal_basis": "UK GDPR 6(1)(e) and 9(2)(j)", "flows": flows}}])

test_passes_for_consented_anonymised_and_legally_required_flows if {
	m := flows_manifest([
		{"purpose": "a consented research cohort", "basis": "explicit-consent"},
		{"purpose": "published activity statistics", "basis": "anonymised"},
		{"purpose": "a statutory return", "basis": "legal-requirement"},
		{"purpose": "outbreak surveillance", "basis": "copi-regulation-3"},
	])
	count(rule.deny) == 0 with input as doc(m)
}

test_passes_for_a_section_251_flow_that_applies_the_opt_out if {
	m := flows_manifest([{"purpose": "service planning", "basis": "section-251", "national_data_opt_out": true}])
	count(rule.deny) == 0 with input as doc(m)
}

test_fails_for_a_section_251_flow_that_does_not_apply_the_opt_out if {
	m := flows_manifest([
		{"purpose": "a consented research cohort", "basis": "explicit-consent"},
		{"purpose": "risk stratification for planning", "basis": "section-251"},
	])
	findings := rule.deny with input as doc(m)
	count(findings) == 1
	some f in findings
	f.at == "/manifest/data_protection/secondary_use/flows/1"
	contains(f.msg, "COPI regulation 2 or 5")
}

test_fails_for_a_flow_with_no_basis if {
	m := flows_manifest([{"purpose": "audit"}])
	count(rule.deny) == 1 with input as doc(m)
}
