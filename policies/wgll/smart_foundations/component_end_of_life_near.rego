# METADATA
# title: No component of the service is close to its end of life
# description: >-
#   Upgrading a runtime, framework or database takes planning and testing.
#   Flagging a component some months before its end of life, as the
#   requirements catalogue suggests, leaves time to move to a supported
#   version before security updates stop (DSPT National Data Guardian
#   standard 8, unsupported systems). Judged for the components the
#   manifest lists and for the runtimes, tools and base images the
#   repository's own files pin, against the bundled endoflife.date data.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, success measure 2 \"Ensure smart foundations\""
#   - ref: https://digital.nhs.uk/cyber-and-data-security/guidance-and-assurance/data-security-and-protection-toolkit-assessment-guides
#     description: "DSPT assessment guides, National Data Guardian standard 8 \"Unsupported systems\""
# custom:
#   id: SF-02
#   severity: warning
#   measure: smart_foundations
#   tcop: [6]
#   requirement: WGLL-SF-01
#   judges: [manifest, observed.components]
#   remediation: >-
#     Plan the upgrade to a supported version now, and once done change the
#     file that pins it and record the new `version` and `eol` in
#     `technology.components`.
package wgll.smart_foundations.component_end_of_life_near

import data.wgll.lib

deny contains finding if {
	some i, component in lib.declared_components
	is_object(component)
	days := data.wgll.params.eol_warning_days
	lib.within_days(component.eol, days)
	finding := {
		"rule": "SF-02",
		"msg": sprintf("component `%v` reaches its end of life on `%s`, within %d days", [object.get(component, "name", i + 1), component.eol, days]),
		"at": sprintf("/manifest/technology/components/%d/eol", [i]),
	}
}

deny contains finding if {
	some i, c in lib.observed_components
	days := data.wgll.params.eol_warning_days
	lib.within_days(c.eol, days)
	finding := {
		"rule": "SF-02",
		"msg": sprintf("`%s` pins %s %s (release %s), which reaches its end of life on `%s`, within %d days", [c.file, c.title, c.version, c.cycle, c.eol, days]),
		"at": sprintf("/observed/components/%d/version", [i]),
	}
}
