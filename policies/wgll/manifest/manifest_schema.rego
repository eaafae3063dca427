# METADATA
# title: The manifest follows the wgll.yaml schema
# description: >-
#   Every rule reads the manifest, so a misspelt field, an unknown phase or a
#   date written another way would make rules silently pass or fail. The
#   manifest is checked against the published JSON Schema
#   (policies/wgll/schema/data.json): known fields only, each of its type,
#   enumerated fields with one of their values, dates as YYYY-MM-DD.
# related_resources:
#   - ref: https://json-schema.org/draft/2020-12/json-schema-validation
#     description: JSON Schema validation (the subset wgll.yaml uses)
#   - ref: https://www.gov.uk/service-manual/agile-delivery
#     description: GOV.UK Service Manual, agile delivery phases
# custom:
#   id: WL-06
#   severity: error
#   measure: well_led
#   remediation: >-
#     Correct the marked field. Editors validate wgll.yaml as you type when
#     given the schema (policies/wgll/schema/data.json).
package wgll.manifest.manifest_schema

import data.wgll.lib

name(path) := "the manifest" if count(path) == 0

name(path) := concat(".", [sprintf("%v", [p]) | some p in path]) if count(path) > 0

# JSON Schema type names a value satisfies.
types(v) := {"integer", "number"} if {
	is_number(v)
	v == round(v)
}

types(v) := {"number"} if {
	is_number(v)
	v != round(v)
}

types(v) := {type_name(v)} if not is_number(v)

allowed_types(s) := {t | some t in s.type} if is_array(s.type)

allowed_types(s) := {s.type} if is_string(s.type)

deny contains finding if {
	some [path, value, s] in lib.manifest_nodes
	count(path) > 0
	is_object(value)
	some key in s.required
	not key in object.keys(value)
	finding := {
		"rule": "WL-06",
		"msg": sprintf("%s has no `%s`, which it needs", [name(path), key]),
		"at": lib.pointer("/manifest", array.concat(path, [key])),
	}
}

deny contains finding if {
	is_object(input.manifest)
	some key in lib.schema.required
	not key in object.keys(input.manifest)
	finding := {"rule": "WL-06", "msg": sprintf("the manifest does not say which schema it follows: add `%s: 1`", [key]), "at": lib.pointer("/manifest", [key])}
}

deny contains finding if {
	some [path, value, s] in lib.manifest_nodes
	is_object(value)
	s.additionalProperties == false
	known := object.keys(object.get(s, "properties", {}))
	some key, _ in value
	not key in known
	finding := {
		"rule": "WL-06",
		"msg": sprintf("%s has no field `%s` (known: %s)", [name(path), key, concat(", ", sort(object.keys(s.properties)))]),
		"at": lib.pointer("/manifest", array.concat(path, [key])),
	}
}

deny contains finding if {
	some [path, value, s] in lib.manifest_nodes
	# Cheapest first: this runs for every node of the manifest, and most
	# schemas name one type, the node's own.
	not type_name(value) == s.type
	wanted := allowed_types(s)
	not type_name(value) in wanted
	count(wanted & types(value)) == 0
	not lib.is_placeholder(value)
	finding := {
		"rule": "WL-06",
		"msg": sprintf("%s must be %s, not %s", [name(path), concat(" or ", sort(wanted)), type_name(value)]),
		"at": lib.pointer("/manifest", path),
	}
}

deny contains finding if {
	some [path, value, s] in lib.manifest_nodes
	is_array(s.enum)
	not value in s.enum
	not lib.is_placeholder(value)
	finding := {
		"rule": "WL-06",
		"msg": sprintf("%s `%v` is not one of %s", [name(path), value, concat(", ", [sprintf("%v", [e]) | some e in s.enum])]),
		"at": lib.pointer("/manifest", path),
	}
}

deny contains finding if {
	some [path, value, s] in lib.manifest_nodes
	"const" in object.keys(s)
	value != s.const
	not lib.is_placeholder(value)
	finding := {
		"rule": "WL-06",
		"msg": sprintf("%s `%v` must be %v", [name(path), value, s.const]),
		"at": lib.pointer("/manifest", path),
	}
}

deny contains finding if {
	some [path, value, s] in lib.manifest_nodes
	s.format == "date"
	is_string(value)
	not lib.is_date(value)
	not lib.is_placeholder(value)
	finding := {
		"rule": "WL-06",
		"msg": sprintf("%s `%v` is not a date written YYYY-MM-DD (years 1900 to 2199)", [name(path), value]),
		"at": lib.pointer("/manifest", path),
	}
}

deny contains finding if {
	some [path, value, s] in lib.manifest_nodes
	is_string(value)
	is_string(s.pattern)
	not regex.match(s.pattern, value)
	not lib.is_placeholder(value)
	finding := {
		"rule": "WL-06",
		"msg": sprintf("%s `%s` does not have the expected form (%s)", [name(path), value, s.pattern]),
		"at": lib.pointer("/manifest", path),
	}
}

deny contains finding if {
	some [path, value, s] in lib.manifest_nodes
	is_string(value)
	is_number(s.minLength)
	count(value) < s.minLength
	finding := {"rule": "WL-06", "msg": sprintf("%s is empty", [name(path)]), "at": lib.pointer("/manifest", path)}
}

deny contains finding if {
	some [path, value, s] in lib.manifest_nodes
	is_number(value)
	is_number(s.minimum)
	value < s.minimum
	finding := {"rule": "WL-06", "msg": sprintf("%s `%v` is below %v", [name(path), value, s.minimum]), "at": lib.pointer("/manifest", path)}
}

deny contains finding if {
	input.manifest != null
	not is_object(input.manifest)
	finding := {"rule": "WL-06", "msg": sprintf("the manifest must be a mapping of sections, not %s", [type_name(input.manifest)]), "at": "/manifest"}
}

deny contains finding if {
	some [path, value, s] in lib.manifest_nodes
	is_number(value)
	is_number(s.maximum)
	value > s.maximum
	finding := {"rule": "WL-06", "msg": sprintf("%s `%v` is above %v", [name(path), value, s.maximum]), "at": lib.pointer("/manifest", path)}
}
