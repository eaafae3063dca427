# METADATA
# title: Whether the DTAC applies is recorded
# description: >-
#   The Digital Technology Assessment Criteria (DTAC) are the national
#   baseline for assuring digital health technology in the NHS and adult
#   social care, covering clinical safety, data protection, technical
#   security, interoperability, and usability and accessibility. A service
#   in use should say whether the DTAC applies to it, so the decision is
#   visible and can be challenged.
# related_resources:
#   - ref: https://transform.england.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/
#     description: "NHS England, Digital Technology Assessment Criteria (DTAC), overview"
# custom:
#   id: DTAC-01
#   severity: warning
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: safe_practice
#   tcop: [11]
#   requirement: DTAC-GEN-01
#   remediation: >-
#     Decide with the organisation's assurance lead whether the service is a
#     digital health technology the DTAC covers, and record
#     `compliance.dtac.applies: true` or `false`.
package wgll.dtac.applicability_missing

import data.wgll.lib

deny contains finding if {
	lib.in_service
	not is_boolean(object.get(input.manifest, ["compliance", "dtac", "applies"], null))
	finding := {
		"rule": "DTAC-01",
		"msg": "`compliance.dtac.applies` does not say whether the DTAC applies to the service",
		"at": "/manifest/compliance/dtac/applies",
	}
}
