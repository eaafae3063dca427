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
#   judges: [adrs]
#   severity: error
#   measure: well_led
#   remediation: >-
#     Decide which record holds now and correct the links so that it
#     supersedes the others and none supersedes it.
package wgll.adr.supersede_cycle

# Each supersede link as [newer, older], from either side of it.
links contains [adr.number, m] if {
	some adr in input.adrs
	adr.number != null
	some m in object.get(adr, "supersedes", [])
}

links contains [m, adr.number] if {
	some adr in input.adrs
	adr.number != null
	some m in object.get(adr, "superseded_by", [])
}

# number -> the numbers it supersedes. Built from the links, which are few,
# rather than by scanning every record for every number.
# Each record's targets gathered once per record, not once per link: a
# record with thousands of links stays linear.
sources := {n | some [n, _] in links}

edges := {n: {m | some [n2, m] in links; n2 == n} | some n in sources}

deny contains finding if {
	some n, older in edges
	n in graph.reachable(edges, older)
	some i, adr in input.adrs
	adr.number == n
	finding := {
		"rule": "ADR-06",
		"msg": sprintf("%s supersedes itself through a cycle of supersede links", [adr.file]),
		"at": sprintf("/adrs/%d/status", [i]),
	}
}
