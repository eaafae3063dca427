package wgll.cloud.cloud_risk_class_missing_test

import data.wgll.cloud.cloud_risk_class_missing as rule

test_passes_when_class_4 if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"hosting": {"model": "public-cloud", "provider": "aws", "regions": ["eu-west-2"], "cloud_risk": {"data_risk_class": 4}}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_unrecorded if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"hosting": {"model": "public-cloud", "provider": "aws", "regions": ["eu-west-2"]}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "CLOUD-01"
	f.at == "/manifest/hosting/cloud_risk/data_risk_class"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"hosting": {"model": "public-cloud", "provider": "aws", "regions": ["eu-west-2"]}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_out_of_range if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"hosting": {"model": "public-cloud", "provider": "aws", "regions": ["eu-west-2"], "cloud_risk": {"data_risk_class": 7}}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "CLOUD-01"
	f.at == "/manifest/hosting/cloud_risk/data_risk_class"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"hosting": {"model": "public-cloud", "provider": "aws", "regions": ["eu-west-2"], "cloud_risk": {"data_risk_class": 7}}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_on_premises if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"hosting": {"model": "on-premises"}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
