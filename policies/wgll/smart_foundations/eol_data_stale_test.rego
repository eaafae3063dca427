package wgll.smart_foundations.eol_data_stale_test

import data.wgll.smart_foundations.eol_data_stale as rule

pinned := {"product": "nodejs", "title": "Node.js", "cycle": "24", "version": "24.1.0", "file": ".nvmrc", "source": "nvmrc", "eol": "2028-04-30", "supported": true}

inp := {
	"today": "2026-11-23",
	"manifest": null,
	"observed": {"components": [pinned]},
}

declared := {
	"today": "2026-11-23",
	"manifest": {"technology": {"components": [{"name": "nodejs", "version": "24", "eol": "2028-04-30"}]}},
	"observed": {"components": []},
}

test_passes_while_the_data_is_recent if {
	count(rule.deny) == 0 with input as inp with data.wgll.eol.updated as "2026-08-22"
}

test_fails_at_the_first_pin_when_the_data_is_old if {
	some f in rule.deny with input as inp with data.wgll.eol.updated as "2025-01-10"
	f.rule == "SF-07"
	f.at == "/observed/components/0/version"
	contains(f.msg, "dated `2025-01-10`")
}

test_fails_at_the_manifest_when_only_it_lists_components if {
	some f in rule.deny with input as declared with data.wgll.eol.updated as "2025-01-10"
	f.at == "/manifest/technology/components"
}

test_passes_with_no_components_to_judge if {
	i := json.patch(declared, [{"op": "replace", "path": "/manifest", "value": null}])
	count(rule.deny) == 0 with input as i with data.wgll.eol.updated as "2025-01-10"
}

test_fails_sooner_when_the_age_allowed_is_lower if {
	count(rule.deny) == 1 with input as inp with data.wgll.eol.updated as "2026-08-22" with data.wgll.params.eol_data_max_age_days as 30
}
