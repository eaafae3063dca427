package wgll.adr.number_duplicated_test

import data.wgll.adr.number_duplicated as rule

test_passes_with_distinct_numbers if {
	count(rule.deny) == 0 with input.adrs as [{"file": "1.md", "number": 1}, {"file": "2.md", "number": 2}]
}

test_fails_for_the_later_of_two if {
	some f in rule.deny with input.adrs as [{"file": "5a.md", "number": 5}, {"file": "5b.md", "number": 5}]
	f.at == "/adrs/1/title"
}
