package wgll.manifest.manifest_missing_test

import data.wgll.manifest.manifest_missing

test_fails_when_manifest_is_absent if {
	some f in manifest_missing.deny with input as {"manifest": null, "manifest_file": "wgll.yaml"}
	f.file == "wgll.yaml"
}

test_passes_when_manifest_is_present if {
	count(manifest_missing.deny) == 0 with input as {"manifest": {"wgll": 1}, "manifest_file": "wgll.yaml"}
}
