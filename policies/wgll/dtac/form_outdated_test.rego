package wgll.dtac.form_outdated_test

import data.wgll.dtac.form_outdated as rule

params := {"dtac_form_version": "2.0", "dtac_form_version_from": "2026-04-06"}

doc(dtac) := {"today": "2026-11-23", "manifest": {"service": {"phase": "live"}, "compliance": {"dtac": dtac}}}

test_passes_on_the_current_form if {
	count(rule.deny) == 0 with input as doc({"applies": true, "form_version": "2.0", "completed": "2026-07-14"})
		with data.wgll.params as params
}

test_passes_on_the_current_form_however_written if {
	every v in ["2", "v2.0", " 2.0 ", 2, 2.0] {
		count(rule.deny) == 0 with input as doc({"applies": true, "form_version": v, "completed": "2026-07-14"})
			with data.wgll.params as params
	}
}

test_passes_on_the_earlier_form_before_the_change if {
	count(rule.deny) == 0 with input as doc({"applies": true, "form_version": "1.0", "completed": "2026-04-05"})
		with data.wgll.params as params
}

test_fails_on_the_earlier_form_after_the_change if {
	some f in rule.deny with input as doc({"applies": true, "form_version": "1.0", "completed": "2026-04-06"})
		with data.wgll.params as params
	f.rule == "DTAC-03"
	f.at == "/manifest/compliance/dtac/form_version"
	f.msg == "the DTAC assessment completed on `2026-04-06` uses form version 1.0; assessments completed on or after `2026-04-06` use version 2.0"
}

test_fails_on_a_version_written_as_a_number if {
	some f in rule.deny with input as doc({"applies": true, "form_version": 1.0, "completed": "2026-07-14"})
		with data.wgll.params as params
	f.rule == "DTAC-03"
}

test_fails_on_a_version_that_is_not_a_number if {
	every v in ["latest", "2.0.1"] {
		some f in rule.deny with input as doc({"applies": true, "form_version": v, "completed": "2026-07-14"})
			with data.wgll.params as params
		f.rule == "DTAC-03"
	}
}

test_silent_when_the_dtac_does_not_apply if {
	count(rule.deny) == 0 with input as doc({"applies": false, "form_version": "1.0", "completed": "2026-07-14"})
		with data.wgll.params as params
}

test_silent_before_beta if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "alpha"}, "compliance": {"dtac": {"applies": true, "form_version": "1.0", "completed": "2026-07-14"}}}}
		with data.wgll.params as params
}
