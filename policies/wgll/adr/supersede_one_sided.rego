# METADATA
# title: Supersede links are stated on both sides
# description: >-
#   When one decision replaces another, both records must say so: the new
#   one "Supersedes" the old, and the old one is "Superseded by" the new.
#   A link stated on one side only leaves a reader of the other record
#   believing a decision that no longer holds, or missing why it changed.
#   A side that states the link in part ("in part supersedes [0003](...)",
#   "partially superseded by") states it.
# related_resources:
#   - ref: https://github.com/npryce/adr-tools
#     description: adr-tools, `adr new -s` writes both links
#   - ref: https://cognitect.com/blog/2011/11/15/documenting-architecture-decisions
#     description: Michael Nygard, Documenting architecture decisions (status and superseding)
# custom:
#   id: ADR-05
#   judges: [adrs]
#   severity: warning
#   measure: well_led
#   remediation: >-
#     Add the missing side of the link: "Superseded by N" in the old record's
#     Status section (and set its status to superseded), or "Supersedes N" in
#     the new one.
package wgll.adr.supersede_one_sided

import data.wgll.lib

# Old says "superseded by" new; new does not say it supersedes old.
deny contains finding if {
	some i, old in input.adrs
	some j, new_number in object.get(old, "superseded_by", [])
	k := lib.adr_index[new_number]
	not old.number in links_of(input.adrs[k], "supersedes")
	finding := {
		"rule": "ADR-05",
		"msg": sprintf("%s says it is superseded by %d, but %s does not say it supersedes %v", [old.file, new_number, input.adrs[k].file, old.number]),
		"at": sprintf("/adrs/%d/superseded_by/%d", [i, j]),
	}
}

# New says it supersedes old; old does not say it is superseded by new.
deny contains finding if {
	some i, new in input.adrs
	some j, old_number in object.get(new, "supersedes", [])
	k := lib.adr_index[old_number]
	not new.number in links_of(input.adrs[k], "superseded_by")
	finding := {
		"rule": "ADR-05",
		"msg": sprintf("%s supersedes %d, but %s does not say it is superseded by %v", [new.file, old_number, input.adrs[k].file, new.number]),
		"at": sprintf("/adrs/%d/supersedes/%d", [i, j]),
	}
}

# A record that states the link only in part ("in part supersedes") still
# states it: the two records name each other, which is what this rule asks.
links_of(adr, "supersedes") := array.concat(object.get(adr, "supersedes", []), object.get(adr, "supersedes_in_part", []))

links_of(adr, "superseded_by") := array.concat(object.get(adr, "superseded_by", []), object.get(adr, "superseded_in_part_by", []))
