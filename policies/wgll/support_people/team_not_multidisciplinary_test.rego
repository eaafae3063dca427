package wgll.support_people.team_not_multidisciplinary_test

import data.wgll.support_people.team_not_multidisciplinary as rule

full := {
	"today": "2026-11-23",
	"repository": {"name": "patient-portal", "git": null},
	"manifest": {
		"wgll": 1,
		"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
		"team": {"disciplines": ["clinical", "operational", "informatics", "design", "technical"], "training_plan": "docs/people/training.md"},
	},
	"files": ["wgll.yaml", "docs/people/training.md"],
	"adrs": [],
	"documents": {},
}

no_design := json.patch(full, [{"op": "replace", "path": "/manifest/team/disciplines", "value": ["clinical", "technical"]}])

capitals := json.patch(full, [{"op": "replace", "path": "/manifest/team/disciplines", "value": ["Clinical", "Design", "Technical"]}])

no_audience := json.patch(no_design, [{"op": "replace", "path": "/manifest/service/audience", "value": []}])

only_technical := json.patch(no_audience, [{"op": "replace", "path": "/manifest/team/disciplines", "value": ["technical"]}])

no_team := json.remove(full, ["manifest/team"])

test_passes_with_a_full_team if {
	count(rule.deny) == 0 with input as full
}

test_passes_whatever_the_case if {
	count(rule.deny) == 0 with input as capitals
}

test_fails_without_design_when_the_service_has_users if {
	some f in rule.deny with input as no_design
	f.rule == "PE-04"
	f.at == "/manifest/team/disciplines"
	f.msg == "`team.disciplines` lacks design"
	count(rule.deny) == 1 with input as no_design
}

test_design_not_needed_without_users if {
	count(rule.deny) == 0 with input as no_audience
}

test_fails_without_clinicians if {
	some f in rule.deny with input as only_technical
	contains(f.msg, "clinical")
}

test_fails_without_a_team if {
	some f in rule.deny with input as no_team
	f.msg == "`team.disciplines` lacks clinical, design, technical"
	count(rule.deny) == 1 with input as no_team
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
