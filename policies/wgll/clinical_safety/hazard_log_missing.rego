# METADATA
# title: A hazard log is kept
# description: >-
#   DCB0129 requires the manufacturer to identify clinical hazards and record
#   them, with their causes, controls and risk, in a hazard log maintained
#   throughout the lifecycle.
# related_resources:
#   - ref: https://standards.nhs.uk/published-standards/nhsd-clinical-risk-management-its-application-in-the-manufacture-of-health-it-systems
#     description: "DCB0129 Clinical Risk Management: its Application in the Manufacture of Health IT Systems (Amd 24/2018)"
#   - ref: https://service-manual.nhs.uk/service-standard/16-make-your-service-clinically-safe
#     description: "NHS service standard, point 16 \"Make your service clinically safe\""
# custom:
#   id: CS-04
#   severity: error
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: safe_practice
#   requirement: CLINSAFE-04
#   remediation: >-
#     Start a hazard log with the clinical safety officer and name it in
#     `clinical_safety.hazard_log`.
package wgll.clinical_safety.hazard_log_missing

import data.wgll.lib

deny contains finding if {
	data.wgll.lib.clinical_safety_applies
	not input.manifest.clinical_safety.hazard_log
	finding := {
		"rule": "CS-04",
		"msg": "clinical safety applies but `clinical_safety.hazard_log` names no hazard log",
		"at": "/manifest/clinical_safety/hazard_log",
	}
}

# The document `clinical_safety.hazard_log` names is not in the repository, or says
# nothing: reported here, under this rule's measure (WL-07 and WL-10 leave
# the fields an area rule owns; lib/evidence.rego lists them).
deny contains finding if {
	some finding in lib.evidence_findings("CS-04", ["clinical_safety", "hazard_log"])
}
