# METADATA
# title: A data protection officer is named
# description: >-
#   UK GDPR Article 37 requires public authorities, and organisations
#   processing health data at scale, to designate a data protection officer,
#   whose contact details must be published.
# related_resources:
#   - ref: https://www.legislation.gov.uk/eur/2016/679/article/37
#     description: "UK GDPR Article 37, designation of the data protection officer"
#   - ref: https://transform.england.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/
#     description: "NHS England, DTAC section C2 data protection"
# custom:
#   id: DP-06
#   severity: error
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: safe_practice
#   tcop: [7]
#   requirement: DTAC-DP-03
#   remediation: >-
#     Record the data protection officer's name and role mailbox in
#     `data_protection.dpo.name` and `.contact`.
package wgll.data_protection.dpo_missing

import data.wgll.lib

deny contains finding if {
	lib.personal_data
	not input.manifest.data_protection.dpo.name
	finding := {
		"rule": "DP-06",
		"msg": "the service processes personal data but no data protection officer is named in `data_protection.dpo.name`",
		"at": "/manifest/data_protection/dpo",
	}
}
