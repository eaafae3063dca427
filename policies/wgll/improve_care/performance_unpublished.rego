# METADATA
# title: A live public service publishes its performance data
# description: >-
#   Point 10 of the service standard asks teams to publish performance data,
#   so that the public, and the organisation's board, can see whether a
#   service is doing what it set out to do. For a live public service the
#   manifest should give the web address where the figures are published.
# related_resources:
#   - ref: https://www.gov.uk/service-manual/service-standard
#     description: "GOV.UK Service Standard, point 10 \"Define what success looks like and publish performance data\""
#   - ref: https://service-manual.nhs.uk/standards-and-technology/service-standard
#     description: "NHS service standard, point 10"
# custom:
#   id: IC-02
#   severity: info
#   kinds: [citizen-web, citizen-app, staff-app]
#   measure: improve_care
#   tcop: [13]
#   requirement: SVC-02
#   remediation: >-
#     Publish the service's performance measures and give their web address
#     in `performance.published`.
package wgll.improve_care.performance_unpublished

import data.wgll.lib

deny contains finding if {
	input.manifest.service.phase == "live"
	lib.serves_citizens
	object.get(input.manifest, ["performance", "published"], null) == null
	finding := {
		"rule": "IC-02",
		"msg": "the service is live and public but `performance.published` gives no address where its performance data is published",
		"at": "/manifest/performance/published",
	}
}

deny contains finding if {
	input.manifest.service.phase == "live"
	lib.serves_citizens
	published := input.manifest.performance.published
	published != null
	not web_address(published)
	finding := {
		"rule": "IC-02",
		"msg": sprintf("performance.published `%v` is not a web address: performance data is published on the web", [published]),
		"at": "/manifest/performance/published",
	}
}

web_address(s) if {
	is_string(s)
	lib.is_url(s)
}
