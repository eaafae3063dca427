# METADATA
# title: The code is open by default, or its exception is justified
# description: >-
#   The Technology Code of Practice asks teams to be open and use open
#   source, and the NHS open source policy makes code open by default: code
#   is kept closed or secured only as a justified exception. (That published
#   code carries a licence is SF-05, an error.)
# related_resources:
#   - ref: https://www.gov.uk/guidance/the-technology-code-of-practice
#     description: "Technology Code of Practice, point 3 \"Be open and use open source\""
#   - ref: https://github.com/nhsx/open-source-policy/blob/main/open-source-policy.md
#     description: "NHS open source policy: \"In brief\" and \"When code should be open or closed\""
# custom:
#   id: TCOP-03
#   severity: warning
#   measure: smart_foundations
#   tcop: [3]
#   requirement: TCOP-03
#   remediation: >-
#     Publish the code (`open_source.published: true`), or set `open_source.classification` to `closed` or
#     `secured` and give the reason in `open_source.rationale`.
package wgll.tcop.code_not_open

import data.wgll.lib

exceptions := {"closed", "secured"}

published if input.manifest.open_source.published == true

classification := object.get(input.manifest, ["open_source", "classification"], null)

# Whether a value is a non-empty string.
named(s) if {
	is_string(s)
	trim_space(s) != ""
}

deny contains finding if {
	lib.past_discovery
	not published
	not classification in exceptions
	finding := {
		"rule": "TCOP-03",
		"msg": "the code is not published (`open_source.published`) and `open_source.classification` does not mark it `closed` or `secured`",
		"at": "/manifest/open_source/published",
	}
}

deny contains finding if {
	lib.past_discovery
	not published
	classification in exceptions
	not named(object.get(input.manifest, ["open_source", "rationale"], null))
	finding := {
		"rule": "TCOP-03",
		"msg": sprintf("the code is classified `%s` but `open_source.rationale` does not say why it cannot be open", [classification]),
		"at": "/manifest/open_source/rationale",
	}
}
