package wgll.adr.supersede_cycle_test

import data.wgll.adr.supersede_cycle as rule

test_passes_for_a_chain if {
	count(rule.deny) == 0 with input.adrs as [
		{"file": "1.md", "number": 1, "superseded_by": [2]},
		{"file": "2.md", "number": 2, "supersedes": [1], "superseded_by": [3]},
		{"file": "3.md", "number": 3, "supersedes": [2]},
	]
}

test_fails_for_a_cycle_of_three if {
	found := rule.deny with input.adrs as [
		{"file": "1.md", "number": 1, "supersedes": [3]},
		{"file": "2.md", "number": 2, "supersedes": [1]},
		{"file": "3.md", "number": 3, "supersedes": [2]},
		{"file": "4.md", "number": 4},
	]
	{f.at | some f in found} == {"/adrs/0/status", "/adrs/1/status", "/adrs/2/status"}
}

test_fails_for_a_cycle_stated_from_the_other_side if {
	# 1 supersedes 2 (said by 1); 2 supersedes 1 (said by 1: superseded by 2).
	some f in rule.deny with input.adrs as [
		{"file": "1.md", "number": 1, "supersedes": [2], "superseded_by": [2]},
		{"file": "2.md", "number": 2},
		{"file": "x.md", "number": null},
	]
	f.at == "/adrs/1/status"
}

test_fails_for_a_record_superseding_itself if {
	some f in rule.deny with input.adrs as [{"file": "1.md", "number": 1, "supersedes": [1]}]
	f.at == "/adrs/0/status"
}

test_passes_for_a_long_chain_in_either_direction if {
	falling := [{"file": sprintf("%d.md", [n]), "number": n, "supersedes": [n - 1]} | some n in numbers.range(2, 5000)]
	count(rule.deny) == 0 with input.adrs as falling
	rising := [{"file": sprintf("%d.md", [n]), "number": n, "supersedes": [n + 1]} | some n in numbers.range(1, 4999)]
	count(rule.deny) == 0 with input.adrs as rising
}

test_fails_for_every_record_of_a_long_cycle if {
	chain := [{"file": sprintf("%d.md", [n]), "number": n, "supersedes": [n - 1]} | some n in numbers.range(2, 5000)]
	found := rule.deny with input.adrs as array.concat([{"file": "1.md", "number": 1, "supersedes": [5000]}], chain)
	count(found) == 5000
}

test_fails_only_for_the_records_on_the_cycle if {
	# 11 -> 10 -> 12 -> 11, with 9 and 8 below the cycle and 20 above it.
	found := rule.deny with input.adrs as [
		{"file": "8.md", "number": 8},
		{"file": "9.md", "number": 9, "supersedes": [8]},
		{"file": "10.md", "number": 10, "supersedes": [9, 12]},
		{"file": "11.md", "number": 11, "supersedes": [10]},
		{"file": "12.md", "number": 12, "supersedes": [11], "superseded_by": [10, 20]},
		{"file": "20.md", "number": 20, "supersedes": [12]},
	]
	{f.at | some f in found} == {"/adrs/2/status", "/adrs/3/status", "/adrs/4/status"}
}
