# METADATA
# title: Clinical safety is not switched off for a service that does clinical work
# description: >-
#   `clinical_safety.applicable: false` turns the DCB0129 and DCB0160 rules
#   off. DCB0129 applies to health IT systems whose failure could contribute
#   to patient harm, so the opt-out cannot stand beside what the manifest
#   itself declares the service does: recording clinical information, holding
#   patient records, handling medicines, or being a medical device.
# related_resources:
#   - ref: https://digital.nhs.uk/data-and-information/information-standards/governance/latest-activity/standards-and-collections/dcb0129-clinical-risk-management-its-application-in-the-manufacture-of-health-it-systems
#     description: "DCB0129, applicability: health IT systems whose failure could contribute to patient harm"
#   - ref: https://service-manual.nhs.uk/service-standard/16-make-your-service-clinically-safe
#     description: "NHS service standard, point 16 \"Make your service clinically safe\""
# custom:
#   id: CS-11
#   severity: error
#   measure: safe_practice
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   requirement: CLINSAFE-01
#   remediation: >-
#     Ask the clinical safety officer to review the decision: either set
#     `clinical_safety.applicable: true` and meet DCB0129, or correct the
#     `features` the manifest declares.
package wgll.clinical_safety.opt_out_contradicted

import data.wgll.lib

# What a declared feature says the service does, by its manifest path.
clinical := {
	"features/clinical_recording": "records clinical information about patients",
	"features/patient_records": "holds patient records",
	"features/medicines": "handles medicines information",
}

deny contains finding if {
	lib.flag(["clinical_safety", "applicable"]) == false
	some path, does in clinical
	lib.flag(split(path, "/")) == true
	finding := {
		"rule": "CS-11",
		"msg": sprintf("`clinical_safety.applicable` is false, yet the manifest says the service %s (`%s`)", [does, replace(path, "/", ".")]),
		"at": sprintf("/manifest/%s", [path]),
		"related": [{"at": "/manifest/clinical_safety/applicable", "msg": "opted out here"}],
	}
}

deny contains finding if {
	lib.flag(["clinical_safety", "applicable"]) == false
	lib.flag(["clinical_safety", "medical_device", "status"]) == "medical-device"
	finding := {
		"rule": "CS-11",
		"msg": "`clinical_safety.applicable` is false, yet the manifest says the service is a medical device",
		"at": "/manifest/clinical_safety/medical_device/status",
		"related": [{"at": "/manifest/clinical_safety/applicable", "msg": "opted out here"}],
	}
}
