package wgll.support_people.staff_training_plan_missing_test

import data.wgll.support_people.staff_training_plan_missing as rule

full := {
	"today": "2026-11-23",
	"repository": {"name": "patient-portal", "git": null},
	"manifest": {
		"wgll": 1,
		"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
		"team": {"disciplines": ["clinical", "design", "technical"], "training_plan": "docs/people/training.md"},
	},
	"files": ["wgll.yaml", "docs/people/training.md"],
	"adrs": [],
	"documents": {},
}

no_plan := json.remove(full, ["manifest/team/training_plan"])

citizens_only := json.patch(no_plan, [{"op": "replace", "path": "/manifest/service/audience", "value": ["citizens"]}])

in_alpha := json.patch(no_plan, [{"op": "replace", "path": "/manifest/service/phase", "value": "alpha"}])

test_passes_with_a_plan if {
	count(rule.deny) == 0 with input as full
}

test_fails_without_a_plan if {
	some f in rule.deny with input as no_plan
	f.rule == "PE-03"
	f.at == "/manifest/team/training_plan"
	count(rule.deny) == 1 with input as no_plan
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

test_fails_when_the_named_document_is_not_in_the_repository if {
	some f in data.wgll.support_people.staff_training_plan_missing.deny with input as {"today": "2026-11-23", "manifest": {"team": {"training_plan": "docs/evidence.md"}}, "files": ["README.md"], "folders": []}
	f.rule == "PE-03"
	f.at == "/manifest/team/training_plan"
	contains(f.msg, "`docs/evidence.md`, which is not in the repository")
}

test_passes_when_the_named_document_is_there if {
	findings := data.wgll.support_people.staff_training_plan_missing.deny with input as {
		"today": "2026-11-23", "manifest": {"team": {"training_plan": "docs/evidence.md"}},
		"files": ["docs/evidence.md"], "folders": ["docs"],
		"observed": {"evidence": {"docs/evidence.md": {"hollow": false}}},
	}
	every f in findings {
		f.at != "/manifest/team/training_plan"
	}
}
