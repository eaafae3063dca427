package wgll.cloud.hosting_region_not_allowed_test

import data.wgll.cloud.hosting_region_not_allowed as rule

test_passes_for_london if {
	count(rule.deny) == 0 with input.manifest.hosting.regions as ["eu-west-2"]
}

test_fails_for_a_us_region if {
	some f in rule.deny with input.manifest.hosting.regions as ["eu-west-2", "us-east-1"]
	f.at == "/manifest/hosting/regions/1"
}

test_follows_the_parameter if {
	count(rule.deny) == 1 with input.manifest.hosting.regions as ["eu-west-1"]
		with data.wgll.params.allowed_regions as ["eu-west-2"]
}
