package wgll.healthy_populations.secondary_use_legal_basis_missing_test

import data.wgll.healthy_populations.secondary_use_legal_basis_missing as rule

manifest := {
	"wgll": 1,
	"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
	"data_protection": {
		"personal_data": true,
		"secondary_use": {"enabled": true, "national_data_opt_out": true, "legal_basis": "UK GDPR 6(1)(e) and 9(2)(h); section 251 support CAG 26/CAG/0001"},
	},
}

doc(m) := {"today": "2026-11-23", "repository": {"name": "patient-portal", "git": null}, "manifest": m, "files": ["wgll.yaml"], "adrs": [], "documents": {}}

test_passes_with_a_legal_basis if {
	count(rule.deny) == 0 with input as doc(manifest)
}

test_passes_without_secondary_use if {
	m := json.patch(manifest, [{"op": "replace", "path": "/data_protection/secondary_use", "value": {"enabled": false}}])
	count(rule.deny) == 0 with input as doc(m)
}

test_fails_without_a_legal_basis if {
	m := json.remove(manifest, ["data_protection/secondary_use/legal_basis"])
	some f in rule.deny with input as doc(m)
	f.rule == "HP-02"
	f.at == "/manifest/data_protection/secondary_use/legal_basis"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_for_a_blank_legal_basis if {
	m := json.patch(manifest, [{"op": "replace", "path": "/data_protection/secondary_use/legal_basis", "value": " "}])
	some f in rule.deny with input as doc(m)
	f.at == "/manifest/data_protection/secondary_use/legal_basis"
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as doc(null)
}
