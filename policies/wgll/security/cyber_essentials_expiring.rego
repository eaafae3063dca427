# METADATA
# title: The Cyber Essentials certificate is renewed before it expires
# description: >-
#   Cyber Essentials certification lasts twelve months and must be renewed.
#   Starting renewal well before expiry avoids a gap in which the service has
#   no current certificate.
# related_resources:
#   - ref: https://www.ncsc.gov.uk/cyberessentials/overview
#     description: "NCSC, Cyber Essentials overview: annual recertification"
# custom:
#   id: SEC-09
#   severity: warning
#   measure: safe_practice
#   tcop: [6]
#   requirement: CYBER-02
#   remediation: >-
#     Book the Cyber Essentials renewal now and, once certified, record the
#     new expiry in `security.cyber_essentials.expires`.
package wgll.security.cyber_essentials_expiring

import data.wgll.lib

deny contains finding if {
	expires := input.manifest.security.cyber_essentials.expires
	days := data.wgll.params.cyber_essentials_renewal_days
	lib.within_days(expires, days)
	finding := {
		"rule": "SEC-09",
		"msg": sprintf("the Cyber Essentials certificate expires on `%s`, within %d days", [expires, days]),
		"at": "/manifest/security/cyber_essentials/expires",
	}
}
