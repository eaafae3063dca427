package wgll.well_led.clinical_leadership_missing_test

import data.wgll.well_led.clinical_leadership_missing as rule

full := {
	"today": "2026-11-23",
	"repository": {"name": "patient-portal", "git": null},
	"manifest": {
		"wgll": 1,
		"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
		"governance": {
			"senior_responsible_owner": {"name": "Jane Doe", "role": "Chief Digital Officer"},
			"clinical_lead": {"name": "Dr Asha Patel", "role": "CCIO"},
			"clinical_engagement": "docs/engagement/clinical-reference-group.md",
		},
	},
	"files": ["wgll.yaml", "docs/engagement/clinical-reference-group.md"],
	"adrs": [],
	"documents": {},
}

no_lead := json.remove(full, ["manifest/governance/clinical_lead"])

no_engagement := json.remove(full, ["manifest/governance/clinical_engagement"])

no_governance := json.remove(full, ["manifest/governance"])

test_passes_with_a_lead_and_engagement if {
	count(rule.deny) == 0 with input as full
}

test_fails_without_a_clinical_lead if {
	some f in rule.deny with input as no_lead
	f.rule == "WL-03"
	f.at == "/manifest/governance/clinical_lead/name"
	count(rule.deny) == 1 with input as no_lead
}

test_fails_without_clinical_engagement if {
	some f in rule.deny with input as no_engagement
	f.rule == "WL-03"
	f.at == "/manifest/governance/clinical_engagement"
	count(rule.deny) == 1 with input as no_engagement
}

test_fails_twice_without_governance if {
	count(rule.deny) == 2 with input as no_governance
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
