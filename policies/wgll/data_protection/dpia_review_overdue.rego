# METADATA
# title: The DPIA has been reviewed in the last 12 months
# description: >-
#   UK GDPR Article 35(11) requires the controller to review a DPIA when the
#   risk changes; a yearly review is the usual default so the assessment keeps
#   up with the service.
# related_resources:
#   - ref: https://www.legislation.gov.uk/eur/2016/679/article/35
#     description: "UK GDPR Article 35, data protection impact assessment"
#   - ref: https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/accountability-and-governance/data-protection-impact-assessments-dpias/
#     description: "ICO, data protection impact assessments"
# custom:
#   id: DP-04
#   severity: warning
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: safe_practice
#   tcop: [7]
#   requirement: DTAC-DP-02
#   remediation: >-
#     Review the DPIA against the service as it now is and record the review
#     date in `data_protection.dpia.date`.
package wgll.data_protection.dpia_review_overdue

import data.wgll.lib

deny contains finding if {
	lib.personal_data
	dated := input.manifest.data_protection.dpia.date
	months := data.wgll.params.dpia_review_months
	lib.older_than_months(dated, months)
	finding := {
		"rule": "DP-04",
		"msg": sprintf("the DPIA was last reviewed on `%s`, more than %d months ago", [dated, months]),
		"at": "/manifest/data_protection/dpia/date",
	}
}
