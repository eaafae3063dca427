package wgll.smart_foundations.funding_unsustained_test

import data.wgll.smart_foundations.funding_unsustained as rule

full := {
	"today": "2026-11-23",
	"repository": {"name": "patient-portal", "git": null},
	"manifest": {
		"wgll": 1,
		"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
		"governance": {
			"senior_responsible_owner": {"name": "Jane Doe", "role": "Chief Digital Officer"},
			"funding": {"source": "capital", "sustainable_until": "2028-03-31"},
		},
	},
	"files": ["wgll.yaml"],
	"adrs": [],
	"documents": {},
}

ran_out := json.patch(full, [{"op": "replace", "path": "/manifest/governance/funding/sustainable_until", "value": "2026-03-31"}])

unknown := json.remove(full, ["manifest/governance/funding"])

not_a_date := json.patch(full, [{"op": "replace", "path": "/manifest/governance/funding/sustainable_until", "value": "March 2028"}])

in_discovery := json.patch(unknown, [{"op": "replace", "path": "/manifest/service/phase", "value": "discovery"}])

test_passes_when_funded_beyond_today if {
	count(rule.deny) == 0 with input as full
}

test_fails_when_funding_has_run_out if {
	some f in rule.deny with input as ran_out
	f.rule == "SF-04"
	f.at == "/manifest/governance/funding/sustainable_until"
	count(rule.deny) == 1 with input as ran_out
}

test_fails_when_the_funding_end_is_unknown if {
	some f in rule.deny with input as unknown
	f.rule == "SF-04"
	f.at == "/manifest/governance/funding/sustainable_until"
	count(rule.deny) == 1 with input as unknown
}

test_leaves_a_malformed_date_to_the_schema_rule if {
	count(rule.deny) == 0 with input as not_a_date
}

test_silent_in_discovery if {
	count(rule.deny) == 0 with input as in_discovery
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
