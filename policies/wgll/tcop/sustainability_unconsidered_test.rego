package wgll.tcop.sustainability_unconsidered_test

import data.wgll.tcop.sustainability_unconsidered as rule

full := {
	"today": "2026-11-23",
	"repository": {"name": "patient-portal", "git": null},
	"manifest": {
		"wgll": 1,
		"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
		"hosting": {"model": "public-cloud", "provider": "aws", "regions": ["eu-west-2"]},
		"sustainability": {"measures": ["nonprod-shutdown-out-of-hours", "autoscaling", "log-retention-limits"]},
	},
	"files": ["wgll.yaml"],
	"adrs": [],
	"documents": {},
}

unrecorded := json.remove(full, ["manifest/sustainability"])

decided := json.patch(unrecorded, [{"op": "add", "path": "/adrs/-", "value": {"file": "docs/adr/0006-arm-instances.md", "number": 6, "title": "Run on ARM instances", "status": "accepted", "date": "2026-04-01", "tags": ["sustainability", "cost"], "supersedes": [], "superseded_by": []}}])

in_discovery := json.patch(unrecorded, [{"op": "replace", "path": "/manifest/service/phase", "value": "discovery"}])

test_passes_with_measures_listed if {
	count(rule.deny) == 0 with input as full
}

test_passes_with_an_accepted_sustainability_decision if {
	count(rule.deny) == 0 with input as decided
}

test_fails_when_nothing_is_recorded if {
	some f in rule.deny with input as unrecorded
	f.rule == "TCOP-12"
	f.at == "/manifest/sustainability/measures"
	count(rule.deny) == 1 with input as unrecorded
}

test_silent_in_discovery if {
	count(rule.deny) == 0 with input as in_discovery
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
