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
