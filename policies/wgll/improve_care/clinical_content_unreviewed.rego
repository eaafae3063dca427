# METADATA
# title: Clinical content has been reviewed recently by a qualified clinician
# description: >-
#   The NHS service standard asks that health information shown to the public
#   and to staff is checked by qualified clinicians, that its tone and
#   signposting support a culture of care (point 15), and that the service is
#   clinically safe (point 16). Guidance changes, so the review is repeated.
# related_resources:
#   - ref: https://service-manual.nhs.uk/standards-and-technology/service-standard
#     description: "NHS service standard, point 15 \"Support a culture of care\""
#   - ref: https://service-manual.nhs.uk/service-standard/16-make-your-service-clinically-safe
#     description: "NHS service standard, point 16 \"Make your service clinically safe\""
# custom:
#   id: IC-03
#   severity: info
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: improve_care
#   tcop: [13]
#   requirement: SVC-03
#   remediation: >-
#     Have a registered clinician review the service's clinical content and
#     record their name and the review date in `content.clinical_review.reviewer`
#     and `.date`.
package wgll.improve_care.clinical_content_unreviewed

import data.wgll.lib

review := lib.object_at(["content", "clinical_review"])

deny contains finding if {
	applies
	not filled(object.get(review, "reviewer", null))
	finding := {
		"rule": "IC-03",
		"msg": "the service shows clinical content but `content.clinical_review.reviewer` names no clinician who reviewed it",
		"at": "/manifest/content/clinical_review/reviewer",
	}
}

deny contains finding if {
	applies
	not lib.is_date(object.get(review, "date", null))
	finding := {
		"rule": "IC-03",
		"msg": "the service shows clinical content but `content.clinical_review.date` gives no review date as YYYY-MM-DD",
		"at": "/manifest/content/clinical_review/date",
	}
}

deny contains finding if {
	applies
	reviewed := review.date
	months := data.wgll.params.clinical_content_review_months
	lib.older_than_months(reviewed, months)
	finding := {
		"rule": "IC-03",
		"msg": sprintf("the clinical content was last reviewed on `%s`, more than %d months ago", [reviewed, months]),
		"at": "/manifest/content/clinical_review/date",
	}
}

applies if {
	lib.in_service
	input.manifest.features.clinical_content == true
}

filled(s) if {
	is_string(s)
	trim_space(s) != ""
}
