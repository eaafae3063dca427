# METADATA
# title: A data protection impact assessment is recorded
# description: >-
#   UK GDPR requires a DPIA before processing likely to result in a high risk,
#   which includes large-scale processing of health data, and DTAC asks for
#   it. The repository should hold a reference to it.
# related_resources:
#   - ref: https://www.legislation.gov.uk/eur/2016/679/article/35
#     description: "UK GDPR Article 35, data protection impact assessment"
#   - ref: https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/accountability-and-governance/data-protection-impact-assessments-dpias/
#     description: "ICO, data protection impact assessments"
# custom:
#   id: DP-02
#   severity: error
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: safe_practice
#   tcop: [7]
#   requirement: DTAC-DP-02
#   remediation: >-
#     Complete a DPIA with the data protection officer and record it in
#     `data_protection.dpia` (`status`, `date`, `document`).
package wgll.data_protection.dpia_missing

import data.wgll.lib

deny contains finding if {
	lib.personal_data
	not input.manifest.data_protection.dpia
	finding := {
		"rule": "DP-02",
		"msg": "the service processes personal data but no DPIA is recorded in `data_protection.dpia`",
		"at": "/manifest/data_protection/dpia",
	}
}

# The document `data_protection.dpia.document` names is not in the repository, or says
# nothing: reported here, under this rule's measure (WL-07 and WL-10 leave
# the fields an area rule owns; lib/evidence.rego lists them).
deny contains finding if {
	some finding in lib.evidence_findings("DP-02", ["data_protection", "dpia", "document"])
}
