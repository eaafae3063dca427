# METADATA
# title: Data shared for population health goes through standards-based routes under an agreement
# description: >-
#   What Good Looks Like expects organisations to contribute good-quality,
#   standards-based data to population health management across their
#   integrated care system. Point 17 of the NHS service standard asks for
#   open, agreed standards when data leaves a service, and each regular flow
#   of personal data to another organisation should be covered by a data
#   sharing agreement.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, \"Healthy populations\""
#   - ref: https://service-manual.nhs.uk/standards-and-technology/service-standard-points/17-make-your-service-interoperable
#     description: "NHS service standard, point 17 \"Make your service interoperable\""
#   - ref: https://alphagov.github.io/data-standards-authority/guidance/tcop10/
#     description: "Data Standards Authority, Technology Code of Practice point 10 \"Make better use of data\""
# custom:
#   id: HP-05
#   severity: warning
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: healthy_populations
#   tcop: [4, 10]
#   remediation: >-
#     For each entry in `data.sharing`, give the data standard the flow uses
#     in `standard` (for example `fhir-uk-core`) and the data sharing
#     agreement's reference in `agreement`.
package wgll.healthy_populations.data_sharing_not_standard

import data.wgll.lib

# What each field records, for the message.
fields := {
	"standard": "the data standard it uses",
	"agreement": "the data sharing agreement that covers it",
}

sharing := object.get(input.manifest, ["data", "sharing"], null)

deny contains finding if {
	lib.past_discovery
	is_array(sharing)
	some i, flow in sharing
	not is_object(flow)
	finding := {
		"rule": "HP-05",
		"msg": sprintf("data sharing flow %d is not written as `{recipient, standard, agreement}`", [i + 1]),
		"at": sprintf("/manifest/data/sharing/%d", [i]),
	}
}

deny contains finding if {
	lib.past_discovery
	is_array(sharing)
	some i, flow in sharing
	is_object(flow)
	some field, what in fields
	not filled(object.get(flow, field, null))
	finding := {
		"rule": "HP-05",
		"msg": sprintf("data shared with `%v` does not record %s in `%s`", [object.get(flow, "recipient", i + 1), what, field]),
		"at": sprintf("/manifest/data/sharing/%d/%s", [i, field]),
	}
}

filled(s) if {
	is_string(s)
	trim_space(s) != ""
}
