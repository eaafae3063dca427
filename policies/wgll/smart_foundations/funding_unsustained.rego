# METADATA
# title: The service's funding is secured beyond today
# description: >-
#   What Good Looks Like asks for digital strategies with a sustainable
#   financial plan, and for adequately resourced teams. A service whose
#   funding has run out, or whose funding end is unknown, cannot keep its
#   team, its support or its upgrades going.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, success measures 1 and 2: a sustainable financial plan and well-resourced teams"
# custom:
#   id: SF-04
#   severity: warning
#   measure: smart_foundations
#   tcop: []
#   remediation: >-
#     Secure continued funding and record the date it runs to in
#     `governance.funding.sustainable_until` (YYYY-MM-DD).
package wgll.smart_foundations.funding_unsustained

import data.wgll.lib

deny contains finding if {
	lib.past_discovery
	object.get(input.manifest, ["governance", "funding", "sustainable_until"], null) == null
	finding := {
		"rule": "SF-04",
		"msg": "`governance.funding.sustainable_until` does not say how long the service is funded",
		"at": "/manifest/governance/funding/sustainable_until",
	}
}

# A value that is not a date is reported by the schema rule (WL-06).
deny contains finding if {
	lib.past_discovery
	until := input.manifest.governance.funding.sustainable_until
	lib.before_today(until)
	finding := {
		"rule": "SF-04",
		"msg": sprintf("the service's funding ran out on `%s` (`governance.funding.sustainable_until`)", [until]),
		"at": "/manifest/governance/funding/sustainable_until",
	}
}
