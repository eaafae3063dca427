# METADATA
# title: The manifest points at decisions in force
# description: >-
#   When the manifest names a decision record as evidence (for example the
#   cloud hosting plan), that record must still hold. Pointing at a
#   superseded, deprecated or rejected decision presents an assessor with a
#   plan the programme has abandoned.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: NHS England, What Good Looks Like, well led (decisions recorded and current)
# custom:
#   id: ADR-08
#   judges: [manifest, adrs]
#   severity: warning
#   measure: well_led
#   remediation: >-
#     Point the manifest field at the decision that replaced this one (its
#     "Superseded by" link names it).
package wgll.adr.superseded_still_referenced

import data.wgll.lib

no_longer_holds := {"superseded", "deprecated", "rejected"}

# Records that no longer hold, by file: one lookup per manifest string.
retired := {adr.file: adr | some adr in input.adrs; adr.status in no_longer_holds}

deny contains finding if {
	count(retired) > 0
	some [path, value] in lib.manifest_tree
	is_string(value)
	adr := retired[trim_prefix(value, "./")]
	replaced := concat(", ", [sprintf("%d", [n]) | some n in object.get(adr, "superseded_by", [])])
	finding := {
		"rule": "ADR-08",
		"msg": sprintf("%s names %s, which is %s%s", [concat(".", [sprintf("%v", [p]) | some p in path]), adr.file, adr.status, by(replaced)]),
		"at": lib.pointer("/manifest", path),
	}
}

by(replaced) := "" if replaced == ""

by(replaced) := sprintf(" by %s", [replaced]) if replaced != ""
