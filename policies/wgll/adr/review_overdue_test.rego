package wgll.adr.review_overdue_test

import data.wgll.adr.review_overdue as rule

adr(extra) := object.union({"file": "docs/adr/0001-x.md", "number": 1, "title": "X", "status": "accepted", "date": "2023-01-10", "last_changed": null, "links": []}, extra)

doc(adrs) := {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {}, "files": [], "adrs": adrs, "documents": {}}

test_passes_when_recently_changed_in_git if {
	count(rule.deny) == 0 with input as doc([adr({"last_changed": "2026-01-05"})])
}

test_passes_when_recent_without_git if {
	count(rule.deny) == 0 with input as doc([adr({"date": "2025-06-01"})])
}

test_fails_when_the_date_is_old_and_git_is_silent if {
	some f in rule.deny with input as doc([adr({})])
	f.rule == "ADR-09"
	f.at == "/adrs/0/status"
}

test_git_history_wins_over_the_written_date if {
	count(rule.deny) == 1 with input as doc([adr({"date": "2026-01-01", "last_changed": "2023-02-01"})])
}

test_silent_for_superseded_and_proposed if {
	count(rule.deny) == 0 with input as doc([adr({"status": "superseded"}), adr({"status": "proposed"})])
}

test_the_period_is_a_parameter if {
	count(rule.deny) == 0 with input as doc([adr({})]) with data.wgll.params.adr_review_months as 60
}

test_a_written_review_date_counts_over_git if {
	count(rule.deny) == 0 with input as doc([adr({"reviewed": "2026-06-01", "last_changed": "2023-02-01"})])
	count(rule.deny) == 1 with input as doc([adr({"reviewed": "2023-06-01", "last_changed": "2026-02-01"})])
}

test_the_founding_record_needs_no_review if {
	count(rule.deny) == 0 with input as doc([
		adr({"title": "Record architecture decisions"}),
		adr({"title": "Use Markdown Architectural Decision Records"}),
		adr({"title": "Use Markdown Any Decision Records"}),
	])
	count(rule.deny) == 1 with input as doc([adr({"title": "Record architecture decisions in the wiki instead"})])
}
