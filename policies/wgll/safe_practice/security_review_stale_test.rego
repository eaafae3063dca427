package wgll.safe_practice.security_review_stale_test

import data.wgll.safe_practice.security_review_stale as rule

full := {
	"today": "2026-11-23",
	"repository": {"name": "ward-rota", "git": null},
	"manifest": {
		"wgll": 1,
		"service": {"name": "Ward Rota", "phase": "live", "audience": ["staff"]},
		"security": {
			"threat_model": "docs/security/threat-model.md",
			"penetration_test": {"date": "2026-04-10"},
			"last_review": "2026-08-12",
		},
	},
	"files": ["wgll.yaml", "docs/security/threat-model.md"],
	"adrs": [],
	"documents": {},
}

stale := json.patch(full, [{"op": "replace", "path": "/manifest/security/last_review", "value": "2025-08-12"}])

unrecorded := json.remove(full, ["manifest/security/last_review"])

malformed := json.patch(full, [{"op": "replace", "path": "/manifest/security/last_review", "value": "August 2026"}])

in_beta := json.patch(unrecorded, [{"op": "replace", "path": "/manifest/service/phase", "value": "beta"}])

test_passes_when_reviewed_this_year if {
	count(rule.deny) == 0 with input as full
}

test_fails_when_the_review_is_old if {
	some f in rule.deny with input as stale
	f.rule == "SP-02"
	f.at == "/manifest/security/last_review"
	count(rule.deny) == 1 with input as stale
}

test_fails_when_no_review_is_recorded if {
	some f in rule.deny with input as unrecorded
	f.rule == "SP-02"
	f.at == "/manifest/security/last_review"
	count(rule.deny) == 1 with input as unrecorded
}

test_fails_when_the_date_is_malformed if {
	count(rule.deny) == 1 with input as malformed
}

test_silent_before_live if {
	count(rule.deny) == 0 with input as in_beta
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
