package wgll.data_protection.processor_dspt_missing_test

import data.wgll.data_protection.processor_dspt_missing as rule

inp(processors) := {"today": "2026-11-23", "manifest": {"data_protection": {"personal_data": true, "processors": processors}}, "files": []}

test_passes_for_processors_that_meet_or_approach_the_standards if {
	count(rule.deny) == 0 with input as inp([
		{"name": "A", "contract": "DPA-1", "dspt": "standards-met"},
		{"name": "B", "contract": "DPA-2", "dspt": "approaching-standards"},
	])
}

test_fails_for_a_processor_with_no_status if {
	some f in rule.deny with input as inp([{"name": "Example Analytics", "contract": "DPA-3"}])
	f.rule == "DP-12"
	f.msg == "processor `Example Analytics` handles the service's personal data but records no DSPT status in its `dspt`"
}

test_fails_for_a_processor_not_meeting_the_standards if {
	some f in rule.deny with input as inp([{"name": "C", "dspt": "standards-not-met"}])
	contains(f.msg, "`standards-not-met`")
}

test_silent_without_personal_data if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "manifest": {"data_protection": {"personal_data": false, "processors": [{"name": "C"}]}}, "files": []}
}
