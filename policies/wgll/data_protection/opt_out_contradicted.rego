# METADATA
# title: Personal data is not switched off for a service that handles it
# description: >-
#   `data_protection.personal_data: false` turns the data protection rules
#   off. Personal data is any information relating to an identified or
#   identifiable person, so the opt-out cannot stand beside what the manifest
#   itself declares: patient records or clinical recording, the NHS Number as
#   an identifier, patient lookups in the Personal Demographics Service, or
#   citizens or staff signing in (an account identifies its holder).
# related_resources:
#   - ref: https://www.legislation.gov.uk/eur/2016/679/article/4
#     description: "UK GDPR Article 4(1), definition of personal data"
#   - ref: https://www.legislation.gov.uk/eur/2016/679/article/35
#     description: "UK GDPR Article 35, data protection impact assessment"
# custom:
#   id: DP-13
#   severity: error
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: safe_practice
#   tcop: [7]
#   requirement: TCOP-07
#   remediation: >-
#     Ask the data protection officer to review the decision: either set
#     `data_protection.personal_data: true` and meet the data protection
#     rules, or correct what the manifest declares.
package wgll.data_protection.opt_out_contradicted

import data.wgll.lib

# Booleans that, true, mean patient-level data, by their manifest path.
patient_level := {
	"features/patient_records": "holds patient records",
	"features/clinical_recording": "records clinical information about patients",
}

deny contains finding if {
	opted_out
	some path, does in patient_level
	lib.flag(split(path, "/")) == true
	finding := contradiction(does, sprintf("/manifest/%s", [path]))
}

deny contains finding if {
	opted_out
	some i, standard in lib.array_at(["interoperability", "standards"])
	standard == "nhs-number"
	finding := contradiction("identifies patients by their NHS Number", sprintf("/manifest/interoperability/standards/%d", [i]))
}

deny contains finding if {
	opted_out
	some list in [["interoperability", "national_services"], ["reuse", "components"]]
	some i, name in lib.array_at(list)
	name in {"nhs-login", "pds-fhir-api", "pds"}
	finding := contradiction(words[name], lib.pointer("/manifest", array.concat(list, [i])))
}

deny contains finding if {
	opted_out
	some who in ["citizen", "staff"]
	provider := lib.flag(["identity", who, "provider"])
	is_string(provider)
	provider != "none"
	finding := contradiction(sprintf("%s users sign in through `%s`", [who, provider]), sprintf("/manifest/identity/%s/provider", [who]))
}

words := {
	"nhs-login": "citizens sign in with NHS login",
	"pds-fhir-api": "looks patients up in the Personal Demographics Service",
	"pds": "looks patients up in the Personal Demographics Service",
}

opted_out if lib.flag(["data_protection", "personal_data"]) == false

contradiction(does, at) := {
	"rule": "DP-13",
	"msg": sprintf("`data_protection.personal_data` is false, yet the manifest says the service %s", [does]),
	"at": at,
	"related": [{"at": "/manifest/data_protection/personal_data", "msg": "opted out here"}],
}
