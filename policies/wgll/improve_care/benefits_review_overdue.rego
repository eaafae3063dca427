# METADATA
# title: A live service's benefits have been reviewed in the last year
# description: >-
#   What Good Looks Like asks that digital investment visibly improves care
#   and outcomes, and point 10 of the service standard asks teams to keep
#   measuring whether the service meets its goals. Once a service is live its
#   benefits should be reviewed against the case made for it, at least yearly.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, \"Improve care\""
#   - ref: https://www.gov.uk/service-manual/service-standard
#     description: "GOV.UK Service Standard, point 10 \"Define what success looks like and publish performance data\""
# custom:
#   id: IC-05
#   severity: info
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: improve_care
#   tcop: [13]
#   requirement: WGLL-IC-01
#   remediation: >-
#     Review the benefits the service has delivered against its outcome
#     measures and business case, and record the date in
#     `performance.benefits_review`.
package wgll.improve_care.benefits_review_overdue

import data.wgll.lib

deny contains finding if {
	input.manifest.service.phase == "live"
	not lib.is_date(object.get(input.manifest, ["performance", "benefits_review"], null))
	finding := {
		"rule": "IC-05",
		"msg": "the service is live but `performance.benefits_review` records no benefits review date (YYYY-MM-DD)",
		"at": "/manifest/performance/benefits_review",
	}
}

deny contains finding if {
	input.manifest.service.phase == "live"
	reviewed := input.manifest.performance.benefits_review
	months := data.wgll.params.benefits_review_months
	lib.older_than_months(reviewed, months)
	finding := {
		"rule": "IC-05",
		"msg": sprintf("the service's benefits were last reviewed on `%s`, more than %d months ago", [reviewed, months]),
		"at": "/manifest/performance/benefits_review",
	}
}
