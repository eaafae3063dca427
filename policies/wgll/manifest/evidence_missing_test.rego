package wgll.manifest.evidence_missing_test

import data.wgll.manifest.evidence_missing

test_passes_when_evidence_exists if {
	count(evidence_missing.deny) == 0 with input as {
		"manifest": {"security": {"threat_model": "docs/security/threat-model.md"}},
		"files": ["docs/security/threat-model.md"],
	}
}

test_passes_for_a_web_address if {
	count(evidence_missing.deny) == 0 with input as {
		"manifest": {"hosting": {"exit_plan": "https://example.nhs.uk/exit-plan"}},
		"files": [],
	}
}

test_fails_when_evidence_is_missing if {
	some f in evidence_missing.deny with input as {
		"manifest": {"hosting": {"exit_plan": "docs/hosting/exit-plan.md"}},
		"files": ["README.md"],
	}
	f.at == "/manifest/hosting/exit_plan"
}
