package wgll.cloud.cloud_plan_missing_test

import data.wgll.cloud.cloud_plan_missing as rule

record(file, title, status, tags) := {"file": file, "number": 4, "title": title, "status": status, "tags": tags, "superseded_by": [], "sections": {"decision": "Host on AWS in eu-west-2."}}

inp(hosting, adrs) := {
	"today": "2026-11-23",
	"manifest": {"service": {"phase": "beta"}, "hosting": hosting},
	"adrs": adrs,
	"files": ["docs/adr/0004-host-on-aws.md", "docs/hosting/cloud-plan.md", "docs/hosting/business-case.md"],
	"folders": ["docs", "docs/adr", "docs/hosting"],
}

aws_adr := record("docs/adr/0004-host-on-aws.md", "Host on AWS London", "accepted", [])

test_passes_in_public_cloud_with_the_accepted_decision_named if {
	count(rule.deny) == 0 with input as inp({"model": "public-cloud", "cloud_plan": "docs/adr/0004-host-on-aws.md"}, [aws_adr])
}

test_passes_in_public_cloud_with_an_accepted_record_tagged_hosting if {
	adr := record("docs/adr/0004-platform.md", "Platform choice", "accepted", ["hosting"])
	count(rule.deny) == 0 with input as inp({"model": "public-cloud"}, [adr])
}

test_passes_in_public_cloud_with_the_decision_kept_at_an_address if {
	count(rule.deny) == 0 with input as inp({"model": "public-cloud", "cloud_plan": "https://nhs.example/adr/hosting"}, [])
}

test_fails_in_public_cloud_with_no_decision_record if {
	some f in rule.deny with input as inp({"model": "public-cloud"}, [])
	f.rule == "CLOUD-10"
	f.at == "/manifest/hosting/cloud_plan"
}

test_fails_in_public_cloud_when_the_plan_is_a_document_not_a_decision if {
	some f in rule.deny with input as inp({"model": "public-cloud", "cloud_plan": "docs/hosting/cloud-plan.md"}, [])
	contains(f.msg, "no accepted decision record")
}

test_fails_when_the_plan_names_a_proposed_decision if {
	adr := record("docs/adr/0004-host-on-aws.md", "Host on AWS London", "proposed", [])
	findings := rule.deny with input as inp({"model": "public-cloud", "cloud_plan": "docs/adr/0004-host-on-aws.md"}, [adr])
	count(findings) == 1
	some f in findings
	f.msg == "`hosting.cloud_plan` names docs/adr/0004-host-on-aws.md, a decision that is `proposed`, not accepted"
}

# A superseded record named as the plan is ADR-08's to report, when the
# record that replaced it is an accepted hosting decision.
test_a_superseded_plan_is_left_to_adr_08 if {
	old := record("docs/adr/0004-host-on-aws.md", "Host on AWS London", "superseded", [])
	new := record("docs/adr/0007-host-on-azure.md", "Host on Azure UK South", "accepted", [])
	count(rule.deny) == 0 with input as inp({"model": "public-cloud", "cloud_plan": "docs/adr/0004-host-on-aws.md"}, [old, new])
}

test_fails_on_premises_with_neither_plan_nor_exception if {
	some f in rule.deny with input as inp({"model": "on-premises"}, [])
	f.at == "/manifest/hosting/model"
	contains(f.msg, "hosted `on-premises`")
}

test_passes_on_premises_with_a_plan_to_move if {
	count(rule.deny) == 0 with input as inp({"model": "on-premises", "cloud_plan": "docs/hosting/cloud-plan.md"}, [])
}

test_passes_on_premises_with_a_justified_exception if {
	exception := {"reason": "The PACS archive needs the trust's imaging network", "decision": "docs/hosting/business-case.md", "approved_by": "SIRO", "date": "2026-03-01"}
	count(rule.deny) == 0 with input as inp({"model": "on-premises", "cloud_exception": exception}, [])
}

test_fails_for_an_exception_without_a_reason_or_approval if {
	some f in rule.deny with input as inp({"model": "private-cloud", "cloud_exception": {"decision": "docs/hosting/business-case.md"}}, [])
	f.at == "/manifest/hosting/cloud_exception"
	contains(f.msg, "`reason`, `approved_by`")
}

test_fails_when_the_plan_named_is_not_in_the_repository if {
	some f in rule.deny with input as inp({"model": "hybrid", "cloud_plan": "docs/hosting/move.md"}, [])
	f.at == "/manifest/hosting/cloud_plan"
	contains(f.msg, "not in the repository")
}

test_silent_in_discovery_and_without_a_model if {
	count(rule.deny) == 0 with input as object.union(inp({"model": "on-premises"}, []), {"manifest": {"service": {"phase": "discovery"}, "hosting": {"model": "on-premises"}}})
	count(rule.deny) == 0 with input as inp({}, [])
}
