package wgll.smart_foundations.component_end_of_life_near_test

import data.wgll.smart_foundations.component_end_of_life_near as rule

full := {
	"today": "2026-11-23",
	"repository": {"name": "patient-portal", "git": null},
	"manifest": {
		"wgll": 1,
		"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
		"technology": {"components": [
			{"name": "nodejs", "version": "24", "eol": "2028-04-30"},
			{"name": "postgresql", "version": "17", "eol": "2029-11-08"},
		]},
	},
	"files": ["wgll.yaml", "package.json"],
	"adrs": [],
	"documents": {},
}

node_22 := json.patch(full, [{"op": "replace", "path": "/manifest/technology/components/0", "value": {"name": "nodejs", "version": "22", "eol": "2027-04-30"}}])

node_18 := json.patch(full, [{"op": "replace", "path": "/manifest/technology/components/0", "value": {"name": "nodejs", "version": "18", "eol": "2025-04-30"}}])

test_passes_when_end_of_life_is_far_off if {
	count(rule.deny) == 0 with input as full
}

test_fails_when_end_of_life_is_near if {
	some f in rule.deny with input as node_22
	f.rule == "SF-02"
	f.at == "/manifest/technology/components/0/eol"
	contains(f.msg, "nodejs")
	count(rule.deny) == 1 with input as node_22
}

test_silent_when_already_past if {
	count(rule.deny) == 0 with input as node_18
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}

pinned(eol) := json.patch(full, [{"op": "add", "path": "/observed", "value": {"components": [{"product": "nodejs", "title": "Node.js", "cycle": "22", "version": "22.15.0", "file": ".tool-versions", "source": "tool-versions", "eol": eol, "supported": true}]}}])

test_fails_at_the_file_pinning_a_release_near_its_end if {
	some f in rule.deny with input as pinned("2027-04-30")
	f.at == "/observed/components/0/version"
	contains(f.msg, "`.tool-versions` pins Node.js 22.15.0 (release 22)")
	count(rule.deny) == 1 with input as pinned("2027-04-30")
}

test_passes_for_a_pin_far_from_its_end_or_past_it_or_unknown if {
	count(rule.deny) == 0 with input as pinned("2028-04-30")
	count(rule.deny) == 0 with input as pinned("2025-04-30")
	count(rule.deny) == 0 with input as pinned(null)
	count(rule.deny) == 0 with input as pinned(false)
}
