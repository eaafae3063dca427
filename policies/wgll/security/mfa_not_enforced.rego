# METADATA
# title: Multi-factor authentication is enforced
# description: >-
#   Cyber Essentials requires MFA for cloud services, DTAC v2 strengthens the
#   expectation for all account types and privileged supplier access, and the
#   SEQF requires MFA for all repository users. Where nobody signs in (a
#   public information site), `security.mfa: not-applicable` stands with its
#   reason in `security.not_applicable.mfa`, unless the manifest declares a
#   sign-in (NHS login, a staff or citizen identity provider).
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
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline, infrastructure]
#   measure: safe_practice
#   tcop: [6]
#   requirement: CYBER-08
#   remediation: >-
#     Enforce MFA for every user, administrator and supplier account, then set
#     `security.mfa: enforced`; where nobody signs in, set
#     `security.mfa: not-applicable` and say why in
#     `security.not_applicable.mfa`.
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
	not mfa in {"enforced", "not-applicable"}
	finding := {
		"rule": "SEC-10",
		"msg": sprintf("multi-factor authentication is `%v`, not `enforced`", [mfa]),
		"at": "/manifest/security/mfa",
	}
}

# Not applicable, with no reason recorded.
deny contains finding if {
	lib.past_discovery
	input.manifest.security.mfa == "not-applicable"
	not lib.non_empty_string(lib.flag(["security", "not_applicable", "mfa"]))
	finding := {
		"rule": "SEC-10",
		"msg": "`security.mfa` is `not-applicable` but `security.not_applicable.mfa` gives no reason (nobody signs in?)",
		"at": "/manifest/security/mfa",
	}
}

# Not applicable, yet the manifest declares a way to sign in.
deny contains finding if {
	lib.past_discovery
	input.manifest.security.mfa == "not-applicable"
	some sign_in in sign_ins
	finding := {
		"rule": "SEC-10",
		"msg": sprintf("`security.mfa` is `not-applicable`, yet %s", [sign_in.says]),
		"at": "/manifest/security/mfa",
		"related": [{"at": sign_in.at, "msg": "sign-in declared here"}],
	}
}

sign_ins contains {"says": sprintf("%s users sign in through `%s`", [who, provider]), "at": sprintf("/manifest/identity/%s/provider", [who])} if {
	some who in ["citizen", "staff"]
	provider := lib.flag(["identity", who, "provider"])
	is_string(provider)
	provider != "none"
}

sign_ins contains {"says": "citizens sign in with NHS login", "at": sprintf("/manifest/interoperability/national_services/%d", [i])} if {
	some i, name in lib.array_at(["interoperability", "national_services"])
	name == "nhs-login"
}
