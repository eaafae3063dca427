package wgll.tcop.user_needs_unresearched_test

import data.wgll.tcop.user_needs_unresearched as rule

full := {
	"today": "2026-11-23",
	"repository": {"name": "patient-portal", "git": null},
	"manifest": {
		"wgll": 1,
		"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"], "user_research": "docs/research/findings-2026.md"},
		"user_research": {"last_round": "2026-10-14", "participants": {"patients": 24, "staff": 9}},
	},
	"files": ["wgll.yaml", "docs/research/findings-2026.md"],
	"adrs": [],
	"documents": {},
}

stale := json.patch(full, [{"op": "replace", "path": "/manifest/user_research/last_round", "value": "2026-03-02"}])

undated := json.remove(full, ["manifest/user_research"])

no_findings := json.remove(full, ["manifest/service/user_research"])

in_alpha := json.patch(undated, [{"op": "replace", "path": "/manifest/service/phase", "value": "alpha"}])

in_discovery := json.patch(no_findings, [
	{"op": "replace", "path": "/manifest/service/phase", "value": "discovery"},
	{"op": "remove", "path": "/manifest/user_research"},
])

test_passes_with_recent_research if {
	count(rule.deny) == 0 with input as full
}

test_fails_when_research_is_stale if {
	some f in rule.deny with input as stale
	f.rule == "TCOP-01"
	f.at == "/manifest/user_research/last_round"
	contains(f.msg, "2026-03-02")
	count(rule.deny) == 1 with input as stale
}

test_fails_when_research_is_undated if {
	some f in rule.deny with input as undated
	f.at == "/manifest/user_research/last_round"
	count(rule.deny) == 1 with input as undated
}

test_fails_without_findings if {
	some f in rule.deny with input as no_findings
	f.rule == "TCOP-01"
	f.at == "/manifest/service/user_research"
	count(rule.deny) == 1 with input as no_findings
}

test_date_not_needed_in_alpha if {
	count(rule.deny) == 0 with input as in_alpha
}

test_silent_in_discovery if {
	count(rule.deny) == 0 with input as in_discovery
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_the_named_document_is_not_in_the_repository if {
	some f in data.wgll.tcop.user_needs_unresearched.deny with input as {"today": "2026-11-23", "manifest": {"service": {"user_research": "docs/evidence.md"}}, "files": ["README.md"], "folders": []}
	f.rule == "TCOP-01"
	f.at == "/manifest/service/user_research"
	contains(f.msg, "`docs/evidence.md`, which is not in the repository")
}

test_passes_when_the_named_document_is_there if {
	findings := data.wgll.tcop.user_needs_unresearched.deny with input as {
		"today": "2026-11-23", "manifest": {"service": {"user_research": "docs/evidence.md"}},
		"files": ["docs/evidence.md"], "folders": ["docs"],
		"observed": {"evidence": {"docs/evidence.md": {"hollow": false}}},
	}
	every f in findings {
		f.at != "/manifest/service/user_research"
	}
}
