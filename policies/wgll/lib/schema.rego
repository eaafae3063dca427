# The manifest's JSON Schema (policies/wgll/schema/data.json, at
# data.wgll.schema), walked alongside the manifest: the schema of the node at
# any path. WL-06 validates against it; WL-07 reads which fields name
# evidence (`x-wgll-evidence`).
package wgll.lib

schema := data.wgll.schema

# The schema of a child: a property, a map's value, or a list's item.
schema_step(s, key) := s.properties[key] if is_string(key)

schema_step(s, key) := s.additionalProperties if {
	is_string(key)
	not s.properties[key]
	is_object(s.additionalProperties)
}

schema_step(s, i) := s.items if is_number(i)


# Every node of the manifest the schema knows, as [path, value, schema]:
# built once per evaluation and shared by WL-06's checks and WL-07, instead
# of each walking the manifest and the schema again. Level by level, each
# node's schema one step from its parent's (schema_for from the root at
# every node costs a call per step). An array, not a set, so that no subtree
# is hashed.
schema_level0 := [[[], input.manifest, schema]] if {
	input.manifest != null
} else := []

schema_level1 := schema_children(schema_level0)

schema_level2 := schema_children(schema_level1)

schema_level3 := schema_children(schema_level2)

schema_level4 := schema_children(schema_level3)

schema_level5 := schema_children(schema_level4)

schema_level6 := schema_children(schema_level5)

manifest_nodes := array.concat(array.concat(array.concat(schema_level0, schema_level1), array.concat(schema_level2, schema_level3)), array.concat(array.concat(schema_level4, schema_level5), schema_level6))

# The children the schema knows of every [path, value, schema] node of a
# level: schema_step spelt out inline, objects' members then arrays' items
# (a call per child, trying each of its bodies, cost more than the walk).
schema_children(level) := array.concat(
	[[array.concat(path, [key]), child, s] |
		some [path, value, parent] in level
		is_object(value)
		is_object(parent)
		properties := object.get(parent, "properties", {})
		extra := object.get(parent, "additionalProperties", null)
		some key, child in value
		is_string(key)
		s := object.get(properties, key, extra)
		is_object(s)
	],
	[[array.concat(path, [i]), child, s] |
		some [path, value, parent] in level
		is_array(value)
		s := parent.items
		some i, child in value
	],
)
