# METADATA
# title: A Cyber Essentials certificate is held
# description: >-
#   DTAC asks suppliers of digital health technology for a Cyber Essentials
#   certificate, which shows the five basic technical controls are in place,
#   and government contracts ask it of suppliers. It is required where the
#   service is built by a supplier (`service.delivered_by: supplier`) or is
#   assessed under the DTAC, not of every service an NHS organisation builds
#   in house (whose assurance is its DSPT). A service that does not say who
#   builds it is taken to need it.
# related_resources:
#   - ref: https://www.ncsc.gov.uk/cyberessentials/overview
#     description: "NCSC, Cyber Essentials overview"
#   - ref: https://transform.england.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/
#     description: "NHS England, Digital Technology Assessment Criteria (DTAC), section C3 technical security"
#   - ref: https://www.gov.uk/government/publications/procurement-policy-note-0914-cyber-essentials-scheme-certification
#     description: "Procurement Policy Note 09/14, Cyber Essentials certification of suppliers"
# custom:
#   id: SEC-08
#   severity: error
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline, infrastructure]
#   measure: safe_practice
#   tcop: [6]
#   requirement: CYBER-02
#   remediation: >-
#     Certify the organisation (or the supplier's scope) with a Cyber
#     Essentials certification body and record
#     `security.cyber_essentials.level` and `.expires`; a service built in
#     house that is not assessed under the DTAC records
#     `service.delivered_by: in-house`.
package wgll.security.cyber_essentials_missing

import data.wgll.lib

deny contains finding if {
	lib.past_discovery
	required
	not input.manifest.security.cyber_essentials
	finding := {
		"rule": "SEC-08",
		"msg": sprintf("no Cyber Essentials certificate is recorded in `security.cyber_essentials`, which is required because %s", [why]),
		"at": "/manifest/security/cyber_essentials",
	}
}

required if why

why := "the service is built by a supplier" if {
	lib.flag(["service", "delivered_by"]) == "supplier"
} else := "the service is assessed under the DTAC" if {
	lib.flag(["compliance", "dtac", "applies"]) == true
} else := "`service.delivered_by` does not say the service is built in house" if {
	lib.flag(["service", "delivered_by"]) != "in-house"
}
