# METADATA
# title: The service is aligned to the organisation's and the ICS's digital strategy
# description: >-
#   What Good Looks Like expects a board-owned digital strategy aligned to the
#   integrated care system's, and ICS governance that regularly reviews and
#   aligns member organisations' strategies, programmes and services. A
#   service should say which strategy it delivers.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, success measure 1 \"Well led\": strategy and alignment"
# custom:
#   id: WL-02
#   severity: info
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline, infrastructure]
#   measure: well_led
#   tcop: []
#   requirement: WGLL-WL-02
#   remediation: >-
#     Set `governance.digital_strategy` to the web address (or repository
#     path) of the digital strategy, aligned to the ICS's, that the service
#     delivers.
package wgll.well_led.strategy_unaligned

import data.wgll.lib

deny contains finding if {
	lib.past_discovery
	strategy := object.get(input.manifest, ["governance", "digital_strategy"], null)
	not is_string(strategy)
	finding := {
		"rule": "WL-02",
		"msg": "no digital strategy is named in `governance.digital_strategy`",
		"at": "/manifest/governance/digital_strategy",
	}
}

deny contains finding if {
	lib.past_discovery
	strategy := input.manifest.governance.digital_strategy
	is_string(strategy)
	not lib.is_url(strategy)
	not lib.path_exists(strategy)
	finding := {
		"rule": "WL-02",
		"msg": sprintf("`governance.digital_strategy` names `%s`, which is not in the repository", [strategy]),
		"at": "/manifest/governance/digital_strategy",
	}
}
