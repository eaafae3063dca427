package wgll.cloud.hosting_regions_undeclared_test

import data.wgll.cloud.hosting_regions_undeclared as rule

region(name, holds) := {"provider": "azurerm", "region": name, "written": name, "file": "tf/variables.tf", "via": "variable default", "alias": null, "holds": holds, "edge_only": false, "used_in": "tf/storage.tf", "uses": ["azurerm_storage_account.a"], "unseen": []}

test_fails_at_the_claim_with_the_code_as_related if {
	findings := rule.deny with input as {"manifest": {"hosting": {"regions": ["uksouth"]}}, "observed": {"hosting": {"regions": [region("uksouth", "data"), region("ukwest", "data"), region("ukwest", "data")]}}}
	count(findings) == 1
	some f in findings
	f.at == "/manifest/hosting/regions"
	f.related[0].at == "/observed/hosting/regions/1"
}

test_passes_when_the_claim_covers_the_code if {
	count(rule.deny) == 0 with input as {"manifest": {"hosting": {"regions": ["uksouth", "ukwest"]}}, "observed": {"hosting": {"regions": [region("ukwest", "data")]}}}
}

test_passes_for_edge_regions_which_need_no_declaring if {
	count(rule.deny) == 0 with input as {"manifest": {"hosting": {"regions": ["uksouth"]}}, "observed": {"hosting": {"regions": [region("useast", "edge")]}}}
}

test_no_declaration_is_another_rule_s if {
	count(rule.deny) == 0 with input as {"manifest": {"hosting": {}}, "observed": {"hosting": {"regions": [region("ukwest", "data")]}}}
}
