package wgll.tcop.service_assessment_missing_test

import data.wgll.tcop.service_assessment_missing as rule

full := {
	"today": "2026-11-23",
	"repository": {"name": "patient-portal", "git": null},
	"manifest": {
		"wgll": 1,
		"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
		"compliance": {"service_assessment": {"standard": "nhs-17", "phase": "beta", "result": "met-with-conditions", "date": "2026-05-12"}},
	},
	"files": ["wgll.yaml"],
	"adrs": [],
	"documents": {},
}

gone_live := json.patch(full, [{"op": "replace", "path": "/manifest/service/phase", "value": "live"}])

not_met := json.patch(full, [{"op": "replace", "path": "/manifest/compliance/service_assessment/result", "value": "not-met"}])

no_result := json.remove(full, ["manifest/compliance/service_assessment/result"])

unassessed := json.remove(full, ["manifest/compliance"])

staff_only := json.patch(unassessed, [{"op": "replace", "path": "/manifest/service/audience", "value": ["staff"]}])

in_discovery := json.patch(unassessed, [{"op": "replace", "path": "/manifest/service/phase", "value": "discovery"}])

test_passes_when_met_for_the_current_phase if {
	count(rule.deny) == 0 with input as full
}

test_fails_when_the_assessment_is_for_an_earlier_phase if {
	some f in rule.deny with input as gone_live
	f.rule == "TCOP-13"
	f.at == "/manifest/compliance/service_assessment/phase"
	count(rule.deny) == 1 with input as gone_live
}

test_fails_when_not_met if {
	some f in rule.deny with input as not_met
	f.rule == "TCOP-13"
	f.at == "/manifest/compliance/service_assessment/result"
	contains(f.msg, "not-met")
	count(rule.deny) == 1 with input as not_met
}

test_fails_when_the_result_is_unrecorded if {
	some f in rule.deny with input as no_result
	f.at == "/manifest/compliance/service_assessment/result"
	count(rule.deny) == 1 with input as no_result
}

test_fails_when_unassessed if {
	some f in rule.deny with input as unassessed
	f.at == "/manifest/compliance/service_assessment"
	count(rule.deny) == 1 with input as unassessed
}

test_silent_for_staff_only_services if {
	count(rule.deny) == 0 with input as staff_only
}

test_silent_in_discovery if {
	count(rule.deny) == 0 with input as in_discovery
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}

with_manifest(patch) := json.patch(unassessed, patch)

alpha_met := {"standard": "nhs-17", "phase": "alpha", "result": "met", "date": "2026-03-02"}

test_passes_in_alpha_before_the_end_of_alpha_assessment if {
	m := with_manifest([{"op": "replace", "path": "/manifest/service/phase", "value": "alpha"}])
	count(rule.deny) == 0 with input as m
}

test_passes_in_private_beta_holding_only_the_alpha_assessment if {
	m := with_manifest([
		{"op": "add", "path": "/manifest/service/beta_stage", "value": "private"},
		{"op": "add", "path": "/manifest/compliance", "value": {"service_assessment": alpha_met}},
	])
	count(rule.deny) == 0 with input as m
}

test_fails_in_public_beta_holding_only_the_alpha_assessment if {
	m := with_manifest([
		{"op": "add", "path": "/manifest/service/beta_stage", "value": "public"},
		{"op": "add", "path": "/manifest/compliance", "value": {"service_assessment": alpha_met}},
	])
	findings := rule.deny with input as m
	count(findings) == 1
	some f in findings
	f.at == "/manifest/compliance/service_assessment/phase"
	contains(f.msg, "in public beta")
}

test_fails_in_beta_of_unrecorded_stage_with_a_hint if {
	m := with_manifest([{"op": "add", "path": "/manifest/compliance", "value": {"service_assessment": alpha_met}}])
	some f in rule.deny with input as m
	contains(f.msg, "beta_stage: private")
}

test_passes_for_a_local_nhs_service_with_no_mandated_assessment if {
	m := with_manifest([{"op": "add", "path": "/manifest/compliance", "value": {"service_assessment": {"mandate": "nhs-local"}}}])
	count(rule.deny) == 0 with input as m
}

test_fails_for_a_local_nhs_service_whose_recorded_assessment_was_not_met if {
	a := object.union(alpha_met, {"mandate": "nhs-local", "phase": "beta", "result": "not-met"})
	m := with_manifest([{"op": "add", "path": "/manifest/compliance", "value": {"service_assessment": a}}])
	count(rule.deny) == 1 with input as m
}

test_fails_when_a_central_government_service_is_assessed_against_another_standard if {
	a := object.union(alpha_met, {"mandate": "central-government", "phase": "beta"})
	m := with_manifest([{"op": "add", "path": "/manifest/compliance", "value": {"service_assessment": a}}])
	some f in rule.deny with input as m
	f.at == "/manifest/compliance/service_assessment/standard"
	count(rule.deny) == 1 with input as m
}

test_passes_for_an_nhs_england_service_assessed_against_the_nhs_standard if {
	a := object.union(alpha_met, {"mandate": "nhs-england", "phase": "beta"})
	m := with_manifest([{"op": "add", "path": "/manifest/compliance", "value": {"service_assessment": a}}])
	count(rule.deny) == 0 with input as m
}
