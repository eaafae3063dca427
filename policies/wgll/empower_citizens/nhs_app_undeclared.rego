# METADATA
# title: Citizen-facing services declare their NHS App integration
# description: >-
#   What Good Looks Like expects a consistent digital offer for citizens built
#   around the NHS App. Each citizen-facing service should have considered
#   joining it and say where it stands: integrated, planned, or not applicable
#   (with NHS login as the shared sign-in either way).
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, \"Empower citizens\""
#   - ref: https://digital.nhs.uk/services/nhs-login/nhs-login-for-partners-and-developers/nhs-login-integration-toolkit/discovery
#     description: "NHS England, NHS login integration toolkit, \"Discovery\""
# custom:
#   id: EC-02
#   severity: warning
#   kinds: [citizen-web, citizen-app]
#   measure: empower_citizens
#   tcop: [8]
#   requirement: WGLL-EC-01
#   remediation: >-
#     Decide whether the service joins the NHS App and record it in
#     `integrations.nhs_app` as `integrated`, `planned` or `not-applicable`
#     (listing `nhs-app` in `interoperability.national_services` counts as
#     integrated).
package wgll.empower_citizens.nhs_app_undeclared

import data.wgll.lib

allowed := ["integrated", "planned", "not-applicable"]

deny contains finding if {
	lib.past_discovery
	lib.serves_citizens
	object.get(input.manifest, ["integrations", "nhs_app"], null) == null
	# object.get: OPA evaluates a negated `in` outside the negation, so a
	# missing list would make the rule undefined there.
	not "nhs-app" in lib.array_at(["interoperability", "national_services"])
	finding := {
		"rule": "EC-02",
		"msg": "the service is for citizens but does not say whether it joins the NHS App: set `integrations.nhs_app`",
		"at": missing_at,
	}
}

deny contains finding if {
	value := input.manifest.integrations.nhs_app
	not value in allowed
	finding := {
		"rule": "EC-02",
		"msg": sprintf("integrations.nhs_app `%v` is not one of %s", [value, concat(", ", allowed)]),
		"at": "/manifest/integrations/nhs_app",
	}
}

# Label the list of national services when there is one and no integrations
# section, since NHS App integration is most often written there.
missing_at := "/manifest/interoperability/national_services" if {
	not input.manifest.integrations
	input.manifest.interoperability.national_services
} else := "/manifest/integrations/nhs_app"
