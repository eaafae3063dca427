package wgll.smart_foundations.component_end_of_life_test

import data.wgll.smart_foundations.component_end_of_life as rule

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

node_18 := json.patch(full, [{"op": "replace", "path": "/manifest/technology/components/0", "value": {"name": "nodejs", "version": "18", "eol": "2025-04-30"}}])

undated := json.patch(full, [{"op": "replace", "path": "/manifest/technology/components/1", "value": {"name": "postgresql", "version": "17"}}])

bare_name := json.patch(full, [{"op": "replace", "path": "/manifest/technology/components/1", "value": "redis"}])

ends_today := json.patch(full, [{"op": "replace", "path": "/manifest/technology/components/0/eol", "value": "2026-11-23"}])

no_components := json.remove(full, ["manifest/technology"])

unnamed := json.patch(full, [{"op": "replace", "path": "/manifest/technology/components/1", "value": {"version": "7"}}])

test_passes_when_every_component_is_supported if {
	count(rule.deny) == 0 with input as full
}

test_passes_on_the_last_day_of_support if {
	count(rule.deny) == 0 with input as ends_today
}

test_fails_when_end_of_life_has_passed if {
	some f in rule.deny with input as node_18
	f.rule == "SF-01"
	f.at == "/manifest/technology/components/0/eol"
	contains(f.msg, "`nodejs` (version 18)")
	count(rule.deny) == 1 with input as node_18
}

test_fails_when_no_end_of_life_is_recorded if {
	some f in rule.deny with input as undated
	f.at == "/manifest/technology/components/1/eol"
	contains(f.msg, "postgresql")
	count(rule.deny) == 1 with input as undated
}

test_fails_when_a_component_is_only_a_name if {
	some f in rule.deny with input as bare_name
	f.at == "/manifest/technology/components/1/eol"
	contains(f.msg, "number 2")
	count(rule.deny) == 1 with input as bare_name
}

test_names_an_unnamed_component_by_position if {
	some f in rule.deny with input as unnamed
	contains(f.msg, "number 2")
}

test_silent_without_components if {
	count(rule.deny) == 0 with input as no_components
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}

node_18_pinned := {"product": "nodejs", "title": "Node.js", "cycle": "18", "version": "18.19.0", "file": ".nvmrc", "source": "nvmrc", "eol": "2025-04-30", "supported": false}

node_24_pinned := {"product": "nodejs", "title": "Node.js", "cycle": "24", "version": "24.1.0", "file": ".nvmrc", "source": "nvmrc", "eol": "2028-04-30", "supported": true}

observing(components) := json.patch(full, [{"op": "add", "path": "/observed", "value": {"components": components}}])

test_passes_when_every_pinned_component_is_supported if {
	count(rule.deny) == 0 with input as observing([node_24_pinned])
}

test_fails_at_the_file_pinning_an_ended_release if {
	inp := observing([node_24_pinned, node_18_pinned])
	some f in rule.deny with input as inp
	f.at == "/observed/components/1/version"
	contains(f.msg, "`.nvmrc` pins Node.js 18.19.0 (release 18)")
	contains(f.msg, "`2025-04-30`")
	not f.related
	count(rule.deny) == 1 with input as inp
}

test_fails_without_a_manifest if {
	inp := json.patch(observing([node_18_pinned]), [{"op": "replace", "path": "/manifest", "value": null}])
	count(rule.deny) == 1 with input as inp
}

test_fails_when_the_data_says_only_that_it_ended if {
	inp := observing([object.union(node_18_pinned, {"eol": true})])
	some f in rule.deny with input as inp
	contains(f.msg, "is past its end of life")
}

test_passes_when_the_end_of_life_is_unknown if {
	inp := observing([object.union(node_18_pinned, {"cycle": null, "eol": null, "supported": null}), object.union(node_24_pinned, {"eol": false})])
	count(rule.deny) == 0 with input as inp
}

test_points_from_the_pin_to_the_manifest_entry_for_it if {
	inp := json.patch(node_18, [{"op": "add", "path": "/observed", "value": {"components": [node_18_pinned]}}])
	some f in rule.deny with input as inp
	f.at == "/observed/components/0/version"
	f.related == [{"at": "/manifest/technology/components/0", "msg": "the manifest lists it here"}]
	count(rule.deny) == 2 with input as inp
}

test_silent_when_components_is_not_a_list if {
	inp := json.patch(full, [{"op": "replace", "path": "/manifest/technology/components", "value": null}])
	count(rule.deny) == 0 with input as inp
}
