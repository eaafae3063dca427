# METADATA
# title: The DPIA is approved before the service takes real users
# description: >-
#   A DPIA must be done before the processing starts, and its residual risks
#   accepted by the controller (after consulting the ICO if high risk
#   remains). A service in beta or live should not run on a draft DPIA.
# related_resources:
#   - ref: https://www.legislation.gov.uk/eur/2016/679/article/35
#     description: "UK GDPR Article 35, data protection impact assessment"
#   - ref: https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/accountability-and-governance/data-protection-impact-assessments-dpias/
#     description: "ICO, data protection impact assessments"
# custom:
#   id: DP-03
#   severity: error
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: safe_practice
#   tcop: [7]
#   requirement: DTAC-DP-02
#   remediation: >-
#     Have the DPIA signed off by the data controller (advised by the DPO) and
#     set `data_protection.dpia.status: approved`.
package wgll.data_protection.dpia_not_approved

import data.wgll.lib

deny contains finding if {
	lib.personal_data
	lib.in_service
	status := object.get(input.manifest.data_protection.dpia, "status", "unrecorded")
	status != "approved"
	finding := {
		"rule": "DP-03",
		"msg": sprintf("the service is in `%s` but the DPIA is `%v`, not approved", [input.manifest.service.phase, status]),
		"at": "/manifest/data_protection/dpia/status",
	}
}
