# METADATA
# title: Clinical information about patients is coded in SNOMED CT
# description: >-
#   SNOMED CT (SCCI0034) is an information standard under section 250 of the
#   Health and Social Care Act 2012: systems used for direct care must use it
#   to record and communicate clinical information about patients, in primary
#   care since April 2018 and in secondary, acute, mental health, community,
#   dental and optometry care since April 2020. Point 17 of the NHS service
#   standard asks for it in electronic care records.
# related_resources:
#   - ref: https://www.nhsbsa.nhs.uk/clinical-services/dental-snomed-ct
#     description: "NHSBSA, SNOMED CT (the section 250 requirement from 1 April 2020)"
#   - ref: https://service-manual.nhs.uk/standards-and-technology/service-standard-points/17-make-your-service-interoperable
#     description: "NHS service standard, point 17 \"Make your service interoperable\""
# custom:
#   id: IOP-03
#   severity: error
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: improve_care
#   tcop: [4, 10]
#   requirement: INTEROP-03
#   remediation: >-
#     Record and exchange clinical terms as SNOMED CT concepts and list
#     `snomed-ct` in `interoperability.standards`.
package wgll.interoperability.snomed_ct_missing

import data.wgll.lib

deny contains finding if {
	lib.past_discovery
	input.manifest.features.clinical_recording == true
	not "snomed-ct" in standards
	finding := {
		"rule": "IOP-03",
		"msg": "the service records clinical information about patients but `interoperability.standards` does not list `snomed-ct`",
		"at": "/manifest/interoperability/standards",
	}
}

# The declared standards, spelt one way: "SNOMED CT" and "snomed-ct" agree.
standards contains replace(lower(trim_space(s)), " ", "-") if {
	some s in lib.array_at(["interoperability", "standards"])
	is_string(s)
}
