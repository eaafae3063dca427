# METADATA
# title: Named evidence holds more than a heading or a placeholder
# description: >-
#   A threat model, DPIA, hazard log or exit plan named in the manifest is
#   evidence only if it says something. A file that is empty, or holds only
#   headings and placeholders (TODO, TBC), satisfies a check that a file
#   exists while showing nothing a reviewer or assessor could rely on; the
#   DTAC and the DSPT ask for the documents themselves. wgll reads each
#   repository file the manifest names (web addresses are not fetched). A
#   document an area rule needs (a threat model, a DPIA, a hazard log) is
#   reported by that rule, under its own measure; this rule keeps the rest.
# related_resources:
#   - ref: https://transform.england.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/
#     description: "NHS England, Digital Technology Assessment Criteria: evidence is the documents themselves, supplied for assessment"
# custom:
#   id: WL-10
#   severity: error
#   measure: well_led
#   remediation: >-
#     Write the document the field names (what it must cover is in the rule
#     that asks for it: `wgll explain` on that rule), or point the field at the
#     real document's address.
package wgll.manifest.evidence_hollow

import data.wgll.lib

deny contains finding if {
	some [path, value, s] in lib.manifest_nodes
	s["x-wgll-evidence"] == true
	is_string(value)
	not lib.owned_evidence(path)
	input.observed.evidence[trim_prefix(value, "./")].hollow == true
	finding := {
		"rule": "WL-10",
		"msg": sprintf("%s names `%s`, which holds nothing but headings or placeholders", [concat(".", [sprintf("%v", [p]) | some p in path]), value]),
		"at": lib.pointer("/manifest", path),
	}
}
