package wgll.manifest.placeholder_left_test

import data.wgll.manifest.placeholder_left as rule


inp(manifest) := {"manifest": manifest, "files": []}

test_passes_for_real_facts_and_reserved_example_domains if {
	count(rule.deny) == 0 with input as inp({
		"service": {"name": "Northshire Patient Portal", "organisation": "Northshire NHS Foundation Trust", "ods_code": "RX1"},
		"governance": {"senior_responsible_owner": {"name": "Sam Okafor", "role": "Chief Digital Officer"}},
		"privacy_notice": "https://northshire.nhs.example/privacy",
		"support": {"contact": "servicedesk@northshire.nhs.example"},
		"clinical_safety": {"officer": {"registration": "GMC 7654321"}},
		"notes": "A todo list app for wards",
	})
}

test_fails_for_init_placeholders if {
	some f in rule.deny with input as inp({"service": {"name": "TODO: what users call the service"}})
	f.rule == "WL-09"
	f.at == "/manifest/service/name"
	contains(f.msg, "a placeholder")
}

test_fails_for_angle_bracket_placeholders if {
	count(rule.deny) == 1 with input as inp({"service": {"organisation": "<your organisation>"}})
}

test_fails_for_example_values_and_addresses if {
	count(rule.deny) == 4 with input as inp({
		"service": {"name": "Your Service"},
		"governance": {"senior_responsible_owner": {"name": "Name"}},
		"strategy": "https://example.nhs.uk/digital-strategy",
		"support": {"contact": "help@mail.example.com"},
	})
}

test_fails_for_registration_numbers_of_zeros if {
	count(rule.deny) == 2 with input as inp({"clinical_safety": {"officer": {"registration": "GMC 0000000"}}, "ico": {"registration": "0000000"}})
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"manifest": null, "files": []}
}
