package wgll.dtac.assessment_missing_test

import data.wgll.dtac.assessment_missing as rule

complete := {"applies": true, "form_version": "2.0", "completed": "2026-07-14", "document": "docs/assurance/dtac.md"}

test_passes_with_a_complete_record if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "live"}, "compliance": {"dtac": complete}}, "files": ["docs/assurance/dtac.md"]}
}

test_fails_when_only_applicability_is_recorded if {
	some f in rule.deny with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "beta"}, "compliance": {"dtac": {"applies": true}}}}
	f.rule == "DTAC-02"
	f.at == "/manifest/compliance/dtac"
	f.msg == "the DTAC applies but `compliance.dtac` has no `completed` (a date), `document` or `form_version`"
}

test_fails_when_the_date_is_not_a_date if {
	some f in rule.deny with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "beta"}, "compliance": {"dtac": object.union(complete, {"completed": "last spring"})}}}
	f.msg == "the DTAC applies but `compliance.dtac` has no `completed` (a date)"
}

test_silent_when_the_dtac_does_not_apply if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "live"}, "compliance": {"dtac": {"applies": false}}}}
}

test_silent_before_beta if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "alpha"}, "compliance": {"dtac": {"applies": true}}}}
}

test_passes_with_a_version_written_as_a_number if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "live"}, "compliance": {"dtac": object.union(complete, {"form_version": 2.0})}}, "files": ["docs/assurance/dtac.md"]}
}

test_fails_on_empty_text if {
	some f in rule.deny with input as {"today": "2026-11-23", "manifest": {"service": {"phase": "beta"}, "compliance": {"dtac": object.union(complete, {"document": ""})}}}
	f.msg == "the DTAC applies but `compliance.dtac` has no `document`"
}

test_fails_when_the_named_document_is_not_in_the_repository if {
	some f in data.wgll.dtac.assessment_missing.deny with input as {"today": "2026-11-23", "manifest": {"compliance": {"dtac": {"document": "docs/evidence.md"}}}, "files": ["README.md"], "folders": []}
	f.rule == "DTAC-02"
	f.at == "/manifest/compliance/dtac/document"
	contains(f.msg, "`docs/evidence.md`, which is not in the repository")
}

test_passes_when_the_named_document_is_there if {
	findings := data.wgll.dtac.assessment_missing.deny with input as {
		"today": "2026-11-23", "manifest": {"compliance": {"dtac": {"document": "docs/evidence.md"}}},
		"files": ["docs/evidence.md"], "folders": ["docs"],
		"observed": {"evidence": {"docs/evidence.md": {"hollow": false}}},
	}
	every f in findings {
		f.at != "/manifest/compliance/dtac/document"
	}
}
