package wgll.lib.schema_test

import data.wgll.lib

deep := {"properties": {"a": {"properties": {"b": {"items": {"properties": {"c": {"additionalProperties": {"properties": {"d": {"items": {"type": "string"}}}}}}}}}}}}

test_schema_for_follows_properties_items_and_maps_six_deep if {
	lib.schema_for([]).properties.a.properties.b.items with data.wgll.schema as deep
	lib.schema_for(["a", "b", 0, "c", "any"]).properties.d.items.type == "string" with data.wgll.schema as deep
	lib.schema_for(["a", "b", 0, "c", "any", "d"]).items.type == "string" with data.wgll.schema as deep
	not lib.schema_for(["a", "x"]) with data.wgll.schema as deep
}

test_schema_for_the_real_schema if {
	lib.schema_for(["service", "phase"]).enum[0] == "discovery"
	lib.schema_for(["technology", "components", 3, "eol"]).format == "date"
}
