package wgll.data_protection.processor_contract_missing_test

import data.wgll.data_protection.processor_contract_missing as rule

inp(personal, processors) := {"today": "2026-11-23", "manifest": {"data_protection": {"personal_data": personal, "processors": processors}}, "files": []}

test_passes_when_each_processor_has_a_contract if {
	count(rule.deny) == 0 with input as inp(true, [{"name": "Example Messaging Ltd", "contract": "DPA-2025-114", "dspt": "standards-met"}])
}

test_fails_for_a_processor_with_no_contract if {
	findings := rule.deny with input as inp(true, [{"name": "A", "contract": "DPA-1"}, {"name": "Example Analytics", "dspt": "standards-met"}])
	count(findings) == 1
	some f in findings
	f.rule == "DP-11"
	f.at == "/manifest/data_protection/processors/1"
	contains(f.msg, "`Example Analytics`")
}

test_silent_without_personal_data if {
	count(rule.deny) == 0 with input as inp(false, [{"name": "Example Analytics"}])
}
