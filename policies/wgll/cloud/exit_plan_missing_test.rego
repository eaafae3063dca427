package wgll.cloud.exit_plan_missing_test

import data.wgll.cloud.exit_plan_missing as rule

test_passes_when_planned if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"hosting": {"model": "public-cloud", "provider": "aws", "regions": ["eu-west-2"], "exit_plan": "docs/hosting/exit-plan.md"}}, "files": [], "adrs": [], "documents": {}}
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
