# METADATA
# title: No component of the service has reached its end of life
# description: >-
#   What Good Looks Like asks for digital environments that are modern,
#   secure and resilient, with unsupported and legacy systems removed. The
#   DSPT's National Data Guardian standard 8 says no unsupported systems, and
#   Cyber Essentials requires security updates, which a runtime, framework or
#   database past its end of life no longer gets. Each component the
#   manifest lists must record its end-of-life date so this can be checked,
#   and each runtime, tool or base image the repository's own files pin (a
#   `.nvmrc`, `.tool-versions`, `global.json`, a Dockerfile's `FROM`) is
#   judged against the bundled endoflife.date data, manifest or not.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, success measure 2 \"Ensure smart foundations\""
#   - ref: https://digital.nhs.uk/cyber-and-data-security/guidance-and-assurance/data-security-and-protection-toolkit-assessment-guides
#     description: "DSPT assessment guides, National Data Guardian standard 8 \"Unsupported systems\""
#   - ref: https://www.ncsc.gov.uk/cyberessentials/overview
#     description: "NCSC, Cyber Essentials: security update management"
# custom:
#   id: SF-01
#   severity: error
#   measure: smart_foundations
#   tcop: [6]
#   requirement: WGLL-SF-01
#   judges: [manifest, observed.components]
#   remediation: >-
#     Upgrade the component to a supported version, in the file that pins
#     it, and record its version and end-of-life date in
#     `technology.components` (`name`, `version`, `eol` written YYYY-MM-DD).
package wgll.smart_foundations.component_end_of_life

import data.wgll.lib

# How a component is named in messages: its name, else its position.
label(c, i) := c.name if {
	is_object(c)
	is_string(c.name)
} else := sprintf("number %d", [i + 1])

# The component's version, for messages.
version_text(c) := sprintf(" (version %v)", [c.version]) if {
	is_object(c)
	c.version != null
} else := ""

# Whether a component records an end-of-life date.
dated(c) if {
	is_object(c)
	lib.is_date(c.eol)
}

deny contains finding if {
	some i, component in lib.declared_components
	dated(component)
	lib.before_today(component.eol)
	finding := {
		"rule": "SF-01",
		"msg": sprintf("component `%s`%s reached its end of life on `%s` and no longer gets security updates", [label(component, i), version_text(component), component.eol]),
		"at": sprintf("/manifest/technology/components/%d/eol", [i]),
	}
}

deny contains finding if {
	some i, component in lib.declared_components
	not dated(component)
	finding := {
		"rule": "SF-01",
		"msg": sprintf("component `%s` records no end-of-life date written YYYY-MM-DD in `eol`, so whether it is supported cannot be checked", [label(component, i)]),
		"at": sprintf("/manifest/technology/components/%d/eol", [i]),
	}
}

# A cycle whose end of life has passed: a date before today, or `true`
# where the data records only that it has ended.
ended(c) if c.eol == true

ended(c) if {
	lib.is_date(c.eol)
	lib.before_today(c.eol)
}

ended_text(c) := sprintf("reached its end of life on `%s`", [c.eol]) if is_string(c.eol)

ended_text(c) := "is past its end of life" if c.eol == true

# The manifest entries that list the same component, for the reader to see
# the two findings are about one thing.
listed(c) := [{"at": sprintf("/manifest/technology/components/%d", [j]), "msg": "the manifest lists it here"} |
	some j, entry in lib.declared_components
	lib.names_component(entry, c)
	lib.version_in_cycle(entry.version, c.cycle)
]

deny contains finding if {
	some i, c in lib.observed_components
	ended(c)
	base := {
		"rule": "SF-01",
		"msg": sprintf("`%s` pins %s %s (release %s), which %s and no longer gets security updates", [c.file, c.title, c.version, c.cycle, ended_text(c)]),
		"at": sprintf("/observed/components/%d/version", [i]),
	}
	finding := with_related(base, listed(c))
}

with_related(f, related) := f if count(related) == 0

with_related(f, related) := object.union(f, {"related": related}) if count(related) > 0
