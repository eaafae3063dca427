package wgll.empower_citizens.nhs_login_missing_test

import data.wgll.empower_citizens.nhs_login_missing as rule

manifest := {
	"wgll": 1,
	"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
	"interoperability": {"standards": ["fhir-uk-core", "snomed-ct", "nhs-number"], "national_services": ["nhs-login", "nhs-app"]},
}

doc(m) := {"today": "2026-11-23", "repository": {"name": "patient-portal", "git": null}, "manifest": m, "files": ["wgll.yaml"], "adrs": [], "documents": {}}

without_login := json.patch(manifest, [{"op": "replace", "path": "/interoperability/national_services", "value": ["nhs-app"]}])

test_passes_when_nhs_login_is_a_national_service if {
	count(rule.deny) == 0 with input as doc(manifest)
}

test_passes_when_the_provider_is_nhs_login if {
	m := json.patch(without_login, [{"op": "add", "path": "/identity", "value": {"citizen": {"provider": "nhs-login"}}}])
	count(rule.deny) == 0 with input as doc(m)
}

test_passes_for_another_provider_that_conforms_to_dapb3051 if {
	m := json.patch(without_login, [{"op": "add", "path": "/identity", "value": {"citizen": {"provider": "trust-id", "dapb3051_conformance": "docs/identity/dapb3051-conformance.md"}}}])
	count(rule.deny) == 0 with input as object.union(doc(m), {"files": ["docs/identity/dapb3051-conformance.md", "wgll.yaml"]})
}

test_passes_for_another_provider_justified_by_a_decision_record if {
	m := json.patch(without_login, [{"op": "add", "path": "/identity", "value": {"citizen": {"provider": "trust-id"}}}])
	d := object.union(doc(m), {"adrs": [{"file": "docs/adr/0005-citizen-sign-in.md", "number": 5, "status": "accepted", "tags": ["identity"]}]})
	count(rule.deny) == 0 with input as d
}

test_passes_when_citizens_do_not_sign_in if {
	m := json.patch(without_login, [{"op": "add", "path": "/identity", "value": {"citizen": {"provider": "none"}}}])
	count(rule.deny) == 0 with input as doc(m)
}

test_fails_when_no_nhs_login_is_offered if {
	some f in rule.deny with input as doc(without_login)
	f.rule == "EC-01"
	f.at == "/manifest/interoperability/national_services"
	count(rule.deny) == 1 with input as doc(without_login)
}

test_fails_at_the_provider_when_nothing_is_declared if {
	m := json.remove(manifest, ["interoperability"])
	some f in rule.deny with input as doc(m)
	f.at == "/manifest/identity/citizen/provider"
}

test_fails_for_another_provider_without_justification if {
	m := json.patch(without_login, [{"op": "add", "path": "/identity", "value": {"citizen": {"provider": "trust-id"}}}])
	d := object.union(doc(m), {"adrs": [{"file": "docs/adr/0005-citizen-sign-in.md", "number": 5, "status": "proposed", "tags": ["identity"]}]})
	some f in rule.deny with input as d
	f.rule == "EC-01"
	f.at == "/manifest/identity/citizen/provider"
	count(rule.deny) == 1 with input as d
}

test_silent_for_a_staff_service if {
	m := json.patch(without_login, [{"op": "replace", "path": "/service/audience", "value": ["staff"]}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_in_discovery if {
	m := json.patch(without_login, [{"op": "replace", "path": "/service/phase", "value": "discovery"}])
	count(rule.deny) == 0 with input as doc(m)
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as doc(null)
}

test_fails_when_the_named_document_is_not_in_the_repository if {
	some f in data.wgll.empower_citizens.nhs_login_missing.deny with input as {"today": "2026-11-23", "manifest": {"identity": {"citizen": {"dapb3051_conformance": "docs/evidence.md"}}}, "files": ["README.md"], "folders": []}
	f.rule == "EC-01"
	f.at == "/manifest/identity/citizen/dapb3051_conformance"
	contains(f.msg, "`docs/evidence.md`, which is not in the repository")
}

test_passes_when_the_named_document_is_there if {
	findings := data.wgll.empower_citizens.nhs_login_missing.deny with input as {
		"today": "2026-11-23", "manifest": {"identity": {"citizen": {"dapb3051_conformance": "docs/evidence.md"}}},
		"files": ["docs/evidence.md"], "folders": ["docs"],
		"observed": {"evidence": {"docs/evidence.md": {"hollow": false}}},
	}
	every f in findings {
		f.at != "/manifest/identity/citizen/dapb3051_conformance"
	}
}
