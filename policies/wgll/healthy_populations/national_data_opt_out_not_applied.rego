# METADATA
# title: Secondary use of confidential patient information applies the national data opt-out
# description: >-
#   The national data opt-out lets people stop their confidential patient
#   information being used for purposes beyond their individual care, such as
#   research and planning; health and care organisations have had to apply it
#   since 31 July 2022. It applies where such information is used under
#   section 251 support (the Health Service (Control of Patient Information)
#   Regulations 2002, regulation 2 or 5). It does not apply where the person has
#   consented, where the data is anonymised in line with the ICO's guidance,
#   where the law requires the disclosure, where there is an overriding
#   public interest, or to communicable disease and public health risk work
#   under COPI regulation 3. Each flow beyond individual care is recorded in
#   `data_protection.secondary_use.flows` with its basis; those the opt-out
#   does not cover stay quiet. With no flows recorded, any secondary use is
#   taken to need it. What Good Looks Like expects population health work to
#   respect it.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, \"Healthy populations\""
#   - ref: https://digital.nhs.uk/services/national-data-opt-out/operational-policy-guidance-document/when-does-a-national-data-opt-out-apply
#     description: "NHS England, national data opt-out operational policy guidance, 5 \"When does a national data opt-out apply?\", 5.1: disclosures using section 251 support under COPI regulations 2 and 5; not where the patient consented, the data is anonymised in line with the ICO code, the law requires it or there is an overriding public interest"
#   - ref: https://www.legislation.gov.uk/uksi/2002/1438/regulation/5
#     description: "The Health Service (Control of Patient Information) Regulations 2002, regulation 5: processing approved under section 251 of the NHS Act 2006"
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
#     Filter records for secondary use against the national data opt-out and
#     set `national_data_opt_out: true` (for the use as a whole in
#     `data_protection.secondary_use`, or on the flow); for a flow the opt-out
#     does not cover, record it in `data_protection.secondary_use.flows` with
#     its basis (explicit-consent, anonymised, legal-requirement,
#     overriding-public-interest, copi-regulation-3).
package wgll.healthy_populations.national_data_opt_out_not_applied

import data.wgll.lib

# Both read only with a manifest (every rule below checks for one first).
use := lib.object_at(["data_protection", "secondary_use"])

flows := lib.array_at(["data_protection", "secondary_use", "flows"])

applied_to_all if object.get(use, "national_data_opt_out", null) == true

# The bases under which the opt-out applies: section 251 support (COPI
# regulation 2 or 5); a flow with no basis recorded is taken to be one.
opt_out_bases := {"section-251", null}

# No flows recorded: the use as a whole.
deny contains finding if {
	is_object(input.manifest)
	use.enabled == true
	count(flows) == 0
	not applied_to_all
	finding := {
		"rule": "HP-01",
		"msg": "confidential patient information is used beyond individual care but `data_protection.secondary_use.national_data_opt_out` is not `true`, and no `flows` record a basis the opt-out does not cover (consent, anonymised data, a legal requirement)",
		"at": "/manifest/data_protection/secondary_use/national_data_opt_out",
	}
}

# Each flow under section 251 support that does not apply it.
deny contains finding if {
	is_object(input.manifest)
	use.enabled == true
	not applied_to_all
	some i, flow in flows
	is_object(flow)
	object.get(flow, "basis", null) in opt_out_bases
	object.get(flow, "national_data_opt_out", null) != true
	finding := {
		"rule": "HP-01",
		"msg": sprintf("the flow for %s uses confidential patient information %s, where the national data opt-out applies, but does not record `national_data_opt_out: true`", [object.get(flow, "purpose", "an unnamed purpose"), basis_words(flow)]),
		"at": lib.pointer("/manifest/data_protection/secondary_use/flows", [i]),
	}
}

basis_words(flow) := "under section 251 support (COPI regulation 2 or 5)" if {
	flow.basis == "section-251"
} else := "with no basis recorded"
