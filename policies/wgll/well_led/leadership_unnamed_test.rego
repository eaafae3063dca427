package wgll.well_led.leadership_unnamed_test

import data.wgll.well_led.leadership_unnamed as rule

governance := {
	"senior_responsible_owner": {"name": "Jane Doe", "role": "Chief Digital Officer"},
	"board_digital_lead": {"name": "Sam Lee", "role": "CIO"},
	"clinical_lead": {"name": "Dr Asha Patel", "role": "CCIO"},
	"digital_strategy": "https://northshire.nhs.example/digital-strategy",
	"clinical_engagement": "docs/engagement/clinical-reference-group.md",
}

full := {
	"today": "2026-11-23",
	"repository": {"name": "patient-portal", "git": null},
	"manifest": {
		"wgll": 1,
		"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
		"governance": governance,
	},
	"files": ["wgll.yaml", "docs/engagement/clinical-reference-group.md"],
	"adrs": [],
	"documents": {},
}

without_sro := json.remove(full, ["manifest/governance/senior_responsible_owner"])

head_of_it := json.patch(full, [{"op": "replace", "path": "/manifest/governance/board_digital_lead/role", "value": "Head of IT"}])

lower_case_role := json.patch(full, [{"op": "replace", "path": "/manifest/governance/board_digital_lead/role", "value": "ccio"}])

no_board_lead := json.remove(full, ["manifest/governance/board_digital_lead"])

test_passes_when_both_are_named if {
	count(rule.deny) == 0 with input as full
}

test_passes_with_a_lower_case_role if {
	count(rule.deny) == 0 with input as lower_case_role
}

test_fails_without_a_senior_responsible_owner if {
	some f in rule.deny with input as without_sro
	f.rule == "WL-01"
	f.at == "/manifest/governance/senior_responsible_owner/name"
	count(rule.deny) == 1 with input as without_sro
}

test_fails_when_the_lead_is_not_at_board_level if {
	some f in rule.deny with input as head_of_it
	f.rule == "WL-01"
	f.at == "/manifest/governance/board_digital_lead/role"
	contains(f.msg, "Head of IT")
	count(rule.deny) == 1 with input as head_of_it
}

test_fails_without_a_board_digital_lead if {
	some f in rule.deny with input as no_board_lead
	f.at == "/manifest/governance/board_digital_lead/role"
	count(rule.deny) == 1 with input as no_board_lead
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
