package wgll.manifest.phase_missing_test

import data.wgll.manifest.phase_missing as rule

test_passes_with_a_phase if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "manifest": {"wgll": 1, "service": {"phase": "alpha"}}}
}

test_fails_without_a_phase if {
	some f in rule.deny with input as {"today": "2026-11-23", "manifest": {"wgll": 1, "service": {"name": "x"}}}
	f.rule == "WL-08"
	f.at == "/manifest/service/phase"
}

test_fails_without_a_service_section if {
	some f in rule.deny with input as {"today": "2026-11-23", "manifest": {"wgll": 1}}
	f.rule == "WL-08"
}

test_fails_on_an_empty_phase if {
	some f in rule.deny with input as {"today": "2026-11-23", "manifest": {"wgll": 1, "service": {"phase": ""}}}
	f.rule == "WL-08"
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "manifest": null}
}
