package wgll.smart_foundations.code_unlicensed_test

import data.wgll.smart_foundations.code_unlicensed as rule

full := {
	"today": "2026-11-23",
	"repository": {"name": "patient-portal", "git": null},
	"manifest": {
		"wgll": 1,
		"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
		"open_source": {"licence": "MIT", "published": true},
	},
	"files": ["wgll.yaml", "LICENSE", "README.md", "src/index.ts"],
	"adrs": [],
	"documents": {},
}

british_spelling := json.patch(full, [{"op": "replace", "path": "/files/1", "value": "LICENCE.md"}])

unlicensed := json.patch(full, [{"op": "remove", "path": "/files/1"}])

not_osi := json.patch(full, [{"op": "replace", "path": "/manifest/open_source/licence", "value": "MIT License"}])

closed := json.patch(unlicensed, [{"op": "replace", "path": "/manifest/open_source/published", "value": false}])

in_discovery := json.patch(unlicensed, [{"op": "replace", "path": "/manifest/service/phase", "value": "discovery"}])

test_passes_when_published_with_a_licence if {
	count(rule.deny) == 0 with input as full
}

test_passes_with_a_licence_spelt_the_british_way if {
	count(rule.deny) == 0 with input as british_spelling
}

test_passes_when_no_licence_is_named_but_the_file_is_there if {
	count(rule.deny) == 0 with input as json.remove(full, ["manifest/open_source/licence"])
}

test_fails_when_published_without_a_licence_file if {
	some f in rule.deny with input as unlicensed
	f.rule == "SF-05"
	f.file == "LICENSE"
	count(rule.deny) == 1 with input as unlicensed
}

test_fails_when_the_licence_is_not_an_osi_spdx_id if {
	some f in rule.deny with input as not_osi
	f.at == "/manifest/open_source/licence"
	contains(f.msg, "`MIT License`")
	count(rule.deny) == 1 with input as not_osi
}

test_silent_for_unpublished_code if {
	count(rule.deny) == 0 with input as closed
}

test_silent_in_discovery if {
	count(rule.deny) == 0 with input as in_discovery
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
