package wgll.adr.date_missing_test

import data.wgll.adr.date_missing as rule

test_passes_with_a_date if {
	count(rule.deny) == 0 with input.adrs as [{"file": "a.md", "date": "2026-01-01"}]
}

test_fails_without_a_date if {
	some f in rule.deny with input.adrs as [{"file": "a.md", "date": null}]
	f.at == "/adrs/0/date"
}
