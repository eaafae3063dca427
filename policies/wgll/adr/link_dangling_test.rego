package wgll.adr.link_dangling_test

import data.wgll.adr.link_dangling as rule

test_passes_when_the_target_exists if {
	count(rule.deny) == 0 with input.adrs as [{"file": "1.md", "number": 1}, {"file": "2.md", "number": 2, "supersedes": [1]}]
}

test_fails_when_the_target_is_missing if {
	some f in rule.deny with input.adrs as [{"file": "2.md", "number": 2, "superseded_by": [9]}]
	f.at == "/adrs/0/superseded_by/0"
	contains(f.msg, "9")
}

test_fails_when_a_partial_supersession_names_no_record if {
	some f in rule.deny with input.adrs as [{"file": "3.md", "number": 3, "supersedes_in_part": [1]}]
	f.at == "/adrs/0/supersedes_in_part/0"
	contains(f.msg, "in part supersedes")
}
