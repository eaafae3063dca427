# METADATA
# title: A DPIA or hazard log published with open code was reviewed for publication
# description: >-
#   Publishing a DPIA or a hazard log is good practice (the ICO encourages
#   publishing DPIAs, and open hazard logs let others learn), but the full
#   documents often hold what must not be public: the security controls and
#   their gaps, data flows and system names, risks not yet mitigated. The
#   NHS open source policy and the guidance on coding in the open keep such
#   material closed. When the code is published and the repository holds a
#   file named as a DPIA or a hazard log, the manifest records that the
#   documents were reviewed for publication (who reviewed them, when):
#   `publication_review`. A penetration test report is SEC-18.
# related_resources:
#   - ref: https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/accountability-and-governance/data-protection-impact-assessments-dpias/
#     description: "ICO, DPIAs: publishing a DPIA is encouraged; it can be edited to remove commercially or security sensitive detail"
#   - ref: https://github.com/nhsx/open-source-policy/blob/main/open-source-policy.md
#     description: "NHS open source policy, \"When code should be open or closed\": security-sensitive material is kept closed"
#   - ref: https://www.gov.uk/government/publications/open-source-guidance/when-code-should-be-open-or-closed
#     description: "GOV.UK, when code should be open or closed"
# custom:
#   id: SEC-19
#   severity: warning
#   measure: safe_practice
#   tcop: [3, 6, 7]
#   requirement: CYBER-03
#   judges: [files]
#   remediation: >-
#     Have the information governance lead (or the SIRO) review the DPIA and
#     hazard log for security-sensitive detail, publish redacted versions
#     where needed, and record the review in `publication_review`
#     (`reviewed_by`, `date`).
package wgll.security.assurance_document_published_unreviewed

import data.wgll.lib

reviewed if {
	# A repository without a manifest records no review (and OPA's strict
	# built-in errors refuse object.get on its null manifest).
	is_object(input.manifest)
	review := lib.object_at(["publication_review"])
	is_string(review.reviewed_by)
	trim_space(review.reviewed_by) != ""
	lib.is_date(review.date)
}

deny contains finding if {
	lib.public_code
	not reviewed
	some file, kind in lib.assurance_documents
	kind in {"DPIA", "hazard log"}
	finding := {
		"rule": "SEC-19",
		"msg": sprintf("`%s` is named as a %s, and the code is published, but `publication_review` records no review of it for security-sensitive detail", [file, kind]),
		"file": file,
	}
}
