# METADATA
# title: Citizens who cannot use the digital service have another route
# description: >-
#   What Good Looks Like expects digital services for citizens to come with
#   non-digital alternatives, and point 5 of the NHS service standard asks
#   that everyone can use the service, including people who need help or
#   cannot go online. The assisted or non-digital routes should be named.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, \"Empower citizens\""
#   - ref: https://service-manual.nhs.uk/standards-and-technology/service-standard
#     description: "NHS service standard, point 5 \"Make sure everyone can use the service\""
# custom:
#   id: EC-04
#   severity: warning
#   kinds: [citizen-web, citizen-app]
#   measure: empower_citizens
#   tcop: [2]
#   requirement: WGLL-EC-02
#   remediation: >-
#     List the assisted or non-digital routes to the same outcome (for example
#     `phone`, `letter`, `in-person`) in `inclusion.alternative_channels`.
package wgll.empower_citizens.alternative_channels_missing

import data.wgll.lib

deny contains finding if {
	lib.past_discovery
	lib.serves_citizens
	not listed(object.get(input.manifest, ["inclusion", "alternative_channels"], null))
	finding := {
		"rule": "EC-04",
		"msg": "the service is for citizens but `inclusion.alternative_channels` names no assisted or non-digital route",
		"at": "/manifest/inclusion/alternative_channels",
	}
}

listed(channels) if {
	is_array(channels)
	count(channels) > 0
}
