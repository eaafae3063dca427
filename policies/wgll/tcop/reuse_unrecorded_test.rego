package wgll.tcop.reuse_unrecorded_test

import data.wgll.tcop.reuse_unrecorded as rule

full := {
	"today": "2026-11-23",
	"repository": {"name": "patient-portal", "git": null},
	"manifest": {
		"wgll": 1,
		"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
		"reuse": {"components": ["nhsuk-frontend", "nhs-login", "nhs-notify", "pds-fhir-api"]},
	},
	"files": ["wgll.yaml", "docs/adr/0001-record-architecture-decisions.md"],
	"adrs": [{"file": "docs/adr/0001-record-architecture-decisions.md", "number": 1, "title": "Record architecture decisions", "status": "accepted", "date": "2025-09-01", "tags": [], "supersedes": [], "superseded_by": []}],
	"documents": {},
}

empty := json.patch(full, [{"op": "replace", "path": "/manifest/reuse/components", "value": []}])

decided := json.patch(empty, [{"op": "add", "path": "/adrs/-", "value": {"file": "docs/adr/0005-reuse-nhs-notify.md", "number": 5, "title": "Send letters through NHS Notify", "status": "accepted", "date": "2026-02-01", "tags": ["Reuse", "national-services"], "supersedes": [], "superseded_by": []}}])

only_proposed := json.patch(decided, [{"op": "replace", "path": "/adrs/1/status", "value": "proposed"}])

in_discovery := json.patch(empty, [{"op": "replace", "path": "/manifest/service/phase", "value": "discovery"}])

test_passes_with_components_listed if {
	count(rule.deny) == 0 with input as full
}

test_passes_with_an_accepted_reuse_decision if {
	count(rule.deny) == 0 with input as decided
}

test_fails_when_nothing_is_recorded if {
	some f in rule.deny with input as empty
	f.rule == "TCOP-08"
	f.at == "/manifest/reuse/components"
	count(rule.deny) == 1 with input as empty
}

test_fails_when_the_decision_is_only_proposed if {
	count(rule.deny) == 1 with input as only_proposed
}

test_silent_in_discovery if {
	count(rule.deny) == 0 with input as in_discovery
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
