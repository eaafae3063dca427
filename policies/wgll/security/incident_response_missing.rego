# METADATA
# title: An incident response plan and a breach-reporting route are recorded
# description: >-
#   When something goes wrong the service needs a plan already written: who
#   responds, how the service is contained and restored (the Cyber
#   Assessment Framework's objective D1, response and recovery planning).
#   A personal data breach must be reported to the ICO without undue delay
#   and, where feasible, within 72 hours of becoming aware of it (UK GDPR
#   Article 33), so a service that processes personal data records who
#   reports a breach and how. Organisations that complete the Data Security
#   and Protection Toolkit report data security and protection incidents
#   through its incident reporting tool, which notifies the ICO, NHS England
#   and the Department of Health and Social Care as the incident requires.
#   Judged for a service in beta or live, not for a shared library or an
#   infrastructure repository (the services it hosts record their own); the
#   plan's content is for a reviewer. A warning in every phase: a plan or
#   route the manifest does not name is a gap in the record, not evidence
#   that none exists.
# related_resources:
#   - ref: https://www.legislation.gov.uk/eur/2016/679/article/33
#     description: "UK GDPR Article 33: notification of a personal data breach to the Commissioner, within 72 hours where feasible"
#   - ref: https://ico.org.uk/for-organisations/report-a-breach/
#     description: "ICO, report a personal data breach"
#   - ref: https://www.dsptoolkit.nhs.uk/
#     description: "Data Security and Protection Toolkit: incidents are reported through the toolkit's incident reporting tool"
#   - ref: https://www.ncsc.gov.uk/collection/cyber-assessment-framework/caf-objective-d-minimising-the-impact-of-cyber-security-incidents
#     description: "NCSC Cyber Assessment Framework, objective D1: response and recovery planning"
# custom:
#   id: SEC-20
#   severity: warning
#   measure: safe_practice
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   tcop: [6, 7]
#   requirement: CYBER-10
#   remediation: >-
#     Write the incident response plan and name it in
#     `security.incident_response.plan`; say in `breach_reporting` who
#     reports a personal data breach to the ICO within 72 hours and how; and,
#     if the organisation completes the DSPT, set `dspt_reporting: true` once
#     incidents are reported through its incident reporting tool.
package wgll.security.incident_response_missing

import data.wgll.lib

response := lib.object_at(["security", "incident_response"])

# A running service; a shared library has no incidents of its own to
# respond to (the services that use it do).
applies if {
	lib.in_service
	object.get(lib.object_at(["service"]), "kind", null) != "library"
}

filled(s) if {
	is_string(s)
	trim_space(s) != ""
}

deny contains finding if {
	applies
	not filled(object.get(response, "plan", null))
	finding := {
		"rule": "SEC-20",
		"msg": "the service is in use but `security.incident_response.plan` names no incident response plan",
		"at": "/manifest/security/incident_response/plan",
	}
}

deny contains finding if {
	applies
	lib.personal_data
	not filled(object.get(response, "breach_reporting", null))
	finding := {
		"rule": "SEC-20",
		"msg": "the service processes personal data but `security.incident_response.breach_reporting` does not say who reports a breach to the ICO within 72 hours, or how",
		"at": "/manifest/security/incident_response/breach_reporting",
	}
}

# The organisation completes the DSPT: it reports incidents through it.
deny contains finding if {
	applies
	is_object(lib.object_at(["security"]).dspt)
	object.get(response, "dspt_reporting", null) != true
	finding := {
		"rule": "SEC-20",
		"msg": "the organisation completes the DSPT but `security.incident_response.dspt_reporting` does not record that incidents are reported through its incident reporting tool",
		"at": "/manifest/security/incident_response/dspt_reporting",
	}
}

deny contains finding if {
	some finding in lib.evidence_findings("SEC-20", ["security", "incident_response", "plan"])
}
