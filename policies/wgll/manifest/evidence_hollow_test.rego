package wgll.manifest.evidence_hollow_test

import data.wgll.manifest.evidence_hollow as rule

# A manifest naming a threat model, with what the repository shows of it.
inp(hollow) := {
	"manifest": {"security": {"threat_model": "docs/security/threat-model.md"}},
	"files": ["docs/security/threat-model.md"],
	"observed": {"evidence": {"docs/security/threat-model.md": {"hollow": hollow}}},
}

test_passes_for_a_written_document if {
	count(rule.deny) == 0 with input as inp(false)
}

test_fails_for_a_placeholder_document if {
	some f in rule.deny with input as inp(true)
	f.rule == "WL-10"
	f.at == "/manifest/security/threat_model"
}

test_a_dot_slash_path_is_the_same_file if {
	count(rule.deny) == 1 with input as {
		"manifest": {"security": {"threat_model": "./docs/security/threat-model.md"}},
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
