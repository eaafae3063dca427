# METADATA
# title: A service in beta or live has had a recent accessibility audit
# description: >-
#   Automated tools find only some accessibility problems. GDS monitoring
#   combines automated tests with manual checks, and the NHS service manual
#   asks teams to test with assistive technology and people with access needs.
#   A manual audit should be repeated at least yearly, and after a major
#   redesign, so the accessibility statement stays true.
# related_resources:
#   - ref: https://www.gov.uk/guidance/public-sector-website-and-mobile-application-accessibility-monitoring
#     description: "GOV.UK, public sector website and mobile application accessibility monitoring, \"How we test\""
#   - ref: https://service-manual.nhs.uk/accessibility/what-all-NHS-services-need-to-do
#     description: "NHS service manual, what all NHS services need to do about accessibility"
# custom:
#   id: A11Y-03
#   severity: warning
#   severity_by_phase: {live: error}
#   kinds: [citizen-web, citizen-app, staff-app]
#   measure: empower_citizens
#   tcop: [2]
#   requirement: A11Y-03
#   remediation: >-
#     Have the service audited by hand and with assistive technology, update
#     the accessibility statement, and record the audit date in
#     `accessibility.last_audit`.
package wgll.accessibility.audit_stale

import data.wgll.lib

deny contains finding if {
	lib.in_service
	has_ui
	object.get(input.manifest, ["accessibility", "last_audit"], null) == null
	finding := {
		"rule": "A11Y-03",
		"msg": "the service is in use but `accessibility.last_audit` records no accessibility audit",
		"at": "/manifest/accessibility/last_audit",
	}
}

deny contains finding if {
	lib.in_service
	has_ui
	audited := input.manifest.accessibility.last_audit
	months := data.wgll.params.accessibility_audit_max_age_months
	lib.older_than_months(audited, months)
	finding := {
		"rule": "A11Y-03",
		"msg": sprintf("the last accessibility audit was on `%s`, more than %d months ago", [audited, months]),
		"at": "/manifest/accessibility/last_audit",
	}
}

has_ui if {
	lib.serves_citizens
	not headless
}

has_ui if {
	lib.serves_staff
	not headless
}

headless if input.manifest.service.kind in {"api", "data-pipeline", "infrastructure", "library"}
