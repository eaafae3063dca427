package wgll.cloud.hosting_decision_contradicted_test

import data.wgll.cloud.hosting_decision_contradicted as rule

record(n, title, status, decision, superseded_by) := {
	"file": sprintf("docs/adr/%04d.md", [n]), "number": n, "title": title, "status": status,
	"tags": [], "superseded_by": superseded_by, "sections": {"decision": decision},
}

inp(model, adrs) := {"today": "2026-11-23", "manifest": {"hosting": {"model": model}}, "adrs": adrs, "files": []}

on_prem := record(2, "Host in the trust data centre", "accepted", "Host the portal on the trust's own servers.", [])

aws := record(4, "Host on AWS London region", "accepted", "Host the portal on AWS in eu-west-2.", [])

test_passes_when_the_decision_in_force_matches if {
	count(rule.deny) == 0 with input as inp("public-cloud", [aws])
}

test_passes_when_the_old_decision_is_superseded if {
	old := object.union(on_prem, {"status": "superseded", "superseded_by": [4]})
	count(rule.deny) == 0 with input as inp("public-cloud", [old, aws])
}

test_fails_when_an_accepted_decision_contradicts_the_manifest if {
	findings := rule.deny with input as inp("public-cloud", [on_prem, aws])
	count(findings) == 1
	some f in findings
	f.rule == "CLOUD-11"
	f.at == "/adrs/0/title"
	f.msg == "docs/adr/0002.md, accepted and not superseded, decides on premises, but `hosting.model` is `public-cloud`"
}

test_fails_when_the_manifest_says_on_premises_but_the_decision_is_aws if {
	some f in rule.deny with input as inp("on-premises", [aws])
	f.at == "/adrs/0/title"
}

test_a_move_naming_two_models_is_not_guessed_at if {
	move := record(5, "Move hosting from the data centre to AWS", "accepted", "Migrate from on-premises to AWS.", [])
	count(rule.deny) == 0 with input as inp("on-premises", [move])
}

test_records_not_about_hosting_are_not_read if {
	logs := record(6, "Use CloudWatch for logs", "accepted", "Ship logs to AWS CloudWatch.", [])
	count(rule.deny) == 0 with input as inp("on-premises", [logs])
}

test_a_hybrid_manifest_is_consistent_with_any_decision if {
	count(rule.deny) == 0 with input as inp("hybrid", [on_prem, aws])
}

test_proposed_records_are_not_in_force if {
	proposed := object.union(on_prem, {"status": "proposed"})
	count(rule.deny) == 0 with input as inp("public-cloud", [proposed])
}
