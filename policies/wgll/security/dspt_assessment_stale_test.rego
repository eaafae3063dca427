package wgll.security.dspt_assessment_stale_test

import data.wgll.security.dspt_assessment_stale as rule

doc(today, assessed) := {"today": today, "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": true}, "security": {"dspt": {"assessed": assessed}}}, "files": [], "adrs": [], "documents": {}}

test_passes_when_assessed_in_june if {
	count(rule.deny) == 0 with input as doc("2026-11-23", "2026-06-30")
}

test_passes_until_the_next_period_s_deadline if {
	# Published for 2024-25 on 30 June 2025: current until 30 June 2026 (and the grace).
	count(rule.deny) == 0 with input as doc("2026-06-30", "2025-06-30")
	count(rule.deny) == 0 with input as doc("2026-07-30", "2025-06-30")
}

test_passes_for_an_early_publication_longer_than_thirteen_months_ago if {
	# Published on 1 July 2025, so for 2025-26: the next is due by 30 June 2027.
	count(rule.deny) == 0 with input as doc("2026-12-01", "2025-07-01")
}

test_fails_once_the_next_deadline_and_grace_have_passed if {
	findings := rule.deny with input as doc("2026-07-31", "2025-06-30")
	count(findings) == 1
	some f in findings
	f.rule == "SEC-07"
	f.at == "/manifest/security/dspt/assessed"
	contains(f.msg, "2024-25 period")
	contains(f.msg, "due by 2026-06-30")
}

test_fails_when_assessed_two_years_ago if {
	count(rule.deny) == 1 with input as doc("2026-11-23", "2024-11-01")
}

test_follows_the_grace_parameter if {
	count(rule.deny) == 1 with input as doc("2026-07-01", "2025-06-30") with data.wgll.params.dspt_grace_days as 0
}

test_silent_when_no_personal_data if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": false}, "security": {"dspt": {"assessed": "2020-06-30"}}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
