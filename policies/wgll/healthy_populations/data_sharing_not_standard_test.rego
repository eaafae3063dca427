package wgll.healthy_populations.data_sharing_not_standard_test

import data.wgll.healthy_populations.data_sharing_not_standard as rule

manifest := {
	"wgll": 1,
	"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
	"data": {
		"dictionary": "docs/data/data-dictionary.md",
		"sharing": [
			{"recipient": "Northshire ICS population health platform", "standard": "fhir-uk-core", "agreement": "DSA-NICS-2026-014"},
			{"recipient": "NHS England outpatient data collection", "standard": "ecds", "agreement": "DSA-NHSE-2025-102"},
		],
	},
}

doc(m) := {"today": "2026-11-23", "repository": {"name": "patient-portal", "git": null}, "manifest": m, "files": ["wgll.yaml"], "adrs": [], "documents": {}}

test_passes_with_standards_and_agreements if {
	count(rule.deny) == 0 with input as doc(manifest)
}

test_passes_when_nothing_is_shared if {
	m := json.remove(manifest, ["data/sharing"])
	count(rule.deny) == 0 with input as doc(m)
}

test_fails_without_an_agreement if {
	m := json.remove(manifest, ["data/sharing/1/agreement"])
	some f in rule.deny with input as doc(m)
	f.rule == "HP-05"
	f.at == "/manifest/data/sharing/1/agreement"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_without_a_standard if {
	m := json.patch(manifest, [{"op": "replace", "path": "/data/sharing/0/standard", "value": ""}])
	some f in rule.deny with input as doc(m)
	f.rule == "HP-05"
	f.at == "/manifest/data/sharing/0/standard"
	count(rule.deny) == 1 with input as doc(m)
}

test_fails_for_a_bare_name if {
	m := json.patch(manifest, [{"op": "replace", "path": "/data/sharing/0", "value": "ICS platform"}])
	some f in rule.deny with input as doc(m)
	f.at == "/manifest/data/sharing/0"
	count(rule.deny) == 1 with input as doc(m)
}

test_silent_in_discovery if {
	m := json.patch(manifest, [{"op": "replace", "path": "/service/phase", "value": "discovery"}, {"op": "remove", "path": "/data/sharing/0/agreement"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as doc(null)
}
