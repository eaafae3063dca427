package wgll.cloud.exit_plan_missing_test

import data.wgll.cloud.exit_plan_missing as rule

test_passes_when_planned if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"hosting": {"model": "public-cloud", "provider": "aws", "regions": ["eu-west-2"], "exit_plan": "docs/hosting/exit-plan.md"}}, "files": ["docs/hosting/exit-plan.md"], "adrs": [], "documents": {}}
}

test_fails_when_absent if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"hosting": {"model": "public-cloud", "provider": "aws", "regions": ["eu-west-2"]}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "CLOUD-05"
	f.at == "/manifest/hosting/exit_plan"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"hosting": {"model": "public-cloud", "provider": "aws", "regions": ["eu-west-2"]}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_on_premises if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"hosting": {"model": "on-premises"}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_in_discovery if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"service": {"phase": "discovery"}, "hosting": {"model": "public-cloud", "provider": "aws", "regions": ["eu-west-2"]}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_the_named_document_is_not_in_the_repository if {
	some f in data.wgll.cloud.exit_plan_missing.deny with input as {"today": "2026-11-23", "manifest": {"hosting": {"exit_plan": "docs/evidence.md"}}, "files": ["README.md"], "folders": []}
	f.rule == "CLOUD-05"
	f.at == "/manifest/hosting/exit_plan"
	contains(f.msg, "`docs/evidence.md`, which is not in the repository")
}

test_passes_when_the_named_document_is_there if {
	findings := data.wgll.cloud.exit_plan_missing.deny with input as {
		"today": "2026-11-23", "manifest": {"hosting": {"exit_plan": "docs/evidence.md"}},
		"files": ["docs/evidence.md"], "folders": ["docs"],
		"observed": {"evidence": {"docs/evidence.md": {"hollow": false}}},
	}
	every f in findings {
		f.at != "/manifest/hosting/exit_plan"
	}
}
