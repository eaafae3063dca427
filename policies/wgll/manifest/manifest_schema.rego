# METADATA
# title: The manifest follows the wgll.yaml schema
# description: >-
#   Every rule reads the manifest, so a misspelt section, an unknown phase or a
#   date written another way would make rules silently pass or fail. The
#   manifest must name schema version 1, use only known top-level sections,
#   give enumerated fields one of their allowed values and write dates as
#   YYYY-MM-DD.
# related_resources:
#   - ref: https://www.gov.uk/service-manual/agile-delivery
#     description: GOV.UK Service Manual, agile delivery phases
# custom:
#   id: WL-06
#   severity: error
#   measure: well_led
#   remediation: >-
#     Correct the marked value. Editors validate wgll.yaml as you type when
#     given the published schema.
package wgll.manifest.manifest_schema

import data.wgll.lib

sections := {
	"wgll", "service", "governance", "team", "security", "clinical_safety", "data_protection",
	"hosting", "interoperability", "accessibility", "open_source",
	# Empower citizens, improve care and healthy populations.
	"identity", "integrations", "inclusion", "performance", "operations", "content", "features", "data",
}

# Fields with a fixed set of values: path -> allowed values.
enums := {
	"service/phase": ["discovery", "alpha", "beta", "live", "retiring"],
	"hosting/model": ["public-cloud", "private-cloud", "hybrid", "on-premises"],
}

# Fields that hold a date.
dates := [
	["governance", "funding", "sustainable_until"],
	["security", "dspt", "assessed"],
	["security", "cyber_essentials", "expires"],
	["security", "penetration_test", "date"],
	["data_protection", "dpia", "date"],
	["hosting", "backups", "last_restore_test"],
	["hosting", "disaster_recovery", "last_tested"],
	["accessibility", "last_audit"],
]

deny contains finding if {
	is_object(input.manifest)
	not input.manifest.wgll
	finding := {"rule": "WL-06", "msg": "the manifest does not say which schema it follows: add `wgll: 1`", "at": "/manifest/wgll"}
}

deny contains finding if {
	version := input.manifest.wgll
	version != 1
	finding := {"rule": "WL-06", "msg": sprintf("schema version %v is not one this wgll reads (1)", [version]), "at": "/manifest/wgll"}
}

deny contains finding if {
	not is_object(input.manifest)
	input.manifest != null
	finding := {"rule": "WL-06", "msg": sprintf("the manifest must be a mapping of sections, not a %s", [type_name(input.manifest)]), "at": "/manifest"}
}

deny contains finding if {
	is_object(input.manifest)
	some key, _ in input.manifest
	not key in sections
	finding := {"rule": "WL-06", "msg": sprintf("unknown section `%s`", [key]), "at": lib.pointer("/manifest", [key])}
}

deny contains finding if {
	some field, allowed in enums
	path := split(field, "/")
	value := object.get(input.manifest, path, null)
	value != null
	not value in allowed
	finding := {
		"rule": "WL-06",
		"msg": sprintf("%s `%v` is not one of %s", [concat(".", path), value, concat(", ", allowed)]),
		"at": lib.pointer("/manifest", path),
	}
}

deny contains finding if {
	some path in dates
	value := object.get(input.manifest, path, null)
	value != null
	not lib.is_date(value)
	finding := {
		"rule": "WL-06",
		"msg": sprintf("%s `%v` is not a date written YYYY-MM-DD", [concat(".", path), value]),
		"at": lib.pointer("/manifest", path),
	}
}
