# METADATA
# title: Staff sign in through NHS CIS2 or the organisation's single sign-on
# description: >-
#   What Good Looks Like's support people measure asks for tools that work
#   for staff, such as single sign-on, rather than one more password. NHS Care
#   Identity Service 2 (CIS2) or the organisation's own single sign-on also
#   bring its multi-factor authentication and leaver process with them.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, success measure 4 \"Support people\": single sign-on"
# custom:
#   id: PE-02
#   severity: info
#   kinds: [citizen-web, citizen-app, staff-app]
#   measure: support_people
#   tcop: [6, 8]
#   requirement: WGLL-PE-02
#   remediation: >-
#     Sign staff in through NHS CIS2 or the organisation's single sign-on and
#     set `identity.staff.provider` to `nhs-cis2` or `org-sso`.
package wgll.support_people.staff_sign_in

import data.wgll.lib

providers := {"nhs-cis2", "org-sso"}

deny contains finding if {
	lib.past_discovery
	lib.serves_staff
	object.get(input.manifest, ["identity", "staff", "provider"], null) == null
	finding := {
		"rule": "PE-02",
		"msg": "staff use the service but `identity.staff.provider` does not say how they sign in",
		"at": "/manifest/identity/staff/provider",
	}
}

deny contains finding if {
	lib.past_discovery
	lib.serves_staff
	provider := input.manifest.identity.staff.provider
	provider != null
	not provider in providers
	finding := {
		"rule": "PE-02",
		"msg": sprintf("staff sign in with `%v` (`identity.staff.provider`), not NHS CIS2 (`nhs-cis2`) or the organisation's single sign-on (`org-sso`)", [provider]),
		"at": "/manifest/identity/staff/provider",
	}
}
