package wgll.well_led.strategy_unaligned_test

import data.wgll.well_led.strategy_unaligned as rule

full := {
	"today": "2026-11-23",
	"repository": {"name": "patient-portal", "git": null},
	"manifest": {
		"wgll": 1,
		"service": {"name": "Patient Portal", "ics": "Northshire Integrated Care System", "phase": "beta", "audience": ["citizens"]},
		"governance": {
			"senior_responsible_owner": {"name": "Jane Doe", "role": "Chief Digital Officer"},
			"board_digital_lead": {"name": "Sam Lee", "role": "CIO"},
			"digital_strategy": "https://northshire.nhs.example/digital-strategy",
		},
	},
	"files": ["wgll.yaml", "docs/strategy/digital-strategy-2026.md"],
	"adrs": [],
	"documents": {},
}

in_the_repository := json.patch(full, [{"op": "replace", "path": "/manifest/governance/digital_strategy", "value": "docs/strategy/digital-strategy-2026.md"}])

missing_path := json.patch(full, [{"op": "replace", "path": "/manifest/governance/digital_strategy", "value": "docs/strategy.md"}])

unnamed := json.remove(full, ["manifest/governance/digital_strategy"])

in_discovery := json.patch(unnamed, [{"op": "replace", "path": "/manifest/service/phase", "value": "discovery"}])

test_passes_with_a_web_address if {
	count(rule.deny) == 0 with input as full
}

test_passes_with_a_document_in_the_repository if {
	count(rule.deny) == 0 with input as in_the_repository
}

test_fails_when_no_strategy_is_named if {
	some f in rule.deny with input as unnamed
	f.rule == "WL-02"
	f.at == "/manifest/governance/digital_strategy"
	count(rule.deny) == 1 with input as unnamed
}

test_fails_when_the_document_is_missing if {
	some f in rule.deny with input as missing_path
	f.rule == "WL-02"
	f.at == "/manifest/governance/digital_strategy"
	contains(f.msg, "docs/strategy.md")
	count(rule.deny) == 1 with input as missing_path
}

test_silent_in_discovery if {
	count(rule.deny) == 0 with input as in_discovery
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
