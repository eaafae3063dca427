# METADATA
# title: Medicines information uses the Dictionary of Medicines and Devices
# description: >-
#   The Dictionary of Medicines and Devices (dm+d, SCCI0052) is an information
#   standard under section 250 of the Health and Social Care Act 2012: systems
#   that exchange information about a patient's medicines must use dm+d
#   identifiers and descriptions, so that a prescription means the same thing
#   in every system that reads it.
# related_resources:
#   - ref: https://standards.nhs.uk/published-standards/dictionary-of-medicines-and-devices
#     description: "Dictionary of Medicines and Devices (dm+d), SCCI0052 Amd 13/2013"
#   - ref: https://service-manual.nhs.uk/standards-and-technology/service-standard-points/17-make-your-service-interoperable
#     description: "NHS service standard, point 17 \"Make your service interoperable\""
# custom:
#   id: IOP-04
#   severity: error
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: improve_care
#   tcop: [4, 10]
#   requirement: INTEROP-04
#   remediation: >-
#     Identify and describe medicines with dm+d codes and list `dm+d` in
#     `interoperability.standards`.
package wgll.interoperability.dmd_missing

import data.wgll.lib

deny contains finding if {
	lib.past_discovery
	input.manifest.features.medicines == true
	count(standards & {"dm+d", "dmd"}) == 0
	finding := {
		"rule": "IOP-04",
		"msg": "the service handles medicines information but `interoperability.standards` does not list `dm+d`",
		"at": "/manifest/interoperability/standards",
	}
}

# The declared standards, spelt one way.
standards contains replace(lower(trim_space(s)), " ", "-") if {
	some s in lib.array_at(["interoperability", "standards"])
	is_string(s)
}
