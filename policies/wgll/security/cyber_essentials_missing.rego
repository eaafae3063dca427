# METADATA
# title: A Cyber Essentials certificate is held
# description: >-
#   DTAC asks suppliers of digital health technology for a Cyber Essentials
#   certificate, which shows the five basic technical controls are in place.
#   The manifest should record the certificate once the service leaves
#   discovery.
# related_resources:
#   - ref: https://www.ncsc.gov.uk/cyberessentials/overview
#     description: "NCSC, Cyber Essentials overview"
#   - ref: https://transform.england.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/
#     description: "NHS England, Digital Technology Assessment Criteria (DTAC), section C3 technical security"
# custom:
#   id: SEC-08
#   severity: error
#   measure: safe_practice
#   tcop: [6]
#   requirement: CYBER-02
#   remediation: >-
#     Certify the organisation (or the supplier's scope) with a Cyber
#     Essentials certification body and record
#     `security.cyber_essentials.level` and `.expires`.
package wgll.security.cyber_essentials_missing

import data.wgll.lib

deny contains finding if {
	lib.past_discovery
	not input.manifest.security.cyber_essentials
	finding := {
		"rule": "SEC-08",
		"msg": "no Cyber Essentials certificate is recorded in `security.cyber_essentials`",
		"at": "/manifest/security/cyber_essentials",
	}
}
