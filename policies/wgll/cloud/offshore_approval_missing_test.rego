package wgll.cloud.offshore_approval_missing_test

import data.wgll.cloud.offshore_approval_missing as rule

test_passes_when_hosted_in_london if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": true}, "hosting": {"model": "public-cloud", "provider": "aws", "regions": ["eu-west-2"]}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_hosted_in_ireland if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": true}, "hosting": {"model": "public-cloud", "provider": "aws", "regions": ["eu-west-1"]}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "CLOUD-03"
	f.at == "/manifest/hosting/regions/0"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": true}, "hosting": {"model": "public-cloud", "provider": "aws", "regions": ["eu-west-1"]}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_approved if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": true}, "hosting": {"model": "public-cloud", "provider": "aws", "regions": ["eu-west-1"], "offshore_approval": {"siro": "Kim Ray", "date": "2026-01-10"}}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_no_personal_data if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": false}, "hosting": {"model": "public-cloud", "provider": "aws", "regions": ["eu-west-1"]}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}

observed_region(name) := {"provider": "aws", "region": name, "written": name, "file": "infra/env/prod.tfvars", "via": "tfvars", "alias": null, "holds": "data", "edge_only": false, "used_in": "infra/providers.tf", "uses": ["provider aws"], "unseen": []}

test_fails_at_the_code_for_an_undeclared_region_outside_the_uk if {
	some f in rule.deny with input as {"today": "2026-11-23", "manifest": {"data_protection": {"personal_data": true}, "hosting": {"regions": ["eu-west-2"]}}, "observed": {"hosting": {"regions": [observed_region("eu-west-2"), observed_region("eu-west-1")]}}}
	f.at == "/observed/hosting/regions/1"
}

test_a_declared_region_is_reported_once_at_the_claim if {
	findings := rule.deny with input as {"today": "2026-11-23", "manifest": {"data_protection": {"personal_data": true}, "hosting": {"regions": ["eu-west-1"]}}, "observed": {"hosting": {"regions": [observed_region("eu-west-1")]}}}
	count(findings) == 1
	some f in findings
	f.at == "/manifest/hosting/regions/0"
}

test_fails_when_the_named_document_is_not_in_the_repository if {
	some f in data.wgll.cloud.offshore_approval_missing.deny with input as {"today": "2026-11-23", "manifest": {"hosting": {"offshore_approval": {"transfer_risk_assessment": "docs/evidence.md"}}}, "files": ["README.md"], "folders": []}
	f.rule == "CLOUD-03"
	f.at == "/manifest/hosting/offshore_approval/transfer_risk_assessment"
	contains(f.msg, "`docs/evidence.md`, which is not in the repository")
}

test_passes_when_the_named_document_is_there if {
	findings := data.wgll.cloud.offshore_approval_missing.deny with input as {
		"today": "2026-11-23", "manifest": {"hosting": {"offshore_approval": {"transfer_risk_assessment": "docs/evidence.md"}}},
		"files": ["docs/evidence.md"], "folders": ["docs"],
		"observed": {"evidence": {"docs/evidence.md": {"hollow": false}}},
	}
	every f in findings {
		f.at != "/manifest/hosting/offshore_approval/transfer_risk_assessment"
	}
}

store_input(store, approval) := {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": true}, "hosting": object.union({"model": "public-cloud", "provider": "aws", "regions": ["eu-west-2"], "stores": [store]}, approval)}, "files": [], "adrs": [], "documents": {}}

test_fails_for_a_store_of_health_data_outside_the_uk if {
	findings := rule.deny with input as store_input({"name": "backups", "region": "eu-west-1", "holds": "health-and-care-data"}, {})
	count(findings) == 1
	some f in findings
	f.at == "/manifest/hosting/stores/0/region"
	contains(f.msg, "backups holds data in region `eu-west-1`")
}

test_silent_for_a_store_of_non_personal_content_outside_the_uk if {
	count(rule.deny) == 0 with input as store_input({"name": "cdn", "region": "us-east-1", "holds": "non-personal"}, {})
}

test_silent_for_a_store_outside_the_uk_the_siro_approved if {
	count(rule.deny) == 0 with input as store_input({"name": "backups", "region": "eu-west-1", "holds": "personal-data"}, {"offshore_approval": {"siro": "Kim Ray", "date": "2026-01-10"}})
}
