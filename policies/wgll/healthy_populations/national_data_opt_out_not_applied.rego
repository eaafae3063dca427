# METADATA
# title: Secondary use of confidential patient information applies the national data opt-out
# description: >-
#   The national data opt-out lets people stop their confidential patient
#   information being used for purposes beyond their individual care, such as
#   research and planning; health and care organisations have had to apply it
#   since 31 July 2022. What Good Looks Like expects population health work to
#   respect it.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, \"Healthy populations\""
#   - ref: https://alphagov.github.io/data-standards-authority/guidance/tcop10/
#     description: "Data Standards Authority, Technology Code of Practice point 10 \"Make better use of data\""
# custom:
#   id: HP-01
#   severity: error
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: healthy_populations
#   tcop: [7, 10]
#   requirement: WGLL-HP-01
#   remediation: >-
#     Filter records for secondary use against the national data opt-out (or
#     show an exemption applies) and set
#     `data_protection.secondary_use.national_data_opt_out: true`.
package wgll.healthy_populations.national_data_opt_out_not_applied

deny contains finding if {
	input.manifest.data_protection.secondary_use.enabled == true
	object.get(input.manifest, ["data_protection", "secondary_use", "national_data_opt_out"], null) != true
	finding := {
		"rule": "HP-01",
		"msg": "confidential patient information is used beyond individual care but `data_protection.secondary_use.national_data_opt_out` is not `true`",
		"at": "/manifest/data_protection/secondary_use/national_data_opt_out",
	}
}
