# METADATA
# title: A live service is reviewed routinely for safety and security
# description: >-
#   What Good Looks Like's safe practice measure asks organisations to
#   routinely review their digital and data systems so that they are safe,
#   robust, secure and resilient. A live service should record when it was
#   last reviewed, and be reviewed again before that review grows old.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, success measure 3 \"Safe practice\": routinely review digital and data systems"
#   - ref: https://www.security.gov.uk/guidance/secure-by-design/principles/
#     description: "Secure by Design principle 9, \"Embed continuous assurance\""
# custom:
#   id: SP-02
#   severity: warning
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline, infrastructure]
#   measure: safe_practice
#   tcop: [6]
#   requirement: WGLL-SP-03
#   remediation: >-
#     Review the live service's safety and security (threats, controls,
#     incidents, hazards) and record the date in `security.last_review`
#     (YYYY-MM-DD).
package wgll.safe_practice.security_review_stale

import data.wgll.lib

live if input.manifest.service.phase == "live"

deny contains finding if {
	live
	not lib.is_date(object.get(input.manifest, ["security", "last_review"], null))
	finding := {
		"rule": "SP-02",
		"msg": "the service is live but `security.last_review` gives no date (YYYY-MM-DD) of its last safety and security review",
		"at": "/manifest/security/last_review",
	}
}

deny contains finding if {
	live
	reviewed := input.manifest.security.last_review
	months := data.wgll.params.security_review_months
	lib.older_than_months(reviewed, months)
	finding := {
		"rule": "SP-02",
		"msg": sprintf("the last safety and security review, on `%s`, is more than %d months old", [reviewed, months]),
		"at": "/manifest/security/last_review",
	}
}
