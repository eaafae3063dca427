# METADATA
# title: The controller's ICO registration is recorded
# description: >-
#   An organisation that processes personal information must pay the data
#   protection fee to the Information Commissioner's Office, which lists it
#   in the public register of fee payers under a registration number. The
#   DTAC asks for the registration; recording it lets anyone check it on the
#   register.
# related_resources:
#   - ref: https://ico.org.uk/for-organisations/data-protection-fee/
#     description: "ICO, the data protection fee"
#   - ref: https://transform.england.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/
#     description: "NHS England, Digital Technology Assessment Criteria (DTAC), section C2 data protection"
# custom:
#   id: DP-09
#   severity: error
#   measure: safe_practice
#   tcop: [7]
#   requirement: DTAC-DP-01
#   remediation: >-
#     Find the organisation on the ICO register of fee payers and record its
#     registration number in `data_protection.ico_registration.number` and
#     the date it is paid until in `.expires`.
package wgll.data_protection.ico_registration_missing

import data.wgll.lib

registration := object.get(input.manifest, ["data_protection", "ico_registration"], {})

deny contains finding if {
	lib.past_discovery
	lib.personal_data
	not is_string(object.get(registration, "number", null))
	finding := {
		"rule": "DP-09",
		"msg": "the service processes personal data but `data_protection.ico_registration.number` records no ICO registration",
		"at": "/manifest/data_protection/ico_registration/number",
	}
}

deny contains finding if {
	lib.past_discovery
	lib.personal_data
	number := registration.number
	is_string(number)
	not regex.match(data.wgll.params.ico_registration_pattern, number)
	finding := {
		"rule": "DP-09",
		"msg": sprintf("`%s` does not look like an ICO registration number (for example Z1234567)", [number]),
		"at": "/manifest/data_protection/ico_registration/number",
	}
}
