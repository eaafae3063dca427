# METADATA
# title: Each decision record has its own number
# description: >-
#   Records are cited by number ("superseded by 7"); two records with one
#   number make every such link ambiguous.
# related_resources:
#   - ref: https://github.com/npryce/adr-tools
#     description: adr-tools, numbering of decision records
# custom:
#   id: ADR-03
#   judges: [adrs]
#   severity: warning
#   measure: well_led
#   remediation: >-
#     Renumber the later record to the next free number and update any links
#     to it.
package wgll.adr.number_duplicated

import data.wgll.lib

deny contains finding if {
	lib.adr_numbers_repeat
	some i, adr in input.adrs
	adr.number != null
	some j, other in input.adrs
	j < i
	other.number == adr.number
	finding := {
		"rule": "ADR-03",
		"msg": sprintf("%s has number %d, as %s does", [adr.file, adr.number, other.file]),
		"at": sprintf("/adrs/%d/title", [i]),
	}
}
