package wgll.security.assurance_document_published_unreviewed_test

import data.wgll.security.assurance_document_published_unreviewed as rule

files := ["README.md", "docs/data-protection/dpia.md", "docs/clinical-safety/hazard-log.md", "src/dpia_check.py"]

inp(open_source) := {"today": "2026-11-23", "manifest": {"open_source": object.remove(open_source, ["publication_review"]), "publication_review": object.get(open_source, "publication_review", null)}, "files": files}

test_fails_for_unreviewed_documents_in_published_code if {
	findings := rule.deny with input as inp({"published": true})
	count(findings) == 2
	some f in findings
	f.rule == "SEC-19"
	f.file == "docs/data-protection/dpia.md"
}

test_passes_when_the_review_is_recorded if {
	count(rule.deny) == 0 with input as inp({"published": true, "publication_review": {"reviewed_by": "Tom Hughes, SIRO", "date": "2026-10-01"}})
}

test_passes_for_closed_code if {
	count(rule.deny) == 0 with input as inp({"published": false})
}

test_a_review_without_a_date_is_not_recorded if {
	count(rule.deny) == 2 with input as inp({"published": true, "publication_review": {"reviewed_by": "IG lead"}})
}
