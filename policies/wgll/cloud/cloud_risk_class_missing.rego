# METADATA
# title: The data risk class of cloud-hosted data is recorded
# description: >-
#   NHS England's Cloud Risk Framework starts by understanding the data: its
#   risk class (1 to 5) sets the controls a cloud service needs. A service
#   hosted in a cloud should record the class it was assessed at.
# related_resources:
#   - ref: https://digital.nhs.uk/data-and-information/looking-after-information/data-security-and-information-governance/nhs-and-social-care-data-off-shoring-and-the-use-of-public-cloud-services/cloud-risk-framework
#     description: "NHS England, health and social care Cloud Risk Framework, \"Dimensions that affect risk\""
#   - ref: https://digital.nhs.uk/services/cloud-centre-of-excellence/cloud-security-good-practice-guide
#     description: "NHS England Cloud Security Good Practice Guide, step 1 (service classification)"
# custom:
#   id: CLOUD-01
#   severity: warning
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline, infrastructure]
#   measure: smart_foundations
#   tcop: [5]
#   requirement: CLOUD-01
#   remediation: >-
#     Assess the data with the Cloud Risk Framework's data risk model and
#     record the class (1 to 5) in `hosting.cloud_risk.data_risk_class`.
package wgll.cloud.cloud_risk_class_missing

import data.wgll.lib

deny contains finding if {
	lib.cloud_hosted
	class := object.get(input.manifest.hosting, ["cloud_risk", "data_risk_class"], "unrecorded")
	not class in numbers.range(1, 5)
	finding := {
		"rule": "CLOUD-01",
		"msg": sprintf("the data risk class is `%v`, not a class from 1 to 5", [class]),
		"at": "/manifest/hosting/cloud_risk/data_risk_class",
	}
}
