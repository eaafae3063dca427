# METADATA
# title: Evidence the manifest names exists
# description: >-
#   A manifest field that names evidence must point at a file or folder in
#   the repository, or at a web address. A path to nothing is a claim
#   without evidence. The documents an area rule needs (a threat model, a
#   hazard log, a DPIA, an accessibility statement, an exit plan) are
#   reported by that rule, under its own measure; this rule keeps the
#   evidence fields no area rule owns.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: NHS England, What Good Looks Like framework
# custom:
#   id: WL-07
#   severity: error
#   measure: well_led
#   remediation: >-
#     Commit the document at the path given, correct the path, or give the
#     web address where the evidence is kept.
package wgll.manifest.evidence_missing

import data.wgll.lib

# Every manifest field the schema marks as naming evidence
# (`x-wgll-evidence`), wherever it sits, lists included.
deny contains finding if {
	some [path, value, s] in lib.manifest_nodes
	s["x-wgll-evidence"] == true
	is_string(value)
	not lib.owned_evidence(path)
	not lib.is_url(value)
	not lib.path_exists(value)
	finding := {
		"rule": "WL-07",
		"msg": sprintf("%s names `%s`, which is not in the repository", [concat(".", [sprintf("%v", [p]) | some p in path]), value]),
		"at": lib.pointer("/manifest", path),
	}
}
