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
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: safe_practice
#   tcop: [6, 7, 11]
#   requirement: DTAC-GEN-01
#   remediation: >-
#     Complete the DTAC form for the current product version and record
#     `compliance.dtac.completed` (the date), `.form_version` and `.document`
#     (the form, or where it is kept).
package wgll.dtac.assessment_missing

import data.wgll.lib

dtac := lib.object_at(["compliance", "dtac"])

# The parts of a complete record that are missing (a value of the wrong type
# is the schema rule's to report, not missing).
missing contains "`completed` (a date)" if not lib.is_date(object.get(dtac, "completed", null))

missing contains "`document`" if object.get(dtac, "document", null) in {null, ""}

missing contains "`form_version`" if object.get(dtac, "form_version", null) in {null, ""}

# `a`, `a or b`, `a, b or c`.
listed(items) := items[0] if count(items) == 1

listed(items) := sprintf("%s or %s", [concat(", ", array.slice(items, 0, count(items) - 1)), items[count(items) - 1]]) if count(items) > 1

deny contains finding if {
	lib.in_service
	dtac.applies == true
	count(missing) > 0
	finding := {
		"rule": "DTAC-02",
		"msg": sprintf("the DTAC applies but `compliance.dtac` has no %s", [listed(sort(missing))]),
		"at": "/manifest/compliance/dtac",
	}
}

# The document `compliance.dtac.document` names is not in the repository, or says
# nothing: reported here, under this rule's measure (WL-07 and WL-10 leave
# the fields an area rule owns; lib/evidence.rego lists them).
deny contains finding if {
	some finding in lib.evidence_findings("DTAC-02", ["compliance", "dtac", "document"])
}
