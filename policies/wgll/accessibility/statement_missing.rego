# METADATA
# title: A service in beta or live publishes an accessibility statement
# description: >-
#   The public sector accessibility regulations (PSBAR 2018) require every
#   public sector website and app to publish an accessibility statement in the
#   model form: how accessible the service is, what is not yet accessible and
#   when it will be fixed, how to report a problem, and the enforcement
#   procedure. GDS reviews the statement when it monitors a service. The
#   regulations cover a body's intranets and extranets as well as its public
#   sites (only those published before 23 September 2019 are exempt, until
#   they are substantially revised), so a staff service needs a statement too.
# related_resources:
#   - ref: https://www.legislation.gov.uk/uksi/2018/952
#     description: "The Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018, regulation 8 (the accessibility statement) and regulation 4 (scope: intranets and extranets published before 23 September 2019 are exempt until substantially revised)"
#   - ref: https://www.gov.uk/guidance/accessibility-requirements-for-public-sector-websites-and-apps
#     description: "GOV.UK, understanding accessibility requirements for public sector bodies: intranets and extranets are covered"
#   - ref: https://www.gov.uk/guidance/public-sector-website-and-mobile-application-accessibility-monitoring
#     description: "GOV.UK, public sector website and mobile application accessibility monitoring"
# custom:
#   id: A11Y-02
#   severity: error
#   kinds: [citizen-web, citizen-app, staff-app]
#   measure: empower_citizens
#   tcop: [2]
#   requirement: A11Y-02
#   remediation: >-
#     Write the accessibility statement from the GOV.UK model, publish it, and
#     name it in `accessibility.statement` (a repository path or its https URL).
package wgll.accessibility.statement_missing

import data.wgll.lib

# This clause asks that a statement is named; the last one, that the
# document named is there and says something.
deny contains finding if {
	lib.in_service
	has_users
	not headless
	not filled(object.get(input.manifest, ["accessibility", "statement"], null))
	finding := {
		"rule": "A11Y-02",
		"msg": sprintf("the service is in use by %s but `accessibility.statement` names no accessibility statement", [users]),
		"at": "/manifest/accessibility/statement",
	}
}

# Public sites, and intranets and extranets for staff.
has_users if lib.serves_citizens

has_users if lib.serves_staff

users := "the public" if lib.serves_citizens

else := "staff (an intranet or extranet)"

headless if input.manifest.service.kind in {"api", "data-pipeline", "infrastructure", "library"}

filled(s) if {
	is_string(s)
	trim_space(s) != ""
}

# The document `accessibility.statement` names is not in the repository, or says
# nothing: reported here, under this rule's measure (WL-07 and WL-10 leave
# the fields an area rule owns; lib/evidence.rego lists them).
deny contains finding if {
	some finding in lib.evidence_findings("A11Y-02", ["accessibility", "statement"])
}
