package wgll.cloud.hosting_region_not_allowed_test

import data.wgll.cloud.hosting_region_not_allowed as rule

test_passes_for_london if {
	count(rule.deny) == 0 with input.manifest.hosting.regions as ["eu-west-2"]
}

test_fails_for_a_us_region if {
	some f in rule.deny with input.manifest.hosting.regions as ["eu-west-2", "us-east-1"]
	f.at == "/manifest/hosting/regions/1"
}

test_regions_not_written_as_a_list_are_left_to_the_schema_rule if {
	count(rule.deny) == 0 with input.manifest.hosting.regions as "us-east-1"
	count(rule.deny) == 0 with input.manifest.hosting.regions as null
	count(rule.deny) == 0 with input.manifest.hosting.regions as 3
	count(rule.deny) == 0 with input.manifest.hosting.regions as {"us-east-1": true}
}

test_follows_the_parameter if {
	count(rule.deny) == 1 with input.manifest.hosting.regions as ["eu-west-1"]
		with data.wgll.params.allowed_regions as ["eu-west-2"]
}

region(name, holds) := {"provider": "aws", "region": name, "written": name, "file": "infra/main.tf", "via": "literal", "alias": null, "holds": holds, "edge_only": holds == "edge", "used_in": "infra/main.tf", "uses": ["aws_s3_bucket.records"], "unseen": []}

test_fails_at_the_terraform_line_for_a_data_region_outside_the_list if {
	some f in rule.deny with input as {"manifest": null, "observed": {"hosting": {"regions": [region("eu-west-2", "data"), region("us-east-1", "data")]}}}
	f.at == "/observed/hosting/regions/1"
	f.related == []
}

test_passes_for_an_edge_only_region if {
	count(rule.deny) == 0 with input as {"manifest": null, "observed": {"hosting": {"regions": [region("eu-west-2", "data"), region("us-east-1", "edge")]}}}
}

test_a_region_from_a_variable_points_at_its_use_too if {
	r := object.union(region("us-west-2", "data"), {"via": "variable default", "file": "infra/variables.tf"})
	some f in rule.deny with input as {"manifest": null, "observed": {"hosting": {"regions": [r]}}}
	f.related[0].at == "/observed/hosting/regions/0/used_in"
}

test_a_declared_region_the_code_shows_is_reported_once_at_the_code if {
	findings := rule.deny with input as {"manifest": {"hosting": {"regions": ["us-east-1"]}}, "observed": {"hosting": {"regions": [region("us-east-1", "data")]}}}
	count(findings) == 1
	some f in findings
	f.at == "/observed/hosting/regions/0"
}

test_passes_for_google_s_eu_multi_region if {
	eu := object.union(region("eu", "data"), {"provider": "google", "written": "EU"})
	count(rule.deny) == 0 with input as {"manifest": null, "observed": {"hosting": {"regions": [eu]}}}
}

test_passes_for_adequate_countries_outside_the_eea if {
	# Switzerland, Japan, the Republic of Korea, Canada, Israel: UK adequacy regulations.
	count(rule.deny) == 0 with input.manifest.hosting.regions as ["eu-central-2", "switzerlandnorth", "ap-northeast-1", "koreacentral", "ca-central-1", "il-central-1"]
}

bridge := {"recipient": "Example Analytics Inc.", "uk_extension": true, "checked": "2026-11-01"}

test_passes_for_a_us_region_with_the_data_bridge_certification_recorded if {
	count(rule.deny) == 0 with input.manifest.hosting as {"regions": ["us-east-1"], "data_bridge": bridge}
}

test_fails_for_a_us_region_without_the_certification if {
	findings := rule.deny with input.manifest.hosting as {"regions": ["us-east-1"]}
	count(findings) == 1
	some f in findings
	contains(f.msg, "UK Extension")
}

test_fails_for_a_us_region_when_the_recipient_is_not_certified_for_the_uk if {
	no_extension := object.union(bridge, {"uk_extension": false})
	count(rule.deny) == 1 with input.manifest.hosting as {"regions": ["us-east-1"], "data_bridge": no_extension}
	undated := object.remove(bridge, ["checked"])
	count(rule.deny) == 1 with input.manifest.hosting as {"regions": ["us-east-1"], "data_bridge": undated}
}

test_the_data_bridge_does_not_open_other_countries if {
	count(rule.deny) == 1 with input.manifest.hosting as {"regions": ["ap-south-1"], "data_bridge": bridge}
}

test_passes_for_non_personal_content_on_a_global_cdn if {
	hosting := {
		"regions": ["eu-west-2", "us-east-1"],
		"stores": [
			{"name": "patient records database", "region": "eu-west-2", "holds": "health-and-care-data"},
			{"name": "public site CDN origin", "region": "us-east-1", "holds": "non-personal"},
			{"name": "CDN", "region": "global", "holds": "non-personal"},
		],
	}
	count(rule.deny) == 0 with input.manifest.hosting as hosting
	count(rule.deny) == 0 with input as {"manifest": {"hosting": hosting}, "observed": {"hosting": {"regions": [region("us-east-1", "data")]}}}
}

test_fails_for_health_data_on_a_global_cdn if {
	hosting := {"regions": ["eu-west-2"], "stores": [{"name": "CDN cache of results", "region": "global", "holds": "health-and-care-data"}]}
	some f in rule.deny with input.manifest.hosting as hosting
	f.at == "/manifest/hosting/stores/0/region"
}

test_fails_when_a_region_holds_personal_data_beside_non_personal_content if {
	hosting := {"regions": ["us-east-1"], "stores": [
		{"name": "site assets", "region": "us-east-1", "holds": "non-personal"},
		{"name": "feedback form submissions", "region": "us-east-1", "holds": "personal-data"},
	]}
	count(rule.deny) == 1 with input.manifest.hosting as hosting
}
