# METADATA
# title: A completed DTAC assessment is recorded
# description: >-
#   Where the DTAC applies, the manufacturer keeps a completed DTAC form and
#   its supporting documents for each product version and provides them on
#   request. The manifest records when the assessment was completed and
#   where the form is, so an assessor can find it.
# related_resources:
#   - ref: https://digital.nhs.uk/services/digital-technology-assessment-criteria-dtac/how-dtac-works
#     description: "NHS England, How DTAC works: a form for each product version"
#   - ref: https://transform.england.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/
#     description: "NHS England, Digital Technology Assessment Criteria (DTAC), overview"
# custom:
#   id: DTAC-02
#   severity: error
#   measure: safe_practice
#   tcop: [6, 7]
#   requirement: DTAC-GEN-01
#   remediation: >-
#     Complete the DTAC form for the current product version and record
#     `compliance.dtac.completed` (the date), `.form_version` and `.document`
#     (the form, or where it is kept).
package wgll.dtac.assessment_missing

import data.wgll.lib

dtac := object.get(input.manifest, ["compliance", "dtac"], {})

# The parts of a complete record that are missing.
missing contains "`completed` (a date)" if not lib.is_date(object.get(dtac, "completed", null))

missing contains "`document`" if not is_string(object.get(dtac, "document", null))

missing contains "`form_version`" if not is_string(object.get(dtac, "form_version", null))

deny contains finding if {
	lib.in_service
	dtac.applies == true
	count(missing) > 0
	finding := {
		"rule": "DTAC-02",
		"msg": sprintf("the DTAC applies but `compliance.dtac` has no %s", [concat(", ", sort(missing))]),
		"at": "/manifest/compliance/dtac",
	}
}
