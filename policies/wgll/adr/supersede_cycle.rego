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
#   severity: warning
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

# number -> the numbers it supersedes, and the reverse, each grouped in one
# pass over the links.
edges[n] contains m if some [n, m] in links

superseders[m] contains n if some [n, m] in links

# A cycle of two or more records climbs to a higher number somewhere and
# falls to a lower one somewhere, so every cycle holds a link of the rarer
# direction. Only those links are followed: a log where newer records
# supersede older ones (or the reverse throughout) needs no walk at all,
# instead of one walk per record.
falling contains [n, m] if {
	some [n, m] in links
	m < n
}

rising contains [n, m] if {
	some [n, m] in links
	m > n
}

crossing := rising if count(rising) <= count(falling)

crossing := falling if count(rising) > count(falling)

on_cycle contains n if {
	some [n, m] in links
	n == m
}

# Through the link a -> b: the records b leads to that lead back to a.
on_cycle contains x if {
	some [a, b] in crossing
	ahead := graph.reachable(edges, {b})
	a in ahead
	behind := graph.reachable(superseders, {a})
	some x in ahead
	x in behind
}

deny contains finding if {
	count(on_cycle) > 0
	some i, adr in input.adrs
	adr.number in on_cycle
	finding := {
		"rule": "ADR-06",
		"msg": sprintf("%s supersedes itself through a cycle of supersede links", [adr.file]),
		"at": sprintf("/adrs/%d/status", [i]),
	}
}
