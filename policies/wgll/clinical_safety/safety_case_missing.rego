# METADATA
# title: A clinical safety case report covers the service in use
# description: >-
#   DCB0129 requires a clinical safety case report, signed off by the clinical
#   safety officer, before a health IT system is released for use; DTAC asks
#   for it as supporting evidence.
# related_resources:
#   - ref: https://standards.nhs.uk/published-standards/nhsd-clinical-risk-management-its-application-in-the-manufacture-of-health-it-systems
#     description: "DCB0129 Clinical Risk Management: its Application in the Manufacture of Health IT Systems (Amd 24/2018)"
#   - ref: https://service-manual.nhs.uk/service-standard/16-make-your-service-clinically-safe
#     description: "NHS service standard, point 16 \"Make your service clinically safe\""
# custom:
#   id: CS-05
#   severity: error
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: safe_practice
#   requirement: CLINSAFE-05
#   remediation: >-
#     Have the clinical safety officer issue a clinical safety case report for
#     this release and name it in `clinical_safety.safety_case`.
package wgll.clinical_safety.safety_case_missing

import data.wgll.lib

deny contains finding if {
	lib.in_service
	lib.clinical_safety_applies
	not input.manifest.clinical_safety.safety_case
	finding := {
		"rule": "CS-05",
		"msg": sprintf("the service is in `%s` but `clinical_safety.safety_case` names no clinical safety case report", [input.manifest.service.phase]),
		"at": "/manifest/clinical_safety/safety_case",
	}
}

# The document `clinical_safety.safety_case` names is not in the repository, or says
# nothing: reported here, under this rule's measure (WL-07 and WL-10 leave
# the fields an area rule owns; lib/evidence.rego lists them).
deny contains finding if {
	some finding in lib.evidence_findings("CS-05", ["clinical_safety", "safety_case"])
}
