# METADATA
# title: Whether the service is a medical device is recorded
# description: >-
#   Software with a medical purpose can be a medical device (software or AI
#   as a medical device), regulated by the MHRA. The DTAC asks first whether
#   the product is one, since that decides the further evidence it needs.
#   A service under clinical risk management should record the answer and
#   how it was reached.
# related_resources:
#   - ref: https://www.gov.uk/government/publications/software-and-artificial-intelligence-ai-as-a-medical-device/software-and-artificial-intelligence-ai-as-a-medical-device
#     description: "MHRA, Software and artificial intelligence (AI) as a medical device"
#   - ref: https://transform.england.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/
#     description: "NHS England, Digital Technology Assessment Criteria (DTAC), section C1 clinical safety"
#   - ref: https://service-manual.nhs.uk/service-standard/16-make-your-service-clinically-safe
#     description: "NHS service standard, point 16 \"Make your service clinically safe\": follow MHRA guidance for medical devices"
# custom:
#   id: CS-07
#   severity: warning
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: safe_practice
#   requirement: DTAC-CS-01
#   remediation: >-
#     With the clinical safety officer, decide against the MHRA guidance
#     whether the software is a medical device; record
#     `clinical_safety.medical_device.status` (`medical-device` or
#     `not-a-medical-device`) and, in `.qualification`, where the reasoning
#     is written down.
package wgll.clinical_safety.medical_device_status_missing

import data.wgll.lib

deny contains finding if {
	lib.past_discovery
	lib.clinical_safety_applies
	not object.get(input.manifest, ["clinical_safety", "medical_device", "status"], null) in {"medical-device", "not-a-medical-device"}
	finding := {
		"rule": "CS-07",
		"msg": "the service is under clinical risk management but `clinical_safety.medical_device.status` does not say whether it is a medical device",
		"at": "/manifest/clinical_safety/medical_device/status",
	}
}

# The document `clinical_safety.medical_device.qualification` names is not in the repository, or says
# nothing: reported here, under this rule's measure (WL-07 and WL-10 leave
# the fields an area rule owns; lib/evidence.rego lists them).
deny contains finding if {
	some finding in lib.evidence_findings("CS-07", ["clinical_safety", "medical_device", "qualification"])
}
