package wgll.lib.schema_test

import data.wgll.lib

deep := {"properties": {"a": {"properties": {"b": {"items": {"properties": {"c": {"additionalProperties": {"properties": {"d": {"items": {"type": "string"}}}}}}}}}}}}

deep_manifest := {"a": {"b": [{"c": {"any": {"d": ["x"]}}}]}, "x": 1}

schema_at(path) := s if {
	some [p, _, s] in lib.manifest_nodes with data.wgll.schema as deep with input.manifest as deep_manifest
	p == path
}

test_manifest_nodes_follow_properties_items_and_maps_six_deep if {
	schema_at([]).properties.a.properties.b.items
	schema_at(["a", "b", 0, "c", "any"]).properties.d.items.type == "string"
	schema_at(["a", "b", 0, "c", "any", "d"]).items.type == "string"
	not schema_at(["x"])
}

test_manifest_nodes_go_no_deeper_than_six if {
	not schema_at(["a", "b", 0, "c", "any", "d", 0])
}

test_manifest_nodes_the_real_schema if {
	nodes := lib.manifest_nodes with input.manifest as {"service": {"phase": "alpha"}, "technology": {"components": [{"eol": "2030-01-01"}]}}
	some [["service", "phase"], "alpha", phase] in nodes
	phase.enum[0] == "discovery"
	some [["technology", "components", 0, "eol"], _, eol] in nodes
	eol.format == "date"
}

test_manifest_nodes_empty_without_a_manifest if {
	count(lib.manifest_nodes) == 0 with input.manifest as null
}
