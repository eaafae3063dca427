# METADATA
# title: A penetration test is recent
# description: >-
#   DTAC asks for an external penetration test summary from the last 12
#   months, and Secure by Design asks for continuous assurance. A test older
#   than that says little about the system as it now runs.
# related_resources:
#   - ref: https://transform.england.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/
#     description: "NHS England, DTAC section C3.2: external penetration test summary"
#   - ref: https://www.security.gov.uk/guidance/secure-by-design/principles/
#     description: "Secure by Design principle 9, \"Embed continuous assurance\""
# custom:
#   id: SEC-03
#   severity: error
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: safe_practice
#   tcop: [6]
#   requirement: CYBER-03
#   remediation: >-
#     Commission an independent (CREST or CHECK) penetration test and record
#     its date in `security.penetration_test.date`.
package wgll.security.penetration_test_stale

import data.wgll.lib

deny contains finding if {
	lib.in_service
	tested := input.manifest.security.penetration_test.date
	months := data.wgll.params.evidence_max_age_months
	lib.older_than_months(tested, months)
	finding := {
		"rule": "SEC-03",
		"msg": sprintf("the last penetration test, on `%s`, is more than %d months old", [tested, months]),
		"at": "/manifest/security/penetration_test/date",
	}
}
