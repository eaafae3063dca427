package wgll.adr.supersede_one_sided_test

import data.wgll.adr.supersede_one_sided as rule

test_passes_when_both_sides_link if {
	count(rule.deny) == 0 with input.adrs as [
		{"file": "2.md", "number": 2, "superseded_by": [4]},
		{"file": "4.md", "number": 4, "supersedes": [2]},
	]
}

test_fails_when_only_the_old_record_links if {
	some f in rule.deny with input.adrs as [
		{"file": "2.md", "number": 2, "superseded_by": [4]},
		{"file": "4.md", "number": 4, "supersedes": []},
	]
	f.at == "/adrs/0/superseded_by/0"
}

test_fails_when_only_the_new_record_links if {
	some f in rule.deny with input.adrs as [
		{"file": "2.md", "number": 2},
		{"file": "4.md", "number": 4, "supersedes": [2]},
	]
	f.at == "/adrs/1/supersedes/0"
}

test_passes_when_the_target_is_missing_or_ambiguous if {
	# A missing record is ADR-04's finding, two with one number ADR-03's.
	count(rule.deny) == 0 with input.adrs as [
		{"file": "2.md", "number": 2, "superseded_by": [9, 5]},
		{"file": "5a.md", "number": 5},
		{"file": "5b.md", "number": 5},
	]
}

test_passes_when_the_other_side_states_the_link_in_part if {
	count(rule.deny) == 0 with input.adrs as [
		{"file": "31.md", "number": 31, "superseded_by": [33]},
		{"file": "33.md", "number": 33, "supersedes_in_part": [31]},
		{"file": "40.md", "number": 40, "superseded_in_part_by": [41]},
		{"file": "41.md", "number": 41, "supersedes": [40]},
	]
}
