# METADATA
# title: Patient-level records use the NHS Number as the patient identifier
# description: >-
#   The NHS Number information standard (ISB 0149, an information standard
#   under section 250 of the Health and Social Care Act 2012) requires systems
#   that hold or share patient-level records to find, use and share the NHS
#   Number as the patient's identifier. Point 17 of the NHS service standard
#   repeats it.
# related_resources:
#   - ref: https://digital.nhs.uk/data-and-information/information-standards/information-standards-and-data-collections-including-extractions/publications-and-notifications/standards-and-collections/isb-0149-nhs-number
#     description: "ISB 0149 NHS Number, \"About this information standard\""
#   - ref: https://service-manual.nhs.uk/standards-and-technology/service-standard-points/17-make-your-service-interoperable
#     description: "NHS service standard, point 17 \"Make your service interoperable\""
# custom:
#   id: IOP-01
#   severity: error
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: improve_care
#   tcop: [4, 10]
#   requirement: INTEROP-01
#   remediation: >-
#     Identify patients by their NHS Number (validated and traced through PDS)
#     and list `nhs-number` in `interoperability.standards`.
package wgll.interoperability.nhs_number_missing

import data.wgll.lib

deny contains finding if {
	lib.past_discovery
	input.manifest.features.patient_records == true
	not "nhs-number" in standards
	finding := {
		"rule": "IOP-01",
		"msg": "the service holds patient-level records but `interoperability.standards` does not list `nhs-number`",
		"at": "/manifest/interoperability/standards",
	}
}

# The declared standards, spelt one way: "NHS Number" and "nhs-number" agree.
standards contains replace(lower(trim_space(s)), " ", "-") if {
	some s in lib.array_at(["interoperability", "standards"])
	is_string(s)
}
