# METADATA
# title: The service's technology is made sustainable with concrete measures
# description: >-
#   Point 12 of the Technology Code of Practice asks teams to make their
#   technology sustainable over its whole life, and the Greener NHS
#   programme commits the NHS and its suppliers to net zero. A service should
#   record the measures it takes (shutting down idle environments,
#   autoscaling, efficient instances, limited retention), in the manifest or
#   in an accepted decision record tagged sustainability.
# related_resources:
#   - ref: https://www.gov.uk/guidance/the-technology-code-of-practice
#     description: "Technology Code of Practice, point 12 \"Make your technology sustainable\""
#   - ref: https://www.england.nhs.uk/greenernhs/get-involved/suppliers/
#     description: "Greener NHS, net zero supplier roadmap"
# custom:
#   id: TCOP-12
#   severity: info
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline, infrastructure]
#   measure: smart_foundations
#   tcop: [12]
#   requirement: TCOP-12
#   remediation: >-
#     List the service's sustainability measures in `sustainability.measures`,
#     or record the decision in an ADR tagged `sustainability`.
package wgll.tcop.sustainability_unconsidered

import data.wgll.lib

considered if {
	measures := input.manifest.sustainability.measures
	is_array(measures)
	count(measures) > 0
}

considered if {
	some adr in input.adrs
	adr.status == "accepted"
	some tag in adr.tags
	lower(tag) == "sustainability"
}

deny contains finding if {
	lib.past_discovery
	not considered
	finding := {
		"rule": "TCOP-12",
		"msg": "`sustainability.measures` lists no sustainability measures, and no accepted decision record is tagged `sustainability`",
		"at": "/manifest/sustainability/measures",
	}
}
