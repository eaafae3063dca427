package wgll.support_people.staff_support_missing_test

import data.wgll.support_people.staff_support_missing as rule

full := {
	"today": "2026-11-23",
	"repository": {"name": "patient-portal", "git": null},
	"manifest": {
		"wgll": 1,
		"service": {"name": "Patient Portal", "phase": "live", "audience": ["citizens", "staff"]},
		"operations": {"support": {"route": "Northshire IT service desk", "contact": "servicedesk@northshire.nhs.example"}},
	},
	"files": ["wgll.yaml"],
	"adrs": [],
	"documents": {},
}

no_contact := json.remove(full, ["manifest/operations/support/contact"])

no_operations := json.remove(full, ["manifest/operations"])

citizens_only := json.patch(no_operations, [{"op": "replace", "path": "/manifest/service/audience", "value": ["citizens"]}])

in_alpha := json.patch(no_operations, [{"op": "replace", "path": "/manifest/service/phase", "value": "alpha"}])

test_passes_with_a_service_desk if {
	count(rule.deny) == 0 with input as full
}

test_fails_without_a_contact if {
	some f in rule.deny with input as no_contact
	f.rule == "PE-05"
	f.at == "/manifest/operations/support/contact"
	count(rule.deny) == 1 with input as no_contact
}

test_fails_without_operations if {
	count(rule.deny) == 1 with input as no_operations
}

test_silent_when_staff_do_not_use_the_service if {
	count(rule.deny) == 0 with input as citizens_only
}

test_silent_in_alpha if {
	count(rule.deny) == 0 with input as in_alpha
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
