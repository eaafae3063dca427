# METADATA
# title: A senior responsible owner and a board-level digital lead are named
# description: >-
#   What Good Looks Like asks boards to own and drive digital transformation,
#   with digital, data and clinical informatics leadership (a CIO or CDIO, a
#   CCIO or CNIO) that has access to the board. A service needs a named senior
#   responsible owner, and a board-level digital lead accountable for it.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, success measure 1 \"Well led\""
# custom:
#   id: WL-01
#   severity: warning
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline, infrastructure]
#   measure: well_led
#   tcop: []
#   requirement: WGLL-WL-01
#   remediation: >-
#     Name the senior responsible owner in
#     `governance.senior_responsible_owner.name`, and record the board-level
#     digital lead in `governance.board_digital_lead` with a `role` of CIO,
#     CDIO, CCIO, CNIO or CMIO.
package wgll.well_led.leadership_unnamed

# Whether a value is a non-empty string.
named(s) if {
	is_string(s)
	trim_space(s) != ""
}

deny contains finding if {
	is_object(input.manifest)
	not named(object.get(input.manifest, ["governance", "senior_responsible_owner", "name"], null))
	finding := {
		"rule": "WL-01",
		"msg": "no senior responsible owner is named in `governance.senior_responsible_owner.name`",
		"at": "/manifest/governance/senior_responsible_owner/name",
	}
}

deny contains finding if {
	is_object(input.manifest)
	not named(object.get(input.manifest, ["governance", "board_digital_lead", "role"], null))
	finding := {
		"rule": "WL-01",
		"msg": "no board-level digital lead is recorded in `governance.board_digital_lead.role`",
		"at": "/manifest/governance/board_digital_lead/role",
	}
}

deny contains finding if {
	role := input.manifest.governance.board_digital_lead.role
	named(role)
	roles := data.wgll.params.board_digital_roles
	not upper(trim_space(role)) in {upper(r) | some r in roles}
	finding := {
		"rule": "WL-01",
		"msg": sprintf("`governance.board_digital_lead.role` is `%s`, not a board-level digital role (%s)", [role, concat(", ", roles)]),
		"at": "/manifest/governance/board_digital_lead/role",
	}
}
