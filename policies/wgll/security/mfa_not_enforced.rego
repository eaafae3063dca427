# METADATA
# title: Multi-factor authentication is enforced
# description: >-
#   Cyber Essentials requires MFA for cloud services, DTAC v2 strengthens the
#   expectation for all account types and privileged supplier access, and the
#   SEQF requires MFA for all repository users.
# related_resources:
#   - ref: https://www.ncsc.gov.uk/cyberessentials/overview
#     description: "NCSC Cyber Essentials requirements v3.2, user access control (MFA)"
#   - ref: https://transform.england.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/
#     description: "NHS England, Digital Technology Assessment Criteria (DTAC), section C3 technical security"
#   - ref: https://github.com/NHSDigital/software-engineering-quality-framework/blob/main/practices/securing-repositories.md
#     description: "NHS England Software Engineering Quality Framework, securing repositories"
# custom:
#   id: SEC-10
#   severity: error
#   measure: safe_practice
#   tcop: [6]
#   requirement: CYBER-08
#   remediation: >-
#     Enforce MFA for every user, administrator and supplier account, then set
#     `security.mfa: enforced`.
package wgll.security.mfa_not_enforced

import data.wgll.lib

deny contains finding if {
	lib.past_discovery
	not input.manifest.security.mfa
	finding := {
		"rule": "SEC-10",
		"msg": "`security.mfa` does not say whether multi-factor authentication is enforced",
		"at": "/manifest/security/mfa",
	}
}

deny contains finding if {
	lib.past_discovery
	mfa := input.manifest.security.mfa
	mfa != "enforced"
	finding := {
		"rule": "SEC-10",
		"msg": sprintf("multi-factor authentication is `%v`, not `enforced`", [mfa]),
		"at": "/manifest/security/mfa",
	}
}
