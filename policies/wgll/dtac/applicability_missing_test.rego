package wgll.dtac.applicability_missing_test

import data.wgll.dtac.applicability_missing as rule

test_passes_when_recorded if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "live"}, "compliance": {"dtac": {"applies": false}}}}
}

test_fails_when_unrecorded_in_beta if {
	some f in rule.deny with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "beta"}}}
	f.rule == "DTAC-01"
	f.at == "/manifest/compliance/dtac/applies"
}

test_fails_when_not_a_boolean if {
	some f in rule.deny with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "live"}, "compliance": {"dtac": {"applies": "yes"}}}}
	f.rule == "DTAC-01"
}

test_silent_before_beta if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "alpha"}}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "manifest": null}
}
