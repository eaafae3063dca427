# METADATA
# title: Cloud hosting has an exit plan
# description: >-
#   The Cloud First policy counts exit costs in the whole-life cost of
#   hosting, and TCoP point 11 asks teams to plan contract exits to avoid
#   lock-in. A cloud-hosted service should say how its data and workloads
#   would move.
# related_resources:
#   - ref: https://www.gov.uk/guidance/government-cloud-first-policy
#     description: "GOV.UK, Government Cloud First policy (whole-life cost including exit)"
#   - ref: https://www.gov.uk/guidance/define-your-purchasing-strategy
#     description: "GOV.UK, TCoP point 11 \"Define your purchasing strategy\": managing contract exits"
# custom:
#   id: CLOUD-05
#   severity: warning
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline, infrastructure]
#   measure: smart_foundations
#   tcop: [5, 11]
#   requirement: CLOUD-05
#   remediation: >-
#     Write an exit plan (data export format, portability, time to exit) and
#     name it in `hosting.exit_plan`.
package wgll.cloud.exit_plan_missing

import data.wgll.lib

deny contains finding if {
	lib.cloud_hosted
	lib.past_discovery
	not input.manifest.hosting.exit_plan
	finding := {
		"rule": "CLOUD-05",
		"msg": sprintf("the service is hosted on `%v` but `hosting.exit_plan` names no exit plan", [object.get(input.manifest.hosting, "provider", input.manifest.hosting.model)]),
		"at": "/manifest/hosting/exit_plan",
	}
}

# The document `hosting.exit_plan` names is not in the repository, or says
# nothing: reported here, under this rule's measure (WL-07 and WL-10 leave
# the fields an area rule owns; lib/evidence.rego lists them).
deny contains finding if {
	some finding in lib.evidence_findings("CLOUD-05", ["hosting", "exit_plan"])
}
