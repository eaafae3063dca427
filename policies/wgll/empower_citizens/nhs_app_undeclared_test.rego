package wgll.empower_citizens.nhs_app_undeclared_test

import data.wgll.empower_citizens.nhs_app_undeclared as rule

manifest := {
	"wgll": 1,
	"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
	"interoperability": {"standards": ["fhir-uk-core", "snomed-ct", "nhs-number"], "national_services": ["nhs-login", "nhs-app"]},
}

doc(m) := {"today": "2026-11-23", "repository": {"name": "patient-portal", "git": null}, "manifest": m, "files": ["wgll.yaml"], "adrs": [], "documents": {}}

without_app := json.patch(manifest, [{"op": "replace", "path": "/interoperability/national_services", "value": ["nhs-login"]}])

test_passes_when_the_nhs_app_is_a_national_service if {
	count(rule.deny) == 0 with input as doc(manifest)
}

test_passes_when_integration_is_planned if {
	m := json.patch(without_app, [{"op": "add", "path": "/integrations", "value": {"nhs_app": "planned"}}])
	count(rule.deny) == 0 with input as doc(m)
}

test_passes_when_declared_not_applicable if {
	m := json.patch(without_app, [{"op": "add", "path": "/integrations", "value": {"nhs_app": "not-applicable"}}])
	count(rule.deny) == 0 with input as doc(m)
}

test_fails_when_nothing_is_declared if {
	some f in rule.deny with input as doc(without_app)
	f.rule == "EC-02"
	f.at == "/manifest/interoperability/national_services"
	count(rule.deny) == 1 with input as doc(without_app)
}

test_fails_at_the_field_when_integrations_exist if {
	m := json.patch(without_app, [{"op": "add", "path": "/integrations", "value": {"gp_connect": true}}])
	some f in rule.deny with input as doc(m)
	f.at == "/manifest/integrations/nhs_app"
}

test_fails_for_an_unknown_value if {
	m := json.patch(without_app, [{"op": "add", "path": "/integrations", "value": {"nhs_app": "maybe"}}])
	some f in rule.deny with input as doc(m)
	f.rule == "EC-02"
	f.at == "/manifest/integrations/nhs_app"
	count(rule.deny) == 1 with input as doc(m)
}

test_silent_for_a_staff_service if {
	m := json.patch(without_app, [{"op": "replace", "path": "/service/audience", "value": ["staff"]}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as doc(null)
}

# No interoperability section at all: the rule fires under OPA as under
# regorus (a negated `in` over a missing list was undefined under OPA).
test_fails_when_no_national_services_are_listed if {
	m := json.remove(manifest, ["interoperability"])
	some f in rule.deny with input as doc(m)
	f.at == "/manifest/integrations/nhs_app"
}
