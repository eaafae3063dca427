# METADATA
# title: A clinical safety officer is named
# description: >-
#   DCB0129 and DCB0160 require a clinical safety officer to oversee clinical
#   risk management throughout the lifecycle, and service standard point 16
#   asks teams to nominate one.
# related_resources:
#   - ref: https://service-manual.nhs.uk/service-standard/16-make-your-service-clinically-safe
#     description: "NHS service standard, point 16 \"Make your service clinically safe\""
#   - ref: https://standards.nhs.uk/published-standards/nhsd-clinical-risk-management-its-application-in-the-manufacture-of-health-it-systems
#     description: "DCB0129 Clinical Risk Management: its Application in the Manufacture of Health IT Systems (Amd 24/2018)"
# custom:
#   id: CS-02
#   severity: error
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: safe_practice
#   requirement: CLINSAFE-02
#   remediation: >-
#     Appoint a clinical safety officer and record their name and registration
#     in `clinical_safety.clinical_safety_officer`.
package wgll.clinical_safety.clinical_safety_officer_missing

deny contains finding if {
	data.wgll.lib.clinical_safety_applies
	not input.manifest.clinical_safety.clinical_safety_officer.name
	finding := {
		"rule": "CS-02",
		"msg": "clinical safety applies but no clinical safety officer is named in `clinical_safety.clinical_safety_officer.name`",
		"at": "/manifest/clinical_safety/clinical_safety_officer",
	}
}
