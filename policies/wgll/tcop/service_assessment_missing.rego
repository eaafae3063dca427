# METADATA
# title: The service has passed its Service Standard assessment for the current phase
# description: >-
#   Point 13 of the Technology Code of Practice asks services to meet the
#   Service Standard, and the NHS service standard recommends its 17 points
#   for all health services. A public-facing service should be assessed at
#   each phase (alpha, beta, live) and record an outcome of met, or met
#   with conditions, for the phase it is in.
# related_resources:
#   - ref: https://www.gov.uk/guidance/the-technology-code-of-practice
#     description: "Technology Code of Practice, point 13 \"Meet the Service Standard\""
#   - ref: https://service-manual.nhs.uk/standards-and-technology/service-standard
#     description: "NHS service standard"
#   - ref: https://www.gov.uk/service-manual/service-standard
#     description: "GOV.UK Service Standard"
# custom:
#   id: TCOP-13
#   severity: warning
#   kinds: [citizen-web, citizen-app, staff-app]
#   measure: well_led
#   tcop: [13]
#   requirement: TCOP-13
#   remediation: >-
#     Have the service assessed for its current phase and record the outcome
#     in `compliance.service_assessment` (`phase`, `result` of `met` or
#     `met-with-conditions`, and `date`).
package wgll.tcop.service_assessment_missing

import data.wgll.lib

passing := {"met", "met-with-conditions"}

assessed_phases := {"alpha", "beta", "live"}

applies if {
	lib.serves_citizens
	input.manifest.service.phase in assessed_phases
}

assessment := object.get(input.manifest, ["compliance", "service_assessment"], null)

deny contains finding if {
	applies
	not is_object(assessment)
	finding := {
		"rule": "TCOP-13",
		"msg": sprintf("the service is in %s but `compliance.service_assessment` records no Service Standard assessment", [input.manifest.service.phase]),
		"at": "/manifest/compliance/service_assessment",
	}
}

deny contains finding if {
	applies
	is_object(assessment)
	phase := input.manifest.service.phase
	object.get(assessment, "phase", null) != phase
	finding := {
		"rule": "TCOP-13",
		"msg": sprintf("the service is in %s but its last Service Standard assessment was for `%v`", [phase, object.get(assessment, "phase", "no phase")]),
		"at": "/manifest/compliance/service_assessment/phase",
	}
}

deny contains finding if {
	applies
	assessment.phase == input.manifest.service.phase
	not object.get(assessment, "result", null) in passing
	finding := {
		"rule": "TCOP-13",
		"msg": sprintf("the %s Service Standard assessment result is `%v`, not met or met with conditions", [assessment.phase, object.get(assessment, "result", "unrecorded")]),
		"at": "/manifest/compliance/service_assessment/result",
	}
}
