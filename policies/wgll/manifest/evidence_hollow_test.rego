package wgll.manifest.evidence_hollow_test

import data.wgll.manifest.evidence_hollow as rule

# A manifest naming a record of clinical engagement (evidence no area rule
# owns), with what the repository shows of it.
inp(hollow) := {
	"manifest": {"governance": {"clinical_engagement": "docs/engagement.md"}},
	"files": ["docs/engagement.md"],
	"observed": {"evidence": {"docs/engagement.md": {"hollow": hollow}}},
}

test_passes_for_a_written_document if {
	count(rule.deny) == 0 with input as inp(false)
}

test_fails_for_a_placeholder_document if {
	some f in rule.deny with input as inp(true)
	f.rule == "WL-10"
	f.at == "/manifest/governance/clinical_engagement"
}

test_a_dot_slash_path_is_the_same_file if {
	count(rule.deny) == 1 with input as {
		"manifest": {"governance": {"clinical_engagement": "./docs/engagement.md"}},
		"files": ["docs/engagement.md"],
		"observed": {"evidence": {"docs/engagement.md": {"hollow": true}}},
	}
}

# SEC-12 reports a hollow threat model, under safe practice.
test_evidence_an_area_rule_owns_is_left_to_it if {
	count(rule.deny) == 0 with input as {
		"manifest": {"security": {"threat_model": "docs/security/threat-model.md"}},
		"files": ["docs/security/threat-model.md"],
		"observed": {"evidence": {"docs/security/threat-model.md": {"hollow": true}}},
	}
}

test_fields_the_schema_does_not_mark_are_not_evidence if {
	count(rule.deny) == 0 with input as {
		"manifest": {"service": {"name": "docs/notes.md"}},
		"files": ["docs/notes.md"],
		"observed": {"evidence": {"docs/notes.md": {"hollow": true}}},
	}
}

test_silent_without_observations if {
	count(rule.deny) == 0 with input as {
		"manifest": {"security": {"threat_model": "docs/security/threat-model.md"}},
		"files": ["docs/security/threat-model.md"],
	}
}
