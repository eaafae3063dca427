package wgll.healthy_populations.data_dictionary_missing_test

import data.wgll.healthy_populations.data_dictionary_missing as rule

manifest := {
	"wgll": 1,
	"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
	"data_protection": {"personal_data": true},
	"data": {"dictionary": "docs/data/data-dictionary.md"},
}

doc(m) := {"today": "2026-11-23", "repository": {"name": "patient-portal", "git": null}, "manifest": m, "files": ["wgll.yaml", "docs/data/data-dictionary.md"], "adrs": [], "documents": {}}

test_passes_with_a_data_dictionary if {
	count(rule.deny) == 0 with input as doc(manifest)
}

test_passes_with_a_catalogue_entry if {
	m := json.patch(manifest, [{"op": "replace", "path": "/data/dictionary", "value": "https://data.northshire.nhs.example/catalogue/patient-portal"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_fails_without_a_data_dictionary if {
	m := json.remove(manifest, ["data"])
	some f in rule.deny with input as doc(m)
	f.rule == "HP-03"
	f.at == "/manifest/data/dictionary"
	count(rule.deny) == 1 with input as doc(m)
}

test_silent_without_personal_data if {
	m := json.patch(manifest, [{"op": "replace", "path": "/data_protection/personal_data", "value": false}, {"op": "remove", "path": "/data"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_in_alpha if {
	m := json.patch(manifest, [{"op": "replace", "path": "/service/phase", "value": "alpha"}, {"op": "remove", "path": "/data"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as doc(null)
}

test_fails_when_the_named_document_is_not_in_the_repository if {
	some f in data.wgll.healthy_populations.data_dictionary_missing.deny with input as {"today": "2026-11-23", "manifest": {"data": {"dictionary": "docs/evidence.md"}}, "files": ["README.md"], "folders": []}
	f.rule == "HP-03"
	f.at == "/manifest/data/dictionary"
	contains(f.msg, "`docs/evidence.md`, which is not in the repository")
}

test_passes_when_the_named_document_is_there if {
	findings := data.wgll.healthy_populations.data_dictionary_missing.deny with input as {
		"today": "2026-11-23", "manifest": {"data": {"dictionary": "docs/evidence.md"}},
		"files": ["docs/evidence.md"], "folders": ["docs"],
		"observed": {"evidence": {"docs/evidence.md": {"hollow": false}}},
	}
	every f in findings {
		f.at != "/manifest/data/dictionary"
	}
}
