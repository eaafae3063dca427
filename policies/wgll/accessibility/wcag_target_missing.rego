# METADATA
# title: The service targets WCAG 2.2 AA
# description: >-
#   The public sector accessibility regulations (PSBAR 2018) make WCAG the
#   technical standard for public sector websites and apps, NHS ones included,
#   and GDS monitors them against WCAG 2.2 level AA. Point 2 of the Technology
#   Code of Practice asks for the accessibility target to be set from the
#   start. Staff services are held to the same bar as public ones.
# related_resources:
#   - ref: https://www.gov.uk/guidance/accessibility-requirements-for-public-sector-websites-and-apps
#     description: "GOV.UK, understanding accessibility requirements for public sector bodies: meet WCAG 2.2 level AA (monitored against 2.2 from October 2024)"
#   - ref: https://www.w3.org/TR/WCAG22/
#     description: "W3C, Web Content Accessibility Guidelines (WCAG) 2.2, conformance level AA"
#   - ref: https://service-manual.nhs.uk/accessibility
#     description: "NHS digital service manual, accessibility: NHS services must meet WCAG 2.2 AA"
#   - ref: https://www.legislation.gov.uk/uksi/2018/952
#     description: "The Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018"
#   - ref: https://www.gov.uk/guidance/the-technology-code-of-practice
#     description: "Technology Code of Practice, \"2. Make things accessible and inclusive\""
# custom:
#   id: A11Y-01
#   severity: error
#   kinds: [citizen-web, citizen-app, staff-app]
#   measure: empower_citizens
#   tcop: [2]
#   requirement: TCOP-02
#   remediation: >-
#     Set `accessibility.standard: wcag-2.2-aa` and test the service against
#     it; a service still aiming at WCAG 2.1 should move to 2.2.
package wgll.accessibility.wcag_target_missing

import data.wgll.lib

accepted := {"wcag-2.2-aa", "wcag-2.2-aaa"}

deny contains finding if {
	lib.past_discovery
	has_ui
	object.get(input.manifest, ["accessibility", "standard"], null) == null
	finding := {
		"rule": "A11Y-01",
		"msg": "the service has a user interface but `accessibility.standard` sets no accessibility target: use `wcag-2.2-aa`",
		"at": "/manifest/accessibility/standard",
	}
}

deny contains finding if {
	lib.past_discovery
	has_ui
	standard := input.manifest.accessibility.standard
	standard != null
	not normal(standard) in accepted
	finding := {
		"rule": "A11Y-01",
		"msg": sprintf("accessibility.standard `%v` is not WCAG 2.2 AA, the standard public sector services are monitored against (`wcag-2.2-aa`)", [standard]),
		"at": "/manifest/accessibility/standard",
	}
}

# "WCAG 2.2 AA" and "wcag-2.2-aa" mean the same.
normal(s) := replace(lower(trim_space(s)), " ", "-") if is_string(s)

# Services people use through a screen: anything for citizens or staff, unless
# it declares itself headless.
has_ui if {
	lib.serves_citizens
	not headless
}

has_ui if {
	lib.serves_staff
	not headless
}

headless if input.manifest.service.kind in {"api", "data-pipeline", "infrastructure", "library"}
