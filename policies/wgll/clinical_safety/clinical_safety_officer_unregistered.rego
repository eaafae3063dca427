# METADATA
# title: The clinical safety officer holds a current professional registration
# description: >-
#   DCB0129 and DCB0160 require the clinical safety officer to be a suitably
#   qualified and experienced clinician holding a current registration with
#   an appropriate professional body, trained in clinical risk management.
#   The registers accepted are a parameter (clinical_registration_bodies),
#   seeded with the UK's statutory health and care regulators: GMC, NMC,
#   HCPC, GPhC, PSNI, GDC, GOC, GCC, GOsC and the four social care and work
#   registers. Recording the body and number lets it be checked against the
#   public register.
# related_resources:
#   - ref: https://digital.nhs.uk/data-and-information/information-standards/governance/latest-activity/standards-and-collections/dcb0129-clinical-risk-management-its-application-in-the-manufacture-of-health-it-systems
#     description: "DCB0129 Clinical Risk Management: its Application in the Manufacture of Health IT Systems, specification: the clinical safety officer is a suitably qualified and experienced clinician with a current registration with an appropriate professional body"
#   - ref: https://service-manual.nhs.uk/service-standard/16-make-your-service-clinically-safe
#     description: "NHS service standard, point 16 \"Make your service clinically safe\""
#   - ref: https://transform.england.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/
#     description: "NHS England, DTAC section C1: nominated clinical safety officer"
# custom:
#   id: CS-03
#   severity: error
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: safe_practice
#   requirement: CLINSAFE-02
#   remediation: >-
#     Record the officer's registration as body and number, e.g. `GMC
#     1234567`, in `clinical_safety.clinical_safety_officer.registration`.
package wgll.clinical_safety.clinical_safety_officer_unregistered

deny contains finding if {
	data.wgll.lib.clinical_safety_applies
	officer := input.manifest.clinical_safety.clinical_safety_officer
	officer.name
	registration := object.get(officer, "registration", "")
	not registered(registration)
	finding := {
		"rule": "CS-03",
		"msg": sprintf("the clinical safety officer's registration `%v` does not name a professional body (%s) and a number", [registration, concat(", ", data.wgll.params.clinical_registration_bodies)]),
		"at": "/manifest/clinical_safety/clinical_safety_officer/registration",
	}
}

registered(r) if {
	is_string(r)
	regex.match(sprintf("^(%s) [A-Za-z0-9/-]+$", [concat("|", data.wgll.params.clinical_registration_bodies)]), r)
}
