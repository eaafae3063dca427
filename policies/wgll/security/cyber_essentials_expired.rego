# METADATA
# title: The Cyber Essentials certificate is current
# description: >-
#   Cyber Essentials certification lasts twelve months. Suppliers of digital
#   health technology to the NHS must hold a current certificate (DTAC C3), and
#   an expired one is no longer evidence of the controls it certified. A
#   certificate recorded with no expiry date cannot pass as current: the
#   date on the certificate is what shows it has not lapsed.
# related_resources:
#   - ref: https://www.ncsc.gov.uk/cyberessentials/overview
#     description: "NCSC, Cyber Essentials: certification is valid for 12 months and needs renewing each year"
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

# A certificate recorded without the date it expires.
deny contains finding if {
	is_object(input.manifest)
	lib.expiry_unrecorded(object.get(input.manifest, ["security", "cyber_essentials"], null), "expires")
	finding := {
		"rule": "SEC-02",
		"msg": "a Cyber Essentials certificate is recorded but `security.cyber_essentials.expires` gives no expiry date (YYYY-MM-DD), so it cannot be taken as current",
		"at": "/manifest/security/cyber_essentials/expires",
	}
}
