# METADATA
# title: Citizen-facing services offer NHS login
# description: >-
#   What Good Looks Like expects citizens to use their NHS login, the account
#   they already hold for the NHS App, across NHS services. NHS login meets the
#   national identity verification and authentication standard (DAPB3051); a
#   service that signs citizens in another way must show that method conforms
#   to DAPB3051 or record the reasoning in an accepted decision record.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, \"Empower citizens\""
#   - ref: https://digital.nhs.uk/services/nhs-login/nhs-login-for-partners-and-developers/nhs-login-integration-toolkit/discovery
#     description: "NHS England, NHS login integration toolkit, \"Discovery\""
#   - ref: https://standards.nhs.uk/published-standards/identity-verification-and-authentication-standard-for-digital-health-and-care-services
#     description: "DAPB3051 Identity Verification and Authentication Standard for Digital Health and Care Services"
# custom:
#   id: EC-01
#   severity: warning
#   kinds: [citizen-web, citizen-app]
#   measure: empower_citizens
#   tcop: [8]
#   requirement: WGLL-EC-01
#   remediation: >-
#     Offer NHS login and set `identity.citizen.provider: nhs-login` (or list
#     `nhs-login` in `interoperability.national_services`). If citizens sign in
#     another way, name it in `identity.citizen.provider` and give its DAPB3051
#     conformance evidence in `identity.citizen.dapb3051_conformance` or an
#     accepted decision record tagged `identity`; if they do not sign in at all,
#     set `identity.citizen.provider: none`.
package wgll.empower_citizens.nhs_login_missing

import data.wgll.lib

deny contains finding if {
	lib.past_discovery
	lib.serves_citizens
	not offers_nhs_login
	object.get(input.manifest, ["identity", "citizen", "provider"], null) == null
	finding := {
		"rule": "EC-01",
		"msg": "the service is for citizens but offers no NHS login: set `identity.citizen.provider: nhs-login` or list `nhs-login` in `interoperability.national_services`",
		"at": missing_at,
	}
}

deny contains finding if {
	lib.past_discovery
	lib.serves_citizens
	not offers_nhs_login
	provider := input.manifest.identity.citizen.provider
	provider != "none"
	not justified
	finding := {
		"rule": "EC-01",
		"msg": sprintf("citizens sign in with `%v`, not NHS login, and neither `identity.citizen.dapb3051_conformance` nor an accepted decision record tagged `identity` shows it meets DAPB3051", [provider]),
		"at": "/manifest/identity/citizen/provider",
	}
}

offers_nhs_login if input.manifest.identity.citizen.provider == "nhs-login"

offers_nhs_login if "nhs-login" in lib.array_at(["interoperability", "national_services"])

justified if input.manifest.identity.citizen.dapb3051_conformance

justified if {
	some adr in input.adrs
	adr.status == "accepted"
	"identity" in adr.tags
}

# Label the list of national services when there is one, since that is where
# NHS login would be written; otherwise the missing provider field.
missing_at := "/manifest/interoperability/national_services" if {
	input.manifest.interoperability.national_services
} else := "/manifest/identity/citizen/provider"

# The document `identity.citizen.dapb3051_conformance` names is not in the repository, or says
# nothing: reported here, under this rule's measure (WL-07 and WL-10 leave
# the fields an area rule owns; lib/evidence.rego lists them).
deny contains finding if {
	some finding in lib.evidence_findings("EC-01", ["identity", "citizen", "dapb3051_conformance"])
}
