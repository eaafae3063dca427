package wgll.data_protection.ico_registration_missing_test

import data.wgll.data_protection.ico_registration_missing as rule

params := {"ico_registration_pattern": "^Z[A-Z0-9]{7}$"}

test_passes_with_a_registration_number if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "beta"}, "data_protection": {"personal_data": true, "ico_registration": {"number": "Z1234567", "expires": "2027-05-31"}}}}
		with data.wgll.params as params
}

test_fails_without_a_registration if {
	some f in rule.deny with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "beta"}, "data_protection": {"personal_data": true}}}
		with data.wgll.params as params
	f.rule == "DP-09"
	f.at == "/manifest/data_protection/ico_registration/number"
}

test_fails_on_a_number_of_the_wrong_shape if {
	some f in rule.deny with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "beta"}, "data_protection": {"personal_data": true, "ico_registration": {"number": "12345"}}}}
		with data.wgll.params as params
	f.msg == "`12345` does not look like an ICO registration number, which is text such as \"Z1234567\""
}

test_silent_without_personal_data if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "beta"}, "data_protection": {"personal_data": false}}}
		with data.wgll.params as params
}

test_silent_in_discovery if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "discovery"}, "data_protection": {"personal_data": true}}}
		with data.wgll.params as params
}

test_fails_on_a_number_written_as_a_yaml_number if {
	some f in rule.deny with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "beta"}, "data_protection": {"personal_data": true, "ico_registration": {"number": 98765432}}}}
		with data.wgll.params as params
	f.msg == "`98765432` does not look like an ICO registration number, which is text such as \"Z1234567\""
}

# Written as text instead of a mapping, the registration has no number (the
# same under OPA and regorus).
test_fails_when_the_registration_is_not_a_mapping if {
	some f in rule.deny with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "beta"}, "data_protection": {"personal_data": true, "ico_registration": "Z1234567"}}}
		with data.wgll.params as params
	f.at == "/manifest/data_protection/ico_registration/number"
}
