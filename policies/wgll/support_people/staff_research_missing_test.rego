package wgll.support_people.staff_research_missing_test

import data.wgll.support_people.staff_research_missing as rule

full := {
	"today": "2026-11-23",
	"repository": {"name": "patient-portal", "git": null},
	"manifest": {
		"wgll": 1,
		"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"], "user_research": "docs/research/findings-2026.md"},
		"user_research": {"last_round": "2026-10-14", "participants": {"patients": 24, "staff": 9}},
	},
	"files": ["wgll.yaml", "docs/research/findings-2026.md"],
	"adrs": [],
	"documents": {},
}

no_staff := json.patch(full, [{"op": "replace", "path": "/manifest/user_research/participants/staff", "value": 0}])

unrecorded := json.remove(full, ["manifest/user_research"])

citizens_only := json.patch(no_staff, [{"op": "replace", "path": "/manifest/service/audience", "value": ["citizens"]}])

in_discovery := json.patch(unrecorded, [{"op": "replace", "path": "/manifest/service/phase", "value": "discovery"}])

test_passes_when_staff_took_part if {
	count(rule.deny) == 0 with input as full
}

test_fails_when_no_staff_took_part if {
	some f in rule.deny with input as no_staff
	f.rule == "PE-01"
	f.at == "/manifest/user_research/participants/staff"
	count(rule.deny) == 1 with input as no_staff
}

test_fails_when_participants_are_unrecorded if {
	count(rule.deny) == 1 with input as unrecorded
}

test_silent_when_staff_do_not_use_the_service if {
	count(rule.deny) == 0 with input as citizens_only
}

test_silent_in_discovery if {
	count(rule.deny) == 0 with input as in_discovery
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
