# METADATA
# title: Supersede links never form a cycle
# description: >-
#   A decision that (through other decisions) supersedes itself leaves no
#   decision in force: the record of what was decided cannot be followed to
#   the one that holds now.
# related_resources:
#   - ref: https://cognitect.com/blog/2011/11/15/documenting-architecture-decisions
#     description: Michael Nygard, Documenting architecture decisions (superseded decisions)
# custom:
#   id: ADR-06
#   severity: error
#   measure: well_led
#   remediation: >-
#     Decide which record holds now and correct the links so that it
#     supersedes the others and none supersedes it.
package wgll.adr.supersede_cycle

# number -> the numbers it supersedes, from either side of each link.
edges[n] := {m |
	some adr in input.adrs
	adr.number == n
	some m in object.get(adr, "supersedes", [])
} | {m |
	some adr in input.adrs
	n in object.get(adr, "superseded_by", [])
	m := adr.number
} if {
	some a in input.adrs
	n := a.number
	n != null
}

deny contains finding if {
	some i, adr in input.adrs
	n := adr.number
	n != null
	n in graph.reachable(edges, edges[n])
	finding := {
		"rule": "ADR-06",
		"msg": sprintf("%s supersedes itself through a cycle of supersede links", [adr.file]),
		"at": sprintf("/adrs/%d/status", [i]),
	}
}
