package wgll.cloud.hosting_region_unconfirmed_test

import data.wgll.cloud.hosting_region_unconfirmed as rule

unresolved := {"provider": "aws", "alias": null, "expression": "var.region", "why": "`var.region` has no default", "file": "api/provider.tf", "used_in": "api/provider.tf", "uses": ["provider aws"]}

unseen := {"provider": "aws", "region": "us-east-1", "written": "us-east-1", "file": "api/provider.tf", "via": "literal", "alias": "use1", "holds": "unseen", "edge_only": false, "used_in": "api/provider.tf", "uses": ["provider aws.use1"], "unseen": ["module.kms"]}

test_fails_for_a_region_given_only_at_run_time if {
	some f in rule.deny with input as {"manifest": null, "observed": {"hosting": {"regions": [], "unresolved": [unresolved]}}}
	f.at == "/observed/hosting/unresolved/0"
	contains(f.msg, "where `provider aws` keeps data")
}

test_passes_when_declared_regions_stand_for_what_the_code_leaves_open if {
	count(rule.deny) == 0 with input as {"manifest": {"hosting": {"regions": ["eu-west-2"]}}, "observed": {"hosting": {"regions": [], "unresolved": [unresolved]}}}
}

test_fails_for_a_provider_passed_only_to_unseen_modules if {
	some f in rule.deny with input as {"manifest": {"hosting": {"regions": ["eu-west-2"]}}, "observed": {"hosting": {"regions": [unseen], "unresolved": []}}}
	f.at == "/observed/hosting/regions/0"
	contains(f.msg, "module.kms")
}

test_passes_for_an_unseen_use_in_an_allowed_region if {
	r := object.union(unseen, {"region": "eu-west-1"})
	count(rule.deny) == 0 with input as {"manifest": null, "observed": {"hosting": {"regions": [r], "unresolved": []}}}
}
