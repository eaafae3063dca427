package wgll.clinical_safety.safety_case_release_outdated_test

import data.wgll.clinical_safety.safety_case_release_outdated as rule

inp(service, clinical) := {"today": "2026-11-23", "manifest": {"service": service, "clinical_safety": clinical}, "files": []}

test_passes_when_the_report_covers_the_release_in_use if {
	count(rule.deny) == 0 with input as inp({"phase": "live", "release": "3.4.0"}, {"applicable": true, "safety_case_release": "3.4.0"})
}

test_fails_when_the_report_is_for_an_earlier_release if {
	some f in rule.deny with input as inp({"phase": "live", "release": "3.5.0"}, {"applicable": true, "safety_case_release": "3.4.0"})
	f.rule == "CS-10"
	f.msg == "the safety case report covers release `3.4.0` but release `3.5.0` is in use"
}

test_fails_when_the_release_covered_is_not_given if {
	some f in rule.deny with input as inp({"phase": "beta", "release": "1.2"}, {"applicable": true})
	f.at == "/manifest/clinical_safety/safety_case_release"
}

test_silent_without_a_release_before_beta_or_for_a_deployer_only if {
	count(rule.deny) == 0 with input as inp({"phase": "live"}, {"applicable": true})
	count(rule.deny) == 0 with input as inp({"phase": "alpha", "release": "0.3"}, {"applicable": true, "safety_case_release": "0.1"})
	count(rule.deny) == 0 with input as inp({"phase": "live", "release": "2.0"}, {"applicable": true, "roles": ["deployer"]})
	count(rule.deny) == 0 with input as inp({"phase": "live", "release": "2.0"}, {"applicable": false})
}
