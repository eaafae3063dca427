# METADATA
# title: Data is encrypted at rest and in transit with TLS 1.2 or later
# description: >-
#   NHS cloud security guidance expects data at rest to be encrypted and data
#   in transit to be protected by TLS 1.2 or later; TCoP point 6 asks for
#   security to be built in. Weaker transport protocols are deprecated.
#   Where nothing is stored (a static site built from the repository), at
#   rest does not apply: the reason goes in
#   `security.not_applicable.encryption_at_rest`, which cannot stand beside
#   personal data or patient records the manifest says the service holds.
# related_resources:
#   - ref: https://digital.nhs.uk/services/cloud-centre-of-excellence/cloud-security-good-practice-guide
#     description: "NHS England Cloud Centre of Excellence, Cloud Security Good Practice Guide"
#   - ref: https://www.ncsc.gov.uk/guidance/using-tls-to-protect-data
#     description: "NCSC, using TLS to protect data"
# custom:
#   id: SEC-11
#   severity: error
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline, infrastructure]
#   measure: safe_practice
#   tcop: [6]
#   requirement: CLOUD-06
#   remediation: >-
#     Encrypt stored data and serve only TLS 1.2 or later, then record
#     `security.encryption.at_rest: true` and `security.encryption.in_transit:
#     tls1.2+` (or tls1.3).
package wgll.security.encryption_missing

import data.wgll.lib

good_transit := {"tls1.2+", "tls1.2", "tls1.3", "tls1.3+"}

deny contains finding if {
	lib.past_discovery
	object.get(input.manifest, ["security", "encryption", "at_rest"], false) != true
	not lib.stores_nothing
	finding := {
		"rule": "SEC-11",
		"msg": "`security.encryption.at_rest` does not record that stored data is encrypted",
		"at": "/manifest/security/encryption/at_rest",
	}
}

deny contains finding if {
	lib.past_discovery
	transit := object.get(input.manifest, ["security", "encryption", "in_transit"], "unrecorded")
	not transit in good_transit
	finding := {
		"rule": "SEC-11",
		"msg": sprintf("data in transit is protected by `%v`, not TLS 1.2 or later", [transit]),
		"at": "/manifest/security/encryption/in_transit",
	}
}


deny contains finding if {
	lib.past_discovery
	lib.non_empty_string(lib.flag(["security", "not_applicable", "encryption_at_rest"]))
	lib.holds_records
	object.get(input.manifest, ["security", "encryption", "at_rest"], false) != true
	finding := {
		"rule": "SEC-11",
		"msg": "`security.not_applicable.encryption_at_rest` says nothing is stored, yet the manifest says the service holds personal data or patient records",
		"at": "/manifest/security/not_applicable/encryption_at_rest",
	}
}
