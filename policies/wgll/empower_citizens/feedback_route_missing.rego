# METADATA
# title: Citizens can give feedback on a service in beta or live
# description: >-
#   The NHS service standard asks teams to iterate and improve frequently
#   (point 8) and to define success and measure it, user satisfaction
#   included (point 10). Both need a way for the people using the service to
#   say what works and what does not, from public beta onwards. The route is
#   recorded beside the service's other performance measures.
# related_resources:
#   - ref: https://service-manual.nhs.uk/standards-and-technology/service-standard
#     description: "NHS service standard, points 8 \"Iterate and improve frequently\" and 10 \"Define what success looks like and publish performance data\""
#   - ref: https://www.gov.uk/service-manual/service-standard
#     description: "GOV.UK Service Standard, points 8 and 10"
# custom:
#   id: EC-05
#   severity: warning
#   kinds: [citizen-web, citizen-app]
#   measure: empower_citizens
#   tcop: [1, 13]
#   remediation: >-
#     Give users a way to send feedback (a form, a mailbox, a phone line) and
#     record its web address or a short description in `performance.feedback`.
package wgll.empower_citizens.feedback_route_missing

import data.wgll.lib

deny contains finding if {
	lib.in_service
	lib.serves_citizens
	not filled(object.get(input.manifest, ["performance", "feedback"], null))
	finding := {
		"rule": "EC-05",
		"msg": "the service is in use by citizens but `performance.feedback` names no way for them to give feedback",
		"at": "/manifest/performance/feedback",
	}
}

filled(s) if {
	is_string(s)
	trim_space(s) != ""
}
