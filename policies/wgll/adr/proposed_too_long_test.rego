package wgll.adr.proposed_too_long_test

import data.wgll.adr.proposed_too_long as rule

test_passes_for_a_recent_proposal if {
	count(rule.deny) == 0 with input.today as "2026-11-23"
		with input.adrs as [{"file": "3.md", "status": "proposed", "date": "2026-09-01"}]
}

test_passes_for_an_old_accepted_decision if {
	count(rule.deny) == 0 with input.today as "2026-11-23"
		with input.adrs as [{"file": "3.md", "status": "accepted", "date": "2020-01-01"}]
}

test_fails_for_an_old_proposal if {
	some f in rule.deny with input.today as "2026-11-23"
		with input.adrs as [{"file": "3.md", "status": "accepted"}, {"file": "4.md", "status": "proposed", "date": "2026-08-22"}]
	f.at == "/adrs/1/status"
}

test_follows_the_parameter if {
	count(rule.deny) == 0 with input.today as "2026-11-23"
		with input.adrs as [{"file": "4.md", "status": "proposed", "date": "2026-08-22"}]
		with data.wgll.params.adr_proposed_max_months as 6
}

test_fails_for_every_undecided_status if {
	statuses := ["rfc", "pending", "in discussion", "in review", "under review", "draft"]
	found := rule.deny with input.today as "2026-11-23"
		with input.adrs as [{"file": sprintf("%d.md", [i]), "status": s, "date": "2025-01-10"} | some i, s in statuses]
	count(found) == count(statuses)
}

test_passes_for_decided_and_unknown_statuses if {
	count(rule.deny) == 0 with input.today as "2026-11-23"
		with input.adrs as [
			{"file": "1.md", "status": "rejected", "date": "2025-01-10"},
			{"file": "2.md", "status": "on hold", "date": "2025-01-10"},
		]
}
