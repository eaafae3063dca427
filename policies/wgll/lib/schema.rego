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

# The schema of the node at a path. Rego has no recursion, so each depth is
# spelt out; the schema is at most six levels deep (a test keeps it so).
schema_for(path) := schema if count(path) == 0

schema_for(path) := schema_step(schema, path[0]) if count(path) == 1

schema_for(path) := schema_step(schema_step(schema, path[0]), path[1]) if count(path) == 2

schema_for(path) := s if {
	count(path) == 3
	s := schema_step(schema_step(schema_step(schema, path[0]), path[1]), path[2])
}

schema_for(path) := s if {
	count(path) == 4
	s := schema_step(schema_step(schema_step(schema_step(schema, path[0]), path[1]), path[2]), path[3])
}

schema_for(path) := s if {
	count(path) == 5
	s4 := schema_step(schema_step(schema_step(schema_step(schema, path[0]), path[1]), path[2]), path[3])
	s := schema_step(s4, path[4])
}

schema_for(path) := s if {
	count(path) == 6
	s4 := schema_step(schema_step(schema_step(schema_step(schema, path[0]), path[1]), path[2]), path[3])
	s := schema_step(schema_step(s4, path[4]), path[5])
}

# Every node of the manifest the schema knows, as [path, value, schema]:
# walked once per evaluation and shared by WL-06's checks and WL-07, instead
# of each walking the manifest and the schema again. An array, not a set, so
# that no subtree is hashed.
manifest_nodes := [[path, value, s] |
	input.manifest != null
	walk(input.manifest, [path, value])
	s := schema_for(path)
]
