# METADATA
# title: A penetration test has been done before the service takes real users
# description: >-
#   A service in beta or live handles real users and data, so DTAC and the CAF
#   expect independent security testing of it. The manifest should record when
#   the last test was done.
# related_resources:
#   - ref: https://transform.england.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/
#     description: "NHS England, DTAC section C3.2: external penetration test summary"
#   - ref: https://www.ncsc.gov.uk/guidance/penetration-testing
#     description: "NCSC, penetration testing guidance"
# custom:
#   id: SEC-04
#   severity: error
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: safe_practice
#   tcop: [6]
#   requirement: CYBER-03
#   remediation: >-
#     Commission an independent penetration test before beta and record its
#     date in `security.penetration_test.date`.
package wgll.security.penetration_test_missing

import data.wgll.lib

deny contains finding if {
	lib.in_service
	not input.manifest.security.penetration_test.date
	finding := {
		"rule": "SEC-04",
		"msg": sprintf("the service is in `%s` but no penetration test is recorded in `security.penetration_test.date`", [input.manifest.service.phase]),
		"at": "/manifest/security/penetration_test",
	}
}
