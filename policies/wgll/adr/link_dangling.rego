# METADATA
# title: Links between decision records lead to a record
# description: >-
#   "Supersedes", "superseded by", "amends" and "amended by" links, and
#   partial supersession ("in part supersedes", "partially superseded by"),
#   must name a record that exists, or the history of a decision cannot be
#   followed.
# related_resources:
#   - ref: https://github.com/npryce/adr-tools
#     description: adr-tools, linking decision records
# custom:
#   id: ADR-04
#   judges: [adrs]
#   severity: warning
#   measure: well_led
#   remediation: >-
#     Correct the number in the link, or restore the record it names.
package wgll.adr.link_dangling

import data.wgll.lib

kinds := {
	"supersedes": "supersedes", "superseded_by": "is superseded by",
	"amends": "amends", "amended_by": "is amended by",
	"supersedes_in_part": "in part supersedes", "superseded_in_part_by": "is in part superseded by",
}

deny contains finding if {
	some i, adr in input.adrs
	some kind, words in kinds
	some j, target in object.get(adr, kind, [])
	not target in lib.adr_numbers
	finding := {
		"rule": "ADR-04",
		"msg": sprintf("%s %s decision %d, which does not exist", [adr.file, words, target]),
		"at": sprintf("/adrs/%d/%s/%d", [i, kind, j]),
	}
}
