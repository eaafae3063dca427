# METADATA
# title: How long data is kept is recorded
# description: >-
#   UK GDPR's storage limitation principle requires personal data to be kept
#   no longer than necessary; for health and care records the Records
#   Management Code of Practice sets the periods. TCoP points 7 and 10 ask for
#   documented retention.
# related_resources:
#   - ref: https://transform.england.nhs.uk/information-governance/guidance/records-management-code/
#     description: "NHS England, Records Management Code of Practice, retention schedule"
#   - ref: https://www.legislation.gov.uk/eur/2016/679/article/5
#     description: "UK GDPR Article 5(1)(e), storage limitation"
# custom:
#   id: DP-08
#   severity: warning
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: safe_practice
#   tcop: [7, 10]
#   requirement: TCOP-07
#   remediation: >-
#     Set retention periods from the Records Management Code of Practice and
#     name the schedule in `data_protection.retention`.
package wgll.data_protection.retention_missing

import data.wgll.lib

deny contains finding if {
	lib.personal_data
	lib.in_service
	not input.manifest.data_protection.retention
	finding := {
		"rule": "DP-08",
		"msg": "the service processes personal data but `data_protection.retention` names no retention schedule",
		"at": "/manifest/data_protection/retention",
	}
}

# The document `data_protection.retention` names is not in the repository, or says
# nothing: reported here, under this rule's measure (WL-07 and WL-10 leave
# the fields an area rule owns; lib/evidence.rego lists them).
deny contains finding if {
	some finding in lib.evidence_findings("DP-08", ["data_protection", "retention"])
}
