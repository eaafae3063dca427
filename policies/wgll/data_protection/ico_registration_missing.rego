# METADATA
# title: The controller's ICO registration is recorded
# description: >-
#   A controller of personal information must pay the data protection fee
#   to the Information Commissioner's Office unless it is exempt; the ICO
#   lists fee payers in a public register under a registration number. The
#   DTAC asks for the registration; recording it lets anyone check it on the
#   register.
# related_resources:
#   - ref: https://ico.org.uk/for-organisations/data-protection-fee/
#     description: "ICO, the data protection fee"
#   - ref: https://transform.england.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/
#     description: "NHS England, Digital Technology Assessment Criteria (DTAC), section C2 data protection"
# custom:
#   id: DP-09
#   severity: warning
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: safe_practice
#   tcop: [7]
#   requirement: DTAC-DP-01
#   remediation: >-
#     Find the organisation on the ICO register of fee payers and record its
#     registration number in `data_protection.ico_registration.number` and
#     the date it is paid until in `.expires`.
package wgll.data_protection.ico_registration_missing

import data.wgll.lib

registration := lib.object_at(["data_protection", "ico_registration"])

number := object.get(registration, "number", null)

deny contains finding if {
	lib.past_discovery
	lib.personal_data
	number in {null, ""}
	finding := {
		"rule": "DP-09",
		"msg": "the service processes personal data but `data_protection.ico_registration.number` records no ICO registration",
		"at": "/manifest/data_protection/ico_registration/number",
	}
}

deny contains finding if {
	lib.past_discovery
	lib.personal_data
	not number in {null, ""}
	not well_formed
	finding := {
		"rule": "DP-09",
		"msg": sprintf("`%v` does not look like an ICO registration number, which is text such as \"Z1234567\"", [number]),
		"at": "/manifest/data_protection/ico_registration/number",
	}
}

well_formed if {
	is_string(number)
	regex.match(data.wgll.params.ico_registration_pattern, number)
}
