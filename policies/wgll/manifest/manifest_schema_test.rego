package wgll.manifest.manifest_schema_test

import data.wgll.manifest.manifest_schema

good := {"wgll": 1, "service": {"phase": "beta"}, "hosting": {"model": "public-cloud"}, "accessibility": {"last_audit": "2026-02-01"}}

test_passes_for_a_valid_manifest if {
	count(manifest_schema.deny) == 0 with input.manifest as good
}

test_fails_for_an_unknown_phase if {
	some f in manifest_schema.deny with input.manifest as object.union(good, {"service": {"phase": "gamma"}})
	f.at == "/manifest/service/phase"
	contains(f.msg, "gamma")
}

test_fails_for_an_unknown_section if {
	some f in manifest_schema.deny with input.manifest as object.union(good, {"hostng": {}})
	f.at == "/manifest/hostng"
}

test_fails_for_a_date_in_another_form if {
	some f in manifest_schema.deny with input.manifest as object.union(good, {"accessibility": {"last_audit": "01/02/2026"}})
	f.at == "/manifest/accessibility/last_audit"
}

test_fails_without_a_schema_version if {
	some f in manifest_schema.deny with input.manifest as object.remove(good, ["wgll"])
	f.at == "/manifest/wgll"
}

test_fails_for_a_manifest_that_is_not_a_mapping if {
	some f in manifest_schema.deny with input.manifest as ["a"]
	f.at == "/manifest"
}
