package wgll.smart_foundations.code_unlicensed_test

import data.wgll.smart_foundations.code_unlicensed as rule

mit_file := {"file": "LICENSE", "hollow": false, "spdx": "MIT", "matches": ["MIT"], "osi_approved": true, "confidence": 1, "closest": null}

full := {
	"today": "2026-11-23",
	"repository": {"name": "patient-portal", "git": null},
	"manifest": {
		"wgll": 1,
		"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
		"open_source": {"licence": "MIT", "published": true},
	},
	"files": ["wgll.yaml", "LICENSE", "README.md", "src/index.ts"],
	"observed": {"files": {"licence": mit_file, "publiccode": null}},
	"adrs": [],
	"documents": {},
}

no_manifest := json.patch(full, [{"op": "replace", "path": "/manifest", "value": null}])

unlicensed := json.patch(full, [
	{"op": "remove", "path": "/files/1"},
	{"op": "replace", "path": "/observed/files/licence", "value": null},
])

not_osi := json.patch(full, [{"op": "replace", "path": "/manifest/open_source/licence", "value": "MIT License"}])

closed := json.patch(unlicensed, [{"op": "replace", "path": "/manifest/open_source/published", "value": false}])

in_discovery := json.patch(unlicensed, [{"op": "replace", "path": "/manifest/service/phase", "value": "discovery"}])

notice_only := json.patch(full, [{"op": "replace", "path": "/observed/files/licence", "value": {
	"file": "LICENSE", "hollow": false, "spdx": null, "matches": [], "osi_approved": false,
	"confidence": 0.42, "closest": "MIT",
}}])

source_available := json.patch(full, [{"op": "replace", "path": "/observed/files/licence", "value": {
	"file": "LICENSE", "hollow": false, "spdx": "BUSL-1.1", "matches": ["BUSL-1.1"], "osi_approved": false,
	"confidence": 0.97, "closest": null,
}}])

gpl_file := {"file": "COPYING", "hollow": false, "spdx": "GPL-3.0-or-later", "matches": ["GPL-3.0-or-later", "GPL-3.0", "GPL-3.0-only"], "osi_approved": true, "confidence": 0.99, "closest": null}

test_passes_when_published_with_a_licence if {
	count(rule.deny) == 0 with input as full
}

test_passes_when_no_licence_is_named_but_the_file_is_there if {
	count(rule.deny) == 0 with input as json.remove(full, ["manifest/open_source/licence"])
}

test_passes_when_the_claim_is_another_name_for_the_same_text if {
	gpl := json.patch(full, [
		{"op": "replace", "path": "/manifest/open_source/licence", "value": "GPL-3.0-only"},
		{"op": "replace", "path": "/observed/files/licence", "value": gpl_file},
	])
	count(rule.deny) == 0 with input as gpl
}

