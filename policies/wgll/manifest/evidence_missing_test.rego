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
		"manifest": {"governance": {"clinical_engagement": "docs/engagement.md"}},
		"files": ["README.md"],
	}
	f.at == "/manifest/governance/clinical_engagement"
}

test_fields_the_schema_does_not_mark_are_not_evidence if {
	count(evidence_missing.deny) == 0 with input as {
		"manifest": {"service": {"name": "docs/not-a-path.md"}, "hosting": {"provider": "aws"}},
		"files": [],
	}
}

test_fails_for_evidence_inside_a_list_item if {
	schema := {"type": "object", "properties": {"evidence": {"type": "array", "items": {"type": "string", "x-wgll-evidence": true}}}}
	findings := evidence_missing.deny with input as {"manifest": {"evidence": ["a.md", "b.md"]}, "files": ["a.md"]}
		with data.wgll.schema as schema
	count(findings) == 1
	some f in findings
	f.at == "/manifest/evidence/1"
}

test_silent_without_a_manifest if {
	count(evidence_missing.deny) == 0 with input as {"manifest": null, "files": []}
}

test_evidence_an_area_rule_owns_is_left_to_it if {
	count(evidence_missing.deny) == 0 with input as {
		"manifest": {"security": {"vulnerability_disclosure": "SECURITY.md", "threat_model": "docs/threat-model.md"}, "hosting": {"exit_plan": "docs/exit-plan.md"}},
		"files": [],
	}
}
