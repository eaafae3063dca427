# METADATA
# title: Clinical leadership takes part in the service's governance
# description: >-
#   What Good Looks Like puts citizen and frontline perspectives at the centre
#   of digital leadership. A named clinical lead, and a recorded way in which
#   clinicians take part (a reference group, design reviews), keep the
#   service grounded in care.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, success measure 1 \"Well led\": frontline perspectives at the centre"
# custom:
#   id: WL-03
#   severity: warning
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: well_led
#   tcop: []
#   requirement: WGLL-WL-03
#   remediation: >-
#     Name the clinical lead in `governance.clinical_lead.name` and point
#     `governance.clinical_engagement` at the record of how clinicians take
#     part (for example the clinical reference group's terms and notes).
package wgll.well_led.clinical_leadership_missing

# Whether a value is a non-empty string.
named(s) if {
	is_string(s)
	trim_space(s) != ""
}

deny contains finding if {
	is_object(input.manifest)
	not named(object.get(input.manifest, ["governance", "clinical_lead", "name"], null))
	finding := {
		"rule": "WL-03",
		"msg": "no clinical lead is named in `governance.clinical_lead.name`",
		"at": "/manifest/governance/clinical_lead/name",
	}
}

deny contains finding if {
	is_object(input.manifest)
	not named(object.get(input.manifest, ["governance", "clinical_engagement"], null))
	finding := {
		"rule": "WL-03",
		"msg": "`governance.clinical_engagement` does not say how clinicians take part in the service",
		"at": "/manifest/governance/clinical_engagement",
	}
}
