# METADATA
# title: The Cyber Essentials certificate is current
# description: >-
#   Cyber Essentials certification lasts twelve months. Suppliers of digital
#   health technology to the NHS must hold a current certificate (DTAC C3), and
#   an expired one is no longer evidence of the controls it certified.
# related_resources:
#   - ref: https://www.ncsc.gov.uk/cyberessentials/overview
#     description: NCSC, Cyber Essentials
#   - ref: https://transform.england.nhs.uk/key-tools-and-info/digital-technology-assessment-criteria-dtac/
#     description: NHS England, Digital Technology Assessment Criteria
# custom:
#   id: SEC-02
#   severity: error
#   measure: safe_practice
#   tcop: [6]
#   remediation: >-
#     Renew the certificate with a Cyber Essentials certification body and
#     record the new expiry date in security.cyber_essentials.expires.
package wgll.security.cyber_essentials_expired

import data.wgll.lib

deny contains finding if {
	expires := input.manifest.security.cyber_essentials.expires
	lib.before_today(expires)
	finding := {
		"rule": "SEC-02",
		"msg": sprintf("the Cyber Essentials certificate expired on %s", [expires]),
		"at": "/manifest/security/cyber_essentials/expires",
	}
}
