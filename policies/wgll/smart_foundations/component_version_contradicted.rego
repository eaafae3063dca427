# METADATA
# title: The components the manifest lists are the versions the code pins
# description: >-
#   A component's end of life is judged by the version recorded for it, so a
#   manifest that says Node.js 24 while `.nvmrc` pins 18 hides a runtime past
#   its end of life behind a supported one. What Good Looks Like asks for
#   modern, supported foundations and the DSPT (National Data Guardian
#   standard 8) for no unsupported systems: the record has to match what
#   runs. Each manifest entry that names a product the repository's own
#   files pin (by its endoflife.date id or name, so `Node.js`, `node` and
#   `nodejs` are one) is held against those pins, and reported when a pin
#   names a release that no entry for the product records.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, success measure 2 \"Ensure smart foundations\""
#   - ref: https://digital.nhs.uk/cyber-and-data-security/guidance-and-assurance/data-security-and-protection-toolkit-assessment-guides
#     description: "DSPT assessment guides, National Data Guardian standard 8 \"Unsupported systems\""
# custom:
#   id: SF-06
#   severity: warning
#   measure: smart_foundations
#   tcop: [6]
#   requirement: WGLL-SF-01
#   judges: [observed.components]
#   remediation: >-
#     Record in `technology.components` the version the code really pins
#     (one entry per release in use, with its `eol`), or change the version
#     file to the release the manifest records.
package wgll.smart_foundations.component_version_contradicted

import data.wgll.lib

# Whether some manifest entry records the release an observed pin names.
claimed(c) if {
	some entry in lib.declared_components
	lib.names_component(entry, c)
	lib.version_in_cycle(entry.version, c.cycle)
}

# The observed pins of the product an entry names whose release no entry
# records.
unclaimed(entry) := [j |
	some j, c in lib.observed_components
	is_string(c.cycle)
	lib.names_component(entry, c)
	not claimed(c)
]

pin_text(c) := sprintf("`%s` pins %s %s (release %s)", [c.file, c.title, c.version, c.cycle])

what_pins(others) := pin_text(lib.observed_components[others[0]]) if count(others) == 1

what_pins(others) := sprintf("%d pins name other releases: %s", [count(others), concat(", ", [sprintf("`%s` (%s)", [c.file, c.cycle]) |
	some j in others
	c := lib.observed_components[j]
])]) if count(others) > 1

deny contains finding if {
	some i, entry in lib.declared_components
	lib.version_numbers(entry.version)
	others := unclaimed(entry)
	count(others) > 0
	finding := {
		"rule": "SF-06",
		"msg": sprintf("technology.components says `%s` is version %v, but %s", [entry.name, entry.version, what_pins(others)]),
		"at": sprintf("/manifest/technology/components/%d/version", [i]),
		"related": [{"at": sprintf("/observed/components/%d/version", [j]), "msg": pin_text(lib.observed_components[j])} | some j in others],
	}
}
