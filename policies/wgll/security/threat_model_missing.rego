# METADATA
# title: A threat model records the security risks
# description: >-
#   TCoP point 6 and Secure by Design principle 3 ask teams to assess security
#   risk from the start and keep it current. A threat model is the usual
#   record of that assessment.
# related_resources:
#   - ref: https://www.gov.uk/guidance/the-technology-code-of-practice
#     description: "GOV.UK Technology Code of Practice, point 6 \"Make things secure\""
#   - ref: https://www.security.gov.uk/guidance/secure-by-design/principles/
#     description: "Secure by Design principle 3, \"Adopt a risk-driven approach\""
# custom:
#   id: SEC-12
#   severity: warning
#   severity_by_phase: {live: error}
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline, infrastructure]
#   measure: safe_practice
#   tcop: [6]
#   requirement: TCOP-06
#   remediation: >-
#     Write a threat model (for example with STRIDE) and name it in
#     `security.threat_model`.
package wgll.security.threat_model_missing

import data.wgll.lib

deny contains finding if {
	lib.past_discovery
	not input.manifest.security.threat_model
	finding := {
		"rule": "SEC-12",
		"msg": "no threat model is named in `security.threat_model`",
		"at": "/manifest/security/threat_model",
	}
}

# The document `security.threat_model` names is not in the repository, or says
# nothing: reported here, under this rule's measure (WL-07 and WL-10 leave
# the fields an area rule owns; lib/evidence.rego lists them).
deny contains finding if {
	some finding in lib.evidence_findings("SEC-12", ["security", "threat_model"])
}
