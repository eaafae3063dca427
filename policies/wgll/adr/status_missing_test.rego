package wgll.adr.status_missing_test

import data.wgll.adr.status_missing as rule

test_passes_with_a_status if {
	count(rule.deny) == 0 with input.adrs as [{"file": "a.md", "status": "accepted"}]
}

test_fails_without_a_status if {
	some f in rule.deny with input.adrs as [{"file": "a.md", "status": "accepted"}, {"file": "b.md", "status": null}]
	f.at == "/adrs/1/status"
}
