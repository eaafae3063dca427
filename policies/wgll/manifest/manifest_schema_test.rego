package wgll.manifest.manifest_schema_test

import data.wgll.manifest.manifest_schema

good := {"wgll": 1, "service": {"phase": "beta"}, "hosting": {"model": "public-cloud"}, "accessibility": {"last_audit": "2026-02-01"}}

test_passes_for_a_valid_manifest if {
	count(manifest_schema.deny) == 0 with input.manifest as good
}

test_fails_for_an_unknown_phase if {
	some f in manifest_schema.deny with input.manifest as object.union(good, {"service": {"phase": "gamma"}})
	f.at == "/manifest/service/phase"
	contains(f.msg, "gamma")
}

test_fails_for_an_unknown_section if {
	some f in manifest_schema.deny with input.manifest as object.union(good, {"hostng": {}})
	f.at == "/manifest/hostng"
}

test_fails_for_a_date_in_another_form if {
	some f in manifest_schema.deny with input.manifest as object.union(good, {"accessibility": {"last_audit": "01/02/2026"}})
	f.at == "/manifest/accessibility/last_audit"
}

test_fails_without_a_schema_version if {
	some f in manifest_schema.deny with input.manifest as object.remove(good, ["wgll"])
	f.at == "/manifest/wgll"
}

test_fails_for_a_manifest_that_is_not_a_mapping if {
	some f in manifest_schema.deny with input.manifest as ["a"]
	f.at == "/manifest"
}

# One finding, at one place, for a manifest with one thing wrong.
only_at(m, at) if {
	findings := manifest_schema.deny with input.manifest as m
	count(findings) == 1
	some f in findings
	f.rule == "WL-06"
	f.at == at
}

test_fails_for_an_unknown_nested_field if {
	only_at(object.union(good, {"service": {"phase": "beta", "phse": "live"}}), "/manifest/service/phse")
}

test_fails_for_a_value_of_the_wrong_type if {
	only_at(object.union(good, {"data_protection": {"personal_data": "yes"}}), "/manifest/data_protection/personal_data")
}

test_fails_for_a_list_item_of_the_wrong_type if {
	only_at(object.union(good, {"hosting": {"regions": ["eu-west-2", 7]}}), "/manifest/hosting/regions/1")
}

test_fails_for_an_unknown_field_inside_a_list_item if {
	m := object.union(good, {"technology": {"components": [{"name": "nodejs", "eol": "2028-04-30", "eoll": "x"}]}})
	only_at(m, "/manifest/technology/components/0/eoll")
}

test_fails_for_a_wrong_schema_version if {
	only_at(object.union(good, {"wgll": 2}), "/manifest/wgll")
}

test_fails_for_a_pattern_mismatch if {
	only_at(object.union(good, {"service": {"phase": "beta", "ods_code": "rxx 00"}}), "/manifest/service/ods_code")
}

test_fails_for_an_empty_string if {
	only_at(object.union(good, {"service": {"phase": "beta", "name": ""}}), "/manifest/service/name")
}

test_fails_below_the_minimum_and_above_the_maximum if {
	only_at(object.union(good, {"hosting": {"disaster_recovery": {"rto_hours": -1}}}), "/manifest/hosting/disaster_recovery/rto_hours")
	only_at(object.union(good, {"hosting": {"cloud_risk": {"data_risk_class": 6}}}), "/manifest/hosting/cloud_risk/data_risk_class")
}

test_an_integer_field_refuses_a_fraction if {
	only_at(object.union(good, {"hosting": {"cloud_risk": {"data_risk_class": 2.5}}}), "/manifest/hosting/cloud_risk/data_risk_class")
}

test_fails_for_a_missing_required_nested_field if {
	schema := {"type": "object", "required": ["wgll"], "properties": {"wgll": {"const": 1}, "a": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}}}
	findings := manifest_schema.deny with input.manifest as {"wgll": 1, "a": {}} with data.wgll.schema as schema
	some f in findings
	f.at == "/manifest/a/name"
}

test_a_map_of_values_follows_additional_properties if {
	schema := {"type": "object", "properties": {"wgll": {"const": 1}, "tags": {"type": "object", "additionalProperties": {"type": "string"}}}}
	count(manifest_schema.deny) == 0 with input.manifest as {"wgll": 1, "tags": {"a": "x"}} with data.wgll.schema as schema
	some f in manifest_schema.deny with input.manifest as {"wgll": 1, "tags": {"a": 1}} with data.wgll.schema as schema
	f.at == "/manifest/tags/a"
}

test_silent_without_a_manifest if {
	count(manifest_schema.deny) == 0 with input.manifest as null
}

# The schema stays within what WL-06 implements (and within six levels), so
# an editor and wgll never disagree about a manifest.
supported := {
	"$schema", "$id", "title", "description", "type", "properties", "additionalProperties",
	"items", "required", "enum", "const", "format", "pattern", "minLength", "minimum",
	"maximum", "x-wgll-evidence",
}

test_the_schema_uses_only_supported_keywords if {
	used := {k |
		walk(data.wgll.schema, [path, node])
		is_object(node)
		not path[count(path) - 1] == "properties"
		some k, _ in node
	}
	count(used - supported) == 0
}

test_the_schema_is_at_most_six_levels_deep if {
	depths := {count([p | some p in path; not p in {"properties", "items"}]) |
		walk(data.wgll.schema, [path, _])
	}
	max(depths) <= 7
}

test_a_placeholder_is_left_to_wl_09_not_reported_as_a_wrong_type if {
	count(manifest_schema.deny) == 0 with input as {
		"manifest": {"wgll": 1, "service": {"phase": "TODO: discovery, alpha, beta, live or retiring"}},
		"files": [],
	}
}
