# METADATA
# title: The DTAC assessment uses the current form
# description: >-
#   DTAC version 2.0 was published on 24 February 2026 and is the form to use
#   from 6 April 2026: it removes questions the DSPT and the medical-device
#   Pre-Acquisition Questionnaire already ask, and adds the software and AI
#   as a medical device question, and asks suppliers to confirm they follow
#   the Software Security Code of Practice. An assessment completed on or
#   after that date on an earlier form is not the one buyers ask for.
# related_resources:
#   - ref: https://transform.england.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/
#     description: "NHS England, Digital Technology Assessment Criteria (DTAC): version 2.0, as of February 2026"
# custom:
#   id: DTAC-03
#   severity: error
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: safe_practice
#   tcop: [11]
#   requirement: DTAC-GEN-01
#   remediation: >-
#     Complete the DTAC assessment again on the current form and update
#     `compliance.dtac.form_version`, `.completed` and `.document`.
package wgll.dtac.form_outdated

import data.wgll.lib

deny contains finding if {
	lib.in_service
	dtac := lib.object_at(["compliance", "dtac"])
	dtac.applies == true
	lib.is_date(dtac.completed)
	current := data.wgll.params.dtac_form_version
	from := data.wgll.params.dtac_form_version_from
	lib.date_ns(dtac.completed) >= lib.date_ns(from)
	used := dtac.form_version
	not used in {null, ""}
	not same_version(used, current)
	finding := {
		"rule": "DTAC-03",
		"msg": sprintf("the DTAC assessment completed on `%s` uses form version %v; assessments completed on or after `%s` use version %s", [dtac.completed, used, from, current]),
		"at": "/manifest/compliance/dtac/form_version",
	}
}

# Versions compare as numbers, so "2", "2.0", "v2.0" and 2.0 are one version.
same_version(a, b) if version_number(a) == version_number(b)

version_number(v) := v if is_number(v)

version_number(v) := to_number(n) if {
	is_string(v)
	n := trim_prefix(lower(trim_space(v)), "v")
	# Checked first: to_number on other text is an error, which `opa test`
	# treats as a failure rather than as undefined.
	regex.match(`^[0-9]+(\.[0-9]+)?$`, n)
}
