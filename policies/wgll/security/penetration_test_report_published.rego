# METADATA
# title: No penetration test report is published with open code
# description: >-
#   A penetration test report lists the service's weaknesses, how they were
#   found and which are still open: a map for an attacker. The NHS open
#   source policy keeps code open by default but not the security-sensitive
#   material beside it, and the GDS guidance on when code should be open
#   or closed keeps closed what would harm security if published. DTAC asks suppliers for a summary of the test, not the report.
#   Judged when the code is published (`open_source.published`, an open
#   classification, or a publiccode.yml): a file named as a penetration test
#   or IT health check report (a PDF, spreadsheet, document or Markdown) is
#   a finding; one named as a summary or attestation is not.
# related_resources:
#   - ref: https://github.com/nhsx/open-source-policy/blob/main/open-source-policy.md
#     description: "NHS open source policy, \"When code should be open or closed\": security-sensitive material is kept closed"
#   - ref: https://www.gov.uk/government/publications/open-source-guidance/when-code-should-be-open-or-closed
#     description: "GOV.UK, when code should be open or closed: keep closed what would harm security if published"
#   - ref: https://transform.england.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/
#     description: "NHS England, DTAC: a summary of the external penetration test is the evidence asked for"
# custom:
#   id: SEC-18
#   severity: error
#   measure: safe_practice
#   tcop: [3, 6]
#   requirement: CYBER-03
#   judges: [files]
#   remediation: >-
#     Remove the report from the repository and from its history (a deleted
#     file stays in every clone's history: rewrite it, and treat its
#     findings as known to anyone who copied it), keep the report where the
#     security team controls who reads it, and publish at most a summary.
package wgll.security.penetration_test_report_published

import data.wgll.lib

excused_words := ["summary", "attestation", "letter-of-assurance"]

deny contains finding if {
	lib.public_code
	some file, kind in lib.assurance_documents
	kind == "penetration test report"
	name := lower(lib.base_name(file))
	not excused(name)
	finding := {
		"rule": "SEC-18",
		"msg": sprintf("`%s` is named as a penetration test report, and the code is published: the report maps the service's weaknesses for anyone who reads it", [file]),
		"file": file,
	}
}

excused(name) if {
	some word in excused_words
	contains(name, word)
}
