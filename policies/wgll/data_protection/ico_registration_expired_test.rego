package wgll.data_protection.ico_registration_expired_test

import data.wgll.data_protection.ico_registration_expired as rule

test_passes_on_its_last_day if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "beta"}, "data_protection": {"personal_data": true, "ico_registration": {"number": "Z1234567", "expires": "2026-11-23"}}}}
}

test_fails_once_expired if {
	some f in rule.deny with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "beta"}, "data_protection": {"personal_data": true, "ico_registration": {"number": "Z1234567", "expires": "2026-11-22"}}}}
	f.rule == "DP-10"
	f.at == "/manifest/data_protection/ico_registration/expires"
}

test_silent_without_personal_data if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "beta"}, "data_protection": {"personal_data": false, "ico_registration": {"expires": "2020-01-01"}}}}
}

test_fails_without_a_paid_until_date if {
	some f in rule.deny with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "beta"}, "data_protection": {"personal_data": true, "ico_registration": {"number": "Z1234567"}}}}
	f.rule == "DP-10"
	f.msg == "`data_protection.ico_registration.expires` gives no date, as YYYY-MM-DD, that the registration is paid until"
}

test_silent_without_a_number if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "beta"}, "data_protection": {"personal_data": true}}}
}
