# METADATA
# title: A deploying organisation keeps its own clinical risk management (DCB0160)
# description: >-
#   DCB0160 applies to the health and care organisation that deploys and
#   uses a health IT system, as DCB0129 applies to its manufacturer, and
#   since July 2025 organisations must comply with it. The deploying
#   organisation appoints its own clinical safety officer, keeps a hazard
#   log of the hazards its deployment brings (local configuration,
#   workflows, training), and issues a clinical safety case report for the
#   deployment before the system goes into use. Judged when
#   `clinical_safety.roles` lists `deployer`: a deployer of someone else's
#   system keeps its own, in `clinical_safety.deployment`. An organisation
#   that builds and runs a system itself (`roles: [manufacturer,
#   deployer]`) may keep one clinical safety officer and one set of
#   documents covering both, which the manufacturer's rules ask for.
# related_resources:
#   - ref: https://standards.nhs.uk/published-standards/clinical-risk-management-its-application-in-the-deployment-and-use-of-health-it-systems
#     description: "DCB0160 Clinical Risk Management: its Application in the Deployment and Use of Health IT Systems: the health organisation's clinical safety officer, hazard log and clinical safety case report"
#   - ref: https://www.england.nhs.uk/long-read/national-review-of-clinical-risk-management-standardsdcb0129-and-dcb0160-supporting-information/
#     description: "NHS England, national review of DCB0129 and DCB0160: DCB0160 covers organisations that deploy and use health IT; \"must comply\" from 7 July 2025 (s95 Health and Care Act 2022)"
# custom:
#   id: CS-09
#   severity: error
#   measure: safe_practice
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   requirement: CLINSAFE-06
#   remediation: >-
#     Name the deploying organisation's clinical safety officer in
#     `clinical_safety.deployment.clinical_safety_officer`, and its hazard log
#     and deployment safety case report in `clinical_safety.deployment`
#     (`hazard_log`, `safety_case`), with the manufacturer's safety case
#     report they build on in `manufacturer_safety_case`.
package wgll.clinical_safety.deployment_safety_missing

import data.wgll.lib

clinical := lib.object_at(["clinical_safety"])

deployment := lib.object_at(["clinical_safety", "deployment"])

roles := lib.array_at(["clinical_safety", "roles"])

# A deployer of a system another organisation makes. One that builds and
# runs the system itself keeps one officer and one set of documents, which
# CS-02, CS-04 and CS-05 ask for.
deployer if {
	is_object(input.manifest)
	clinical.applicable == true
	"deployer" in roles
	not "manufacturer" in roles
}

filled(s) if {
	is_string(s)
	trim_space(s) != ""
}

has_officer if filled(object.get(deployment, ["clinical_safety_officer", "name"], null))

has(field) if filled(object.get(deployment, field, null))

deny contains finding if {
	deployer
	not has_officer
	finding := {
		"rule": "CS-09",
		"msg": "the organisation deploys the system (DCB0160) but names no clinical safety officer of its own in `clinical_safety.deployment.clinical_safety_officer`",
		"at": "/manifest/clinical_safety/deployment/clinical_safety_officer",
	}
}

deny contains finding if {
	deployer
	not has("hazard_log")
	finding := {
		"rule": "CS-09",
		"msg": "the organisation deploys the system (DCB0160) but `clinical_safety.deployment.hazard_log` names no local hazard log",
		"at": "/manifest/clinical_safety/deployment/hazard_log",
	}
}

deny contains finding if {
	deployer
	lib.in_service
	not has("safety_case")
	finding := {
		"rule": "CS-09",
		"msg": sprintf("the system is in use (`%s`) but `clinical_safety.deployment.safety_case` names no deployment clinical safety case report (DCB0160)", [input.manifest.service.phase]),
		"at": "/manifest/clinical_safety/deployment/safety_case",
	}
}

deny contains finding if {
	some finding in lib.evidence_findings("CS-09", ["clinical_safety", "deployment", "hazard_log"])
}

deny contains finding if {
	some finding in lib.evidence_findings("CS-09", ["clinical_safety", "deployment", "safety_case"])
}
