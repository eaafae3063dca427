# METADATA
# title: A medical device records its class and MHRA registration
# description: >-
#   A medical device placed on the market in Great Britain must be
#   registered with the MHRA, and its class (I, IIa, IIb or III) decides
#   the conformity assessment it needs. The DTAC asks for both when the
#   product is software or AI as a medical device.
# related_resources:
#   - ref: https://www.gov.uk/guidance/register-medical-devices-to-place-on-the-market
#     description: "MHRA, Register medical devices to place on the market"
#   - ref: https://www.gov.uk/government/publications/software-and-artificial-intelligence-ai-as-a-medical-device/software-and-artificial-intelligence-ai-as-a-medical-device
#     description: "MHRA, Software and artificial intelligence (AI) as a medical device"
#   - ref: https://transform.england.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/
#     description: "NHS England, Digital Technology Assessment Criteria (DTAC), section C1 clinical safety"
# custom:
#   id: CS-08
#   severity: error
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: safe_practice
#   requirement: DTAC-CS-01
#   remediation: >-
#     Record the device's class in `clinical_safety.medical_device.class`
#     and its MHRA registration in `.mhra_registration`; if it is not yet
#     registered, it must not be placed on the market.
package wgll.clinical_safety.medical_device_unregistered

import data.wgll.lib

device := lib.object_at(["clinical_safety", "medical_device"])

# Each fact a registered device records, with the words for the message.
facts := {
	"class": "its class",
	"mhra_registration": "its MHRA registration",
}

deny contains finding if {
	lib.past_discovery
	device.status == "medical-device"
	some field, words in facts
	object.get(device, field, null) in {null, ""}
	finding := {
		"rule": "CS-08",
		"msg": sprintf("the service is a medical device but `clinical_safety.medical_device.%s` does not record %s", [field, words]),
		"at": sprintf("/manifest/clinical_safety/medical_device/%s", [field]),
	}
}