test_passes_with_no_manifest_and_an_open_licence if {
	count(rule.deny) == 0 with input as no_manifest
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

test_fails_at_the_file_when_it_holds_no_licence_text if {
	some f in rule.deny with input as notice_only
	f.at == "/observed/files/licence"
	contains(f.msg, "nearest is MIT")
	count(rule.deny) == 1 with input as notice_only
}

test_fails_at_the_file_when_the_licence_is_not_open_source if {
	some f in rule.deny with input as source_available
	f.at == "/observed/files/licence"
	contains(f.msg, "BUSL-1.1")
}

test_fails_with_no_manifest_when_the_licence_is_not_open_source if {
	bare := json.patch(source_available, [{"op": "replace", "path": "/manifest", "value": null}])
	some f in rule.deny with input as bare
	f.at == "/observed/files/licence"
}

test_fails_at_the_claim_when_the_file_holds_another_licence if {
	apache := json.patch(full, [{"op": "replace", "path": "/manifest/open_source/licence", "value": "Apache-2.0"}])
	some f in rule.deny with input as apache
	f.at == "/manifest/open_source/licence"
	contains(f.msg, "holds the MIT licence")
	f.related[0].at == "/observed/files/licence"
	count(rule.deny) == 1 with input as apache
}

test_fails_with_no_manifest_when_publiccode_says_published_and_no_licence if {
	bare := json.patch(unlicensed, [
		{"op": "replace", "path": "/manifest", "value": null},
		{"op": "replace", "path": "/observed/files/publiccode", "value": {"file": "publiccode.yml", "name": "x", "licence": "MIT"}},
	])
	some f in rule.deny with input as bare
	f.file == "LICENSE"
	contains(f.msg, "publiccode.yml")
}

test_silent_with_no_manifest_and_no_licence_file if {
	bare := json.patch(unlicensed, [{"op": "replace", "path": "/manifest", "value": null}])
	count(rule.deny) == 0 with input as bare
}

test_silent_for_unpublished_code if {
	count(rule.deny) == 0 with input as closed
	private := json.patch(source_available, [
		{"op": "replace", "path": "/manifest/open_source/published", "value": false},
		{"op": "remove", "path": "/manifest/open_source/licence"},
	])
	count(rule.deny) == 0 with input as private
}

test_silent_in_discovery if {
	count(rule.deny) == 0 with input as in_discovery
}

ogl_content := json.patch(no_manifest, [
	{"op": "replace", "path": "/files", "value": ["LICENCE", "README.md", "doc/adr/0001-record-decisions.md"]},
	{"op": "replace", "path": "/observed/files/licence", "value": {
		"file": "LICENCE", "hollow": false, "spdx": "OGL-UK-3.0", "matches": ["OGL-UK-3.0"], "osi_approved": false,
		"confidence": 1, "closest": null,
	}},
])

test_passes_for_content_under_the_open_government_licence if {
	count(rule.deny) == 0 with input as ogl_content
}

test_fails_for_code_under_the_open_government_licence if {
	code := json.patch(ogl_content, [{"op": "add", "path": "/files/-", "value": "app/main.py"}])
	some f in rule.deny with input as code
	f.at == "/observed/files/licence"
}

test_fails_for_a_package_ecosystem_under_the_open_government_licence if {
	code := json.patch(ogl_content, [{"op": "add", "path": "/observed/ecosystems", "value": {"npm": [{"directory": "/", "files": ["package.json"], "updated_by": []}]}}])
	some f in rule.deny with input as code
	f.at == "/observed/files/licence"
}

test_fails_when_a_publiccode_file_says_published_and_the_manifest_is_silent if {
	said := json.patch(notice_only, [
		{"op": "remove", "path": "/manifest/open_source/published"},
		{"op": "replace", "path": "/observed/files/publiccode", "value": {"file": "publiccode.yml", "name": "Portal", "licence": null}},
	])
	some f in rule.deny with input as said
	f.at == "/observed/files/licence"
}

claiming(licence) := json.patch(full, [{"op": "replace", "path": "/manifest/open_source/licence", "value": licence}])

test_passes_for_spdx_expressions_the_file_bears_out if {
	count(rule.deny) == 0 with input as claiming("MIT OR Apache-2.0")
	count(rule.deny) == 0 with input as claiming("(MIT AND BSD-3-Clause)")
	count(rule.deny) == 0 with input as claiming("Apache-2.0 OR (MIT AND ISC)")
	count(rule.deny) == 0 with input as claiming("mit or apache-2.0")
}

test_passes_for_any_osi_approved_licence_on_the_spdx_list if {
	# Not among the two dozen a hand list would hold.
	blue_oak := {"file": "LICENSE", "hollow": false, "spdx": "BlueOak-1.0.0", "matches": ["BlueOak-1.0.0"], "osi_approved": true, "confidence": 1, "closest": null}
	m := json.patch(claiming("BlueOak-1.0.0"), [{"op": "replace", "path": "/observed/files/licence", "value": blue_oak}])
	count(rule.deny) == 0 with input as m
	gpl := {"file": "COPYING", "hollow": false, "spdx": "GPL-2.0-only", "matches": ["GPL-2.0-only", "GPL-2.0"], "osi_approved": true, "confidence": 1, "closest": null}
	with_exception := json.patch(claiming("GPL-2.0-only WITH Classpath-exception-2.0"), [{"op": "replace", "path": "/observed/files/licence", "value": gpl}])
	count(rule.deny) == 0 with input as with_exception
}

test_passes_for_a_choice_of_an_open_licence_or_another if {
	count(rule.deny) == 0 with input as claiming("MIT OR LicenseRef-Commercial")
}

test_fails_for_a_malformed_expression if {
	some f in rule.deny with input as claiming("MIT OR")
	contains(f.msg, "is not an SPDX licence expression")
	count(rule.deny) == 1 with input as claiming("(MIT OR Apache-2.0")
	count(rule.deny) == 1 with input as claiming("MIT) OR (Apache-2.0")
	count(rule.deny) == 1 with input as claiming("MIT, Apache-2.0")
	count(rule.deny) == 1 with input as claiming("WITH MIT")
}

test_fails_for_an_identifier_not_on_the_spdx_list if {
	some f in rule.deny with input as claiming("MIT AND Made-Up-1.0")
	contains(f.msg, "`Made-Up-1.0` in `MIT AND Made-Up-1.0` is not on the SPDX License List")
}

test_fails_when_an_and_joins_a_licence_the_osi_does_not_approve if {
	some f in rule.deny with input as claiming("MIT AND CC-BY-NC-4.0")
	contains(f.msg, "is not an OSI-approved licence")
}

test_fails_at_the_claim_when_no_licence_of_the_expression_is_the_file_s if {
	some f in rule.deny with input as claiming("Apache-2.0 OR GPL-3.0-only")
	contains(f.msg, "holds the MIT licence")
}
