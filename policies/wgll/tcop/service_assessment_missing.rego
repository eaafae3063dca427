# METADATA
# title: The service has passed the Service Standard assessment its phase calls for
# description: >-
#   Point 13 of the Technology Code of Practice asks services to meet the
#   Service Standard. Assessments fall at the end of alpha, at the end of
#   private beta and before going live, and their outcome is met or not met.
#   So a service in alpha has none due yet; one in private beta rightly holds
#   only its alpha assessment; one in public beta needs its beta assessment;
#   a live service needs its live assessment. Which standard, and whether an
#   assessment is mandated, differs: central government services are assessed
#   against the GOV.UK Service Standard by GDS or their department; NHS
#   England's services against the NHS service standard by NHS England;
#   other NHS and care organisations are recommended, not required, to meet
#   the NHS service standard, so for them (`mandate: nhs-local`) a missing
#   assessment is not reported, while one recorded is judged. With the
#   mandate unrecorded the assessment is taken to be required.
# related_resources:
#   - ref: https://www.gov.uk/guidance/the-technology-code-of-practice
#     description: "Technology Code of Practice, point 13 \"Meet the Service Standard\""
#   - ref: https://www.gov.uk/service-manual/service-assessments/how-service-assessments-work
#     description: "GOV.UK Service Manual, how service assessments work: assessments at the end of alpha, the end of private beta and before live; the outcome is met or not met"
#   - ref: https://www.gov.uk/service-manual/service-assessments/check-if-need-to-get-your-service-assessed
#     description: "GOV.UK Service Manual, check if you need to get your service assessed (central government services)"
#   - ref: https://service-manual.nhs.uk/standards-and-technology/service-standard
#     description: "NHS service standard: assessed by NHS England for its services; recommended for other health and care services"
# custom:
#   id: TCOP-13
#   severity: warning
#   kinds: [citizen-web, citizen-app, staff-app]
#   measure: well_led
#   tcop: [13]
#   requirement: TCOP-13
#   remediation: >-
#     Have the service assessed at the point its phase calls for (end of
#     alpha, end of private beta, before live) and record it in
#     `compliance.service_assessment` (`phase`, `result: met`, `date`, and
#     the `mandate` it is held to); in beta, record `service.beta_stage`
#     (private or public).
package wgll.tcop.service_assessment_missing

import data.wgll.lib

# met-with-conditions is kept from older assessments, and counts as met.
passing := {"met", "met-with-conditions"}

assessment := object.get(input.manifest, ["compliance", "service_assessment"], null)

phase := object.get(input.manifest, ["service", "phase"], null)

stage := object.get(input.manifest, ["service", "beta_stage"], null)

mandate := object.get(assessment, "mandate", null) if is_object(assessment)

else := null

# The assessment the service's phase calls for, and the phases that
# satisfy it (a later assessment than due does too).
due := {"assessment": "alpha", "accepted": {"alpha", "beta", "live"}, "where": "in private beta"} if {
	phase == "beta"
	stage == "private"
}

due := {"assessment": "beta", "accepted": {"beta", "live"}, "where": "in public beta"} if {
	phase == "beta"
	stage != "private"
}

due := {"assessment": "live", "accepted": {"live"}, "where": "live"} if phase == "live"

applies if {
	lib.serves_citizens
	due
}

# The standard each mandate assesses against.
mandated_standard := {"central-government": "govuk-14", "nhs-england": "nhs-17"}

deny contains finding if {
	applies
	not is_object(assessment)
	finding := {
		"rule": "TCOP-13",
		"msg": sprintf("the service is %s but `compliance.service_assessment` records no Service Standard assessment (the %s assessment is due)%s", [due.where, due.assessment, stage_hint]),
		"at": "/manifest/compliance/service_assessment",
	}
}

deny contains finding if {
	applies
	is_object(assessment)
	not object.get(assessment, "phase", null) in due.accepted
	not optional_and_absent
	finding := {
		"rule": "TCOP-13",
		"msg": sprintf("the service is %s, which calls for its %s assessment, but its last Service Standard assessment was for `%v`%s", [due.where, due.assessment, object.get(assessment, "phase", "no phase"), stage_hint]),
		"at": "/manifest/compliance/service_assessment/phase",
	}
}

deny contains finding if {
	applies
	is_object(assessment)
	object.get(assessment, "phase", null) in due.accepted
	not object.get(assessment, "result", null) in passing
	finding := {
		"rule": "TCOP-13",
		"msg": sprintf("the %s Service Standard assessment result is `%v`, not met", [assessment.phase, object.get(assessment, "result", "unrecorded")]),
		"at": "/manifest/compliance/service_assessment/result",
	}
}

deny contains finding if {
	applies
	is_object(assessment)
	want := mandated_standard[mandate]
	standard := object.get(assessment, "standard", null)
	standard != null
	standard != want
	finding := {
		"rule": "TCOP-13",
		"msg": sprintf("the assessment is recorded against `%v`, but a %s service is assessed against `%s`", [standard, mandate, want]),
		"at": "/manifest/compliance/service_assessment/standard",
	}
}

# An NHS organisation other than NHS England is recommended, not required,
# to be assessed: a record holding only the mandate has nothing to judge.
optional_and_absent if {
	mandate == "nhs-local"
	object.get(assessment, "phase", null) == null
	object.get(assessment, "result", null) == null
}

stage_hint := "; if the service is in private beta, record `service.beta_stage: private` and its alpha assessment is the one due" if {
	phase == "beta"
	stage == null
} else := ""
