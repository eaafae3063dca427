package wgll.manifest.date_in_future_test

import data.wgll.manifest.date_in_future as rule

doc(manifest) := {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": manifest, "files": [], "adrs": [], "documents": {}}

test_passes_for_dates_today_and_before if {
	count(rule.deny) == 0 with input as doc({"security": {"penetration_test": {"date": "2026-11-23"}, "dspt": {"assessed": "2026-06-30"}}})
}

test_passes_for_expiry_and_funding_dates_ahead if {
	count(rule.deny) == 0 with input as doc({
		"security": {"cyber_essentials": {"expires": "2027-05-01"}},
		"data_protection": {"ico_registration": {"expires": "2027-03-31"}},
		"governance": {"funding": {"sustainable_until": "2029-03-31"}},
	})
}

test_fails_for_a_penetration_test_dated_tomorrow if {
	findings := rule.deny with input as doc({"security": {"penetration_test": {"date": "2026-11-24"}}})
	count(findings) == 1
	some f in findings
	f.rule == "WL-12"
	f.at == "/manifest/security/penetration_test/date"
	contains(f.msg, "the penetration test is dated 2026-11-24")
}

test_fails_for_each_future_assessment_and_approval if {
	findings := rule.deny with input as doc({
		"data_protection": {"dpia": {"date": "2027-01-01"}},
		"hosting": {"offshore_approval": {"date": "2027-01-01"}},
		"compliance": {"service_assessment": {"date": "2030-01-01"}},
	})
	{f.at | some f in findings} == {"/manifest/data_protection/dpia/date", "/manifest/hosting/offshore_approval/date", "/manifest/compliance/service_assessment/date"}
}

test_silent_for_dates_that_are_not_dates if {
	count(rule.deny) == 0 with input as doc({"security": {"penetration_test": {"date": "next spring"}, "dspt": "2027"}})
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as doc(null)
}
