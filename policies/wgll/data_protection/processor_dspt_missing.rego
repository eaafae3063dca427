# METADATA
# title: Each processor of personal data shows its DSPT standing
# description: >-
#   Every organisation with access to NHS patient data and systems must use
#   the Data Security and Protection Toolkit to provide assurance that it
#   practises good data security, suppliers among them; DTAC asks for a
#   supplier's DSPT status. A processor the manifest lists
#   (`data_protection.processors`) records its published status (`dspt`).
#   One that has not published, or does not meet the standards, gives no
#   assurance. "Approaching standards" is published with an improvement
#   plan, and passes here: ask to see the plan.
# related_resources:
#   - ref: https://www.dsptoolkit.nhs.uk/
#     description: "Data Security and Protection Toolkit: all organisations with access to NHS patient data and systems must use it to provide assurance"
#   - ref: https://transform.england.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/
#     description: "NHS England, DTAC: data protection, the supplier's DSPT status"
# custom:
#   id: DP-12
#   severity: warning
#   measure: safe_practice
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   tcop: [6, 11]
#   requirement: CYBER-13
#   remediation: >-
#     Look the processor up on the DSPT's published assessments and record
#     its status in the processor's `dspt`; a processor that does not meet
#     the standards needs a decision, recorded, by the SIRO.
package wgll.data_protection.processor_dspt_missing

import data.wgll.lib

assured := {"standards-met", "standards-exceeded", "approaching-standards"}

deny contains finding if {
	lib.personal_data
	some i, processor in lib.array_at(["data_protection", "processors"])
	is_object(processor)
	status := object.get(processor, "dspt", null)
	not status in assured
	finding := {
		"rule": "DP-12",
		"msg": sprintf("processor %s handles the service's personal data but %s", [name(processor, i), problem(status)]),
		"at": sprintf("/manifest/data_protection/processors/%d", [i]),
	}
}

problem(null) := "records no DSPT status in its `dspt`"

problem(status) := sprintf("its DSPT status is `%v`", [status]) if status != null

name(processor, _) := sprintf("`%s`", [processor.name]) if is_string(processor.name)

name(processor, i) := sprintf("%d", [i]) if not is_string(processor.name)
