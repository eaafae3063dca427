# METADATA
# title: The clinical safety case report covers the release in use
# description: >-
#   DCB0129 asks the manufacturer to issue a clinical safety case report,
#   signed off by its clinical safety officer, for each release of a health
#   IT system, and DTAC asks for the report that covers the version
#   assessed. A report written for an earlier release says nothing about
#   the hazards the changes since may bring. Judged when the manifest gives
#   the release in use (`service.release`) and the service is in beta or
#   live: `clinical_safety.safety_case_release` must name the same release.
#   A patch the clinical safety officer judged to have no safety impact is
#   recorded by issuing the report for it (or naming that release in it).
# related_resources:
#   - ref: https://standards.nhs.uk/published-standards/nhsd-clinical-risk-management-its-application-in-the-manufacture-of-health-it-systems
#     description: "DCB0129 Clinical Risk Management: its Application in the Manufacture of Health IT Systems: a clinical safety case report for each release"
#   - ref: https://service-manual.nhs.uk/service-standard/16-make-your-service-clinically-safe
#     description: "NHS service standard, point 16: processes to keep the service clinically safe as it changes"
# custom:
#   id: CS-10
#   severity: warning
#   measure: safe_practice
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   requirement: CLINSAFE-05
#   remediation: >-
#     Have the clinical safety officer issue (or confirm) the safety case
#     report for the release in use, and record that release in
#     `clinical_safety.safety_case_release`.
package wgll.clinical_safety.safety_case_release_outdated

import data.wgll.lib

clinical := lib.object_at(["clinical_safety"])

release := r if {
	r := object.get(lib.object_at(["service"]), "release", null)
	is_string(r)
	trim_space(r) != ""
}

covered := object.get(clinical, "safety_case_release", null)

# A deployer of someone else's system issues a deployment report (CS-09).
manufacturer if not lib.array_at(["clinical_safety", "roles"]) == ["deployer"]

applies if {
	lib.in_service
	clinical.applicable == true
	manufacturer
}

deny contains finding if {
	applies
	release
	not is_string(covered)
	finding := {
		"rule": "CS-10",
		"msg": sprintf("release `%s` is in use but `clinical_safety.safety_case_release` does not say which release the safety case report covers", [release]),
		"at": "/manifest/clinical_safety/safety_case_release",
	}
}

deny contains finding if {
	applies
	is_string(covered)
	trim_space(covered) != trim_space(release)
	finding := {
		"rule": "CS-10",
		"msg": sprintf("the safety case report covers release `%s` but release `%s` is in use", [covered, release]),
		"at": "/manifest/clinical_safety/safety_case_release",
		"related": [{"at": "/manifest/service/release", "msg": "the release in use"}],
	}
}
