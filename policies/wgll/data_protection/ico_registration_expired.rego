# METADATA
# title: The controller's ICO registration is current
# description: >-
#   The data protection fee is paid every year; a registration whose paid
#   period has ended leaves the organisation off the ICO's register and
#   open to a penalty. The date it is paid until is recorded so that an
#   expired registration shows.
# related_resources:
#   - ref: https://ico.org.uk/for-organisations/data-protection-fee/
#     description: "ICO, the data protection fee: renewing every year"
#   - ref: https://transform.england.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/
#     description: "NHS England, Digital Technology Assessment Criteria (DTAC), section C2 data protection"
# custom:
#   id: DP-10
#   severity: error
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: safe_practice
#   tcop: [7]
#   requirement: DTAC-DP-01
#   remediation: >-
#     Renew the data protection fee and record the new date in
#     `data_protection.ico_registration.expires`.
package wgll.data_protection.ico_registration_expired

import data.wgll.lib

registration := lib.object_at(["data_protection", "ico_registration"])

deny contains finding if {
	lib.personal_data
	expires := registration.expires
	lib.before_today(expires)
	finding := {
		"rule": "DP-10",
		"msg": sprintf("the ICO registration expired on `%s`", [expires]),
		"at": "/manifest/data_protection/ico_registration/expires",
	}
}

deny contains finding if {
	lib.past_discovery
	lib.personal_data
	not object.get(registration, "number", null) in {null, ""}
	lib.expiry_unrecorded(registration, "expires")
	finding := {
		"rule": "DP-10",
		"msg": "`data_protection.ico_registration.expires` gives no date, as YYYY-MM-DD, that the registration is paid until",
		"at": "/manifest/data_protection/ico_registration/expires",
	}
}
