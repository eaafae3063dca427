# METADATA
# title: A data protection officer is named where Article 37 requires one
# description: >-
#   UK GDPR Article 37(1) requires a controller or processor to designate a
#   data protection officer when (a) it is a public authority or body, or its
#   core activities consist of (b) regular and systematic monitoring of
#   individuals on a large scale or (c) processing on a large scale of special
#   category data (health data among it) or criminal offence data. Other
#   organisations may appoint one but need not. The facts that decide it are
#   recorded in `data_protection.controller`; while they are not, a service
#   that processes personal data is asked for a DPO, since an NHS body or a
#   supplier processing patient data at scale usually needs one. A DPO's
#   contact details are then published (Article 37(7)).
# related_resources:
#   - ref: https://www.legislation.gov.uk/eur/2016/679/article/37
#     description: "UK GDPR Article 37(1), designation of the data protection officer: (a) public authorities or bodies, (b) large-scale regular and systematic monitoring, (c) large-scale processing of special categories of data or criminal offence data, as core activities"
#   - ref: https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/accountability-and-governance/data-protection-officers/
#     description: "ICO, data protection officers: when an organisation needs to appoint one"
#   - ref: https://transform.england.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/
#     description: "NHS England, DTAC section C2 data protection"
# custom:
#   id: DP-06
#   severity: error
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: safe_practice
#   tcop: [7]
#   requirement: DTAC-DP-03
#   remediation: >-
#     Record the data protection officer's name and role mailbox in
#     `data_protection.dpo.name` and `.contact`; if the controller is not a
#     public authority and its core activities involve no large-scale
#     special-category processing or monitoring, record that in
#     `data_protection.controller` instead.
package wgll.data_protection.dpo_missing

import data.wgll.lib

controller := lib.object_at(["data_protection", "controller"])

# The Article 37(1) grounds the manifest records as true.
grounds contains "the controller is a public authority or body (Article 37(1)(a))" if controller.public_authority == true

grounds contains "its core activities include large-scale regular and systematic monitoring (Article 37(1)(b))" if controller.large_scale_monitoring == true

grounds contains "its core activities include large-scale processing of special category data such as health data (Article 37(1)(c))" if controller.large_scale_special_category == true

# Whether every ground is recorded, as true or false.
all_recorded if count([key |
	some key in ["public_authority", "large_scale_monitoring", "large_scale_special_category"]
	is_boolean(object.get(controller, key, null))
]) == 3

no_dpo if not filled(object.get(lib.object_at(["data_protection", "dpo"]), "name", null))

filled(s) if {
	is_string(s)
	trim_space(s) != ""
}

deny contains finding if {
	lib.personal_data
	no_dpo
	count(grounds) > 0
	finding := {
		"rule": "DP-06",
		"msg": sprintf("UK GDPR Article 37 requires a data protection officer because %s, but none is named in `data_protection.dpo.name`", [concat("; ", sort(grounds))]),
		"at": "/manifest/data_protection/dpo",
	}
}

deny contains finding if {
	lib.personal_data
	no_dpo
	count(grounds) == 0
	not all_recorded
	finding := {
		"rule": "DP-06",
		"msg": "the service processes personal data but names no data protection officer in `data_protection.dpo.name`, and `data_protection.controller` does not record the facts that would make one unnecessary (UK GDPR Article 37 requires one of public authorities, and of large-scale special-category processing or monitoring as a core activity)",
		"at": "/manifest/data_protection/dpo",
	}
}
