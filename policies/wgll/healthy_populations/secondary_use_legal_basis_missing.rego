# METADATA
# title: Secondary use of confidential patient information has a recorded legal basis
# description: >-
#   Using confidential patient information beyond individual care, for
#   research, planning or population health, needs a lawful basis under UK
#   GDPR and a way through the common law duty of confidentiality (consent,
#   section 251 support or another legal gateway). What Good Looks Like
#   expects population health work to be lawful and transparent; the basis
#   should be written down where the use is declared.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, \"Healthy populations\""
#   - ref: https://alphagov.github.io/data-standards-authority/guidance/tcop10/
#     description: "Data Standards Authority, Technology Code of Practice point 10 \"Make better use of data\""
# custom:
#   id: HP-02
#   severity: error
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: healthy_populations
#   tcop: [7, 10]
#   requirement: WGLL-HP-01
#   remediation: >-
#     Agree the legal basis for the secondary use with the data protection
#     officer and Caldicott Guardian and record it in
#     `data_protection.secondary_use.legal_basis`.
package wgll.healthy_populations.secondary_use_legal_basis_missing

deny contains finding if {
	input.manifest.data_protection.secondary_use.enabled == true
	not filled(object.get(input.manifest, ["data_protection", "secondary_use", "legal_basis"], null))
	finding := {
		"rule": "HP-02",
		"msg": "confidential patient information is used beyond individual care but `data_protection.secondary_use.legal_basis` records no legal basis",
		"at": "/manifest/data_protection/secondary_use/legal_basis",
	}
}

filled(s) if {
	is_string(s)
	trim_space(s) != ""
}
