# METADATA
# title: The manifest holds facts, not placeholders or example values
# description: >-
#   `wgll init` leaves every fact it could not observe as a placeholder
#   (`TODO: ...`) that fails until a person fills it in, and a manifest copied
#   from an example keeps its example names. A placeholder, an example
#   name or address (`Your Service`, `Name`, `example.com`, `example.nhs.uk`)
#   or a registration number of zeros (`GMC 0000000`) is not a fact: left in
#   place it would let a rule pass on something nobody has claimed. Fictional
#   services in documentation use the reserved `.example` top-level domain,
#   which is not reported.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/well-led/
#     description: "What Good Looks Like, well led: a clear, owned account of the digital service"
#   - ref: https://www.rfc-editor.org/rfc/rfc2606
#     description: "RFC 2606: the example.com, example.org and example.net names reserved for documentation"
# custom:
#   id: WL-09
#   severity: error
#   measure: well_led
#   remediation: >-
#     Replace the value with the real fact, or remove the field if it does not
#     apply (the rules that need it will say so).
package wgll.manifest.placeholder_left

import data.wgll.lib

deny contains finding if {
	# Every string, known to the schema or not: a placeholder in a misspelt
	# field is still a placeholder.
	input.manifest != null
	some [path, value] in lib.manifest_tree
	is_string(value)
	why := lib.manifest_placeholders[value]
	finding := {
		"rule": "WL-09",
		"msg": sprintf("%s is %s, not a fact: `%s`", [concat(".", [sprintf("%v", [p]) | some p in path]), why, value]),
		"at": lib.pointer("/manifest", path),
	}
}
