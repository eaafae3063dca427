package wgll.security.incident_response_missing_test

import data.wgll.security.incident_response_missing as rule

complete := {"plan": "docs/security/incident-response.md", "breach_reporting": "The DPO reports to the ICO within 72 hours", "dspt_reporting": true}

inp(response) := {
	"today": "2026-11-23",
	"manifest": {
		"service": {"phase": "live"},
		"data_protection": {"personal_data": true},
		"security": {"dspt": {"status": "standards-met"}, "incident_response": response},
	},
	"files": ["docs/security/incident-response.md"], "folders": ["docs", "docs/security"],
}

test_passes_with_a_plan_a_breach_route_and_dspt_reporting if {
	count(rule.deny) == 0 with input as inp(complete)
}

test_fails_with_no_plan if {
	some f in rule.deny with input as inp(object.remove(complete, ["plan"]))
	f.rule == "SEC-20"
	f.at == "/manifest/security/incident_response/plan"
}

test_fails_with_no_route_to_the_ico if {
	findings := rule.deny with input as inp(object.remove(complete, ["breach_reporting"]))
	count(findings) == 1
	some f in findings
	f.at == "/manifest/security/incident_response/breach_reporting"
}

test_fails_when_a_dspt_organisation_does_not_report_through_it if {
	some f in rule.deny with input as inp(object.union(complete, {"dspt_reporting": false}))
	f.at == "/manifest/security/incident_response/dspt_reporting"
}

test_fails_when_the_plan_named_is_not_in_the_repository if {
	some f in rule.deny with input as inp(object.union(complete, {"plan": "docs/ir.md"}))
	contains(f.msg, "not in the repository")
}

test_passes_without_personal_data_or_dspt_for_a_plan_alone if {
	count(rule.deny) == 0 with input as {
		"today": "2026-11-23",
		"manifest": {"service": {"phase": "beta"}, "data_protection": {"personal_data": false}, "security": {"incident_response": {"plan": "https://nhs.example/ir"}}},
		"files": [],
	}
}

test_silent_before_beta if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "alpha"}}, "files": []}
}

test_silent_for_a_shared_library if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "live", "kind": "library"}, "data_protection": {"personal_data": true}}, "files": []}
}
