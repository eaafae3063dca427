# METADATA
# title: The personal data a service stores is described in a data dictionary
# description: >-
#   Point 10 of the Technology Code of Practice asks teams to make better use
#   of data: to know what they hold, what it means and where it came from, so
#   it can be reused safely, shared with standard meanings and kept no longer
#   than needed. What Good Looks Like expects good-quality data to feed
#   population health. A data dictionary, or an entry in the organisation's
#   data catalogue, is the first step.
# related_resources:
#   - ref: https://alphagov.github.io/data-standards-authority/guidance/tcop10/
#     description: "Data Standards Authority, Technology Code of Practice point 10 \"Make better use of data\""
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, \"Healthy populations\""
# custom:
#   id: HP-03
#   severity: warning
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: healthy_populations
#   tcop: [10]
#   requirement: TCOP-10
#   remediation: >-
#     Describe the data the service stores (items, meanings, sources, standards)
#     and name the document or catalogue entry in `data.dictionary`.
package wgll.healthy_populations.data_dictionary_missing

import data.wgll.lib

# This clause asks that a dictionary is named; the last one, that the
# document named is there and says something.
deny contains finding if {
	lib.in_service
	lib.personal_data
	not filled(object.get(input.manifest, ["data", "dictionary"], null))
	finding := {
		"rule": "HP-03",
		"msg": "the service stores personal data but `data.dictionary` names no data dictionary or catalogue entry",
		"at": "/manifest/data/dictionary",
	}
}

filled(s) if {
	is_string(s)
	trim_space(s) != ""
}

# The document `data.dictionary` names is not in the repository, or says
# nothing: reported here, under this rule's measure (WL-07 and WL-10 leave
# the fields an area rule owns; lib/evidence.rego lists them).
deny contains finding if {
	some finding in lib.evidence_findings("HP-03", ["data", "dictionary"])
}
