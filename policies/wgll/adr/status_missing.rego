# METADATA
# title: Every decision record states its status
# description: >-
#   A reader must be able to tell a decision in force from a proposal, a
#   rejected option or a superseded one. A record with no status, in the front
#   matter, the header table, a Status line or a Status section, leaves that
#   to guesswork.
# related_resources:
#   - ref: https://cognitect.com/blog/2011/11/15/documenting-architecture-decisions
#     description: Michael Nygard, Documenting architecture decisions
#   - ref: https://www.gov.uk/guidance/the-technology-code-of-practice
#     description: Technology Code of Practice
# custom:
#   id: ADR-01
#   judges: [adrs]
#   severity: warning
#   measure: well_led
#   remediation: >-
#     Add a status (proposed, accepted, rejected, deprecated or superseded), for
#     example a `## Status` section whose first line is `Accepted`.
package wgll.adr.status_missing

deny contains finding if {
	some i, adr in input.adrs
	adr.status == null
	finding := {
		"rule": "ADR-01",
		"msg": sprintf("decision record %s has no status", [adr.file]),
		"at": sprintf("/adrs/%d/status", [i]),
	}
}
