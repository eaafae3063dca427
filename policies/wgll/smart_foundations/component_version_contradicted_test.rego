package wgll.smart_foundations.component_version_contradicted_test

import data.wgll.smart_foundations.component_version_contradicted as rule

pin(file, version, cycle) := {"product": "nodejs", "title": "Node.js", "cycle": cycle, "version": version, "file": file, "source": "nvmrc", "eol": null, "supported": null}

inp := {
	"today": "2026-11-23",
	"manifest": {
		"wgll": 1,
		"service": {"name": "Patient Portal", "phase": "beta"},
		"technology": {"components": [
			{"name": "Node.js", "version": "24", "eol": "2028-04-30"},
			{"name": "postgresql", "version": "17", "eol": "2029-11-08"},
		]},
	},
	"observed": {"components": [pin(".nvmrc", "24.1.0", "24")]},
}

with_pins(pins) := json.patch(inp, [{"op": "replace", "path": "/observed/components", "value": pins}])

test_passes_when_the_manifest_records_the_release_pinned if {
	count(rule.deny) == 0 with input as inp
}

test_fails_at_the_claim_with_the_pin_beside_it if {
	i := with_pins([pin(".nvmrc", "18.19.0", "18")])
	some f in rule.deny with input as i
	f.rule == "SF-06"
	f.at == "/manifest/technology/components/0/version"
	f.msg == "technology.components says `Node.js` is version 24, but `.nvmrc` pins Node.js 18.19.0 (release 18)"
	f.related == [{"at": "/observed/components/0/version", "msg": "`.nvmrc` pins Node.js 18.19.0 (release 18)"}]
	count(rule.deny) == 1 with input as i
}

test_fails_naming_every_pin_of_another_release if {
	i := with_pins([pin(".nvmrc", "24.1.0", "24"), pin("Dockerfile", "18", "18"), pin(".tool-versions", "20.1.0", "20")])
	some f in rule.deny with input as i
	contains(f.msg, "2 pins name other releases: `Dockerfile` (18), `.tool-versions` (20)")
	count(f.related) == 2
}

test_passes_when_each_release_has_its_entry if {
	i := json.patch(with_pins([pin("web/.nvmrc", "24.1.0", "24"), pin("lambda/.nvmrc", "22.3.0", "22")]), [{"op": "add", "path": "/manifest/technology/components/-", "value": {"name": "node", "version": "22.3", "eol": "2027-04-30"}}])
	count(rule.deny) == 0 with input as i
}

test_passes_for_ranges_other_products_and_unwritten_versions if {
	count(rule.deny) == 0 with input as with_pins([pin("package.json", ">=18", null)])
	count(rule.deny) == 0 with input as with_pins([object.union(pin(".nvmrc", "18", "18"), {"product": "deno", "title": "Deno"})])
	count(rule.deny) == 0 with input as json.patch(with_pins([pin(".nvmrc", "18", "18")]), [{"op": "replace", "path": "/manifest/technology/components/0/version", "value": "TODO"}])
	count(rule.deny) == 0 with input as json.patch(inp, [{"op": "replace", "path": "/manifest", "value": null}])
}
