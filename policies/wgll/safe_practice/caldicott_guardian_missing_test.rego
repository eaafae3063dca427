package wgll.safe_practice.caldicott_guardian_missing_test

import data.wgll.safe_practice.caldicott_guardian_missing as rule

full := {
	"today": "2026-11-23",
	"repository": {"name": "patient-portal", "git": null},
	"manifest": {
		"wgll": 1,
		"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens"]},
		"data_protection": {"personal_data": true, "dpo": {"name": "Priya Shah", "contact": "dpo@northshire.nhs.example"}},
		"information_governance": {
			"siro": {"name": "Tom Hughes", "role": "Director of Finance"},
			"caldicott_guardian": {"name": "Dr Ruth Okoro", "role": "Medical Director"},
		},
	},
	"files": ["wgll.yaml"],
	"adrs": [],
	"documents": {},
}

unnamed := json.remove(full, ["manifest/information_governance/caldicott_guardian"])

blank := json.patch(full, [{"op": "replace", "path": "/manifest/information_governance/caldicott_guardian/name", "value": " "}])

no_personal_data := json.patch(unnamed, [{"op": "replace", "path": "/manifest/data_protection/personal_data", "value": false}])

test_passes_when_named if {
	count(rule.deny) == 0 with input as full
}

test_fails_when_absent if {
	some f in rule.deny with input as unnamed
	f.rule == "SP-01"
	f.at == "/manifest/information_governance/caldicott_guardian/name"
	count(rule.deny) == 1 with input as unnamed
}

test_fails_when_blank if {
	count(rule.deny) == 1 with input as blank
}

test_silent_when_no_personal_data if {
	count(rule.deny) == 0 with input as no_personal_data
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
