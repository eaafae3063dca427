# METADATA
# title: Reuse of common components is considered and recorded
# description: >-
#   The Technology Code of Practice asks teams to share, reuse and
#   collaborate, and the NHS service standard to use common components and
#   patterns: NHS login, NHS Notify, the NHS.UK frontend, the PDS FHIR API.
#   A service should record what it reuses, in the manifest or in an
#   accepted decision record tagged reuse.
# related_resources:
#   - ref: https://www.gov.uk/guidance/the-technology-code-of-practice
#     description: "Technology Code of Practice, point 8 \"Share, reuse and collaborate\""
#   - ref: https://service-manual.nhs.uk/standards-and-technology/service-standard
#     description: "NHS service standard, point 13 \"Use and contribute to open standards, common components and patterns\""
# custom:
#   id: TCOP-08
#   severity: info
#   measure: smart_foundations
#   tcop: [8]
#   requirement: TCOP-08
#   remediation: >-
#     List the common components and platforms the service reuses in
#     `reuse.components`, or record the build-or-reuse decision in an ADR
#     tagged `reuse`.
package wgll.tcop.reuse_unrecorded

import data.wgll.lib

recorded if {
	components := input.manifest.reuse.components
	is_array(components)
	count(components) > 0
}

recorded if {
	some adr in input.adrs
	adr.status == "accepted"
	some tag in adr.tags
	lower(tag) == "reuse"
}

deny contains finding if {
	lib.past_discovery
	not recorded
	finding := {
		"rule": "TCOP-08",
		"msg": "`reuse.components` lists no common components, and no accepted decision record is tagged `reuse`",
		"at": "/manifest/reuse/components",
	}
}
