# METADATA
# title: A service in beta or live has an availability target and an on-call rota
# description: >-
#   Point 14 of the service standard asks teams to operate a reliable service:
#   to know how available it must be and to have people ready to respond when
#   it is not. What Good Looks Like puts reliable, resilient digital
#   environments among an organisation's smart foundations, and clinicians
#   can only build care around a service they can rely on.
# related_resources:
#   - ref: https://service-manual.nhs.uk/standards-and-technology/service-standard
#     description: "NHS service standard, point 14 \"Operate a reliable service\""
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, \"Ensure smart foundations\""
# custom:
#   id: IC-04
#   severity: warning
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline, infrastructure]
#   measure: smart_foundations
#   tcop: [13]
#   requirement: SVC-01
#   remediation: >-
#     Agree an availability target with the service owner and record it in
#     `operations.slo`; name the rota or team that responds to incidents in
#     `operations.on_call`.
package wgll.improve_care.reliability_targets_missing

import data.wgll.lib

# What each field records, for the message.
fields := {
	"slo": "availability target",
	"on_call": "on-call or support rota",
}

deny contains finding if {
	lib.in_service
	some field, what in fields
	not filled(object.get(input.manifest, ["operations", field], null))
	finding := {
		"rule": "IC-04",
		"msg": sprintf("the service is in use but `operations.%s` records no %s", [field, what]),
		"at": sprintf("/manifest/operations/%s", [field]),
	}
}

filled(s) if {
	is_string(s)
	trim_space(s) != ""
}

# An availability target may be written as a bare percentage (99.9).
filled(n) if is_number(n)
