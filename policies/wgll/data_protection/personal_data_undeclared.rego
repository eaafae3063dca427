# METADATA
# title: Whether the service processes personal data is recorded
# description: >-
#   Privacy by design starts with knowing whether personal data is processed;
#   most data protection duties (DPIA, DPO, privacy notice) follow from it.
#   The manifest should say so explicitly. Left out, the data protection
#   rules still apply; `false` turns them off, so it must stand on a
#   decision recorded in `data_protection.opt_out`: the rationale, the data
#   protection officer who advised it (Article 39 gives the DPO the duty to
#   advise on data protection obligations) and the date.
# related_resources:
#   - ref: https://www.gov.uk/guidance/the-technology-code-of-practice
#     description: "GOV.UK Technology Code of Practice, point 7 \"Make privacy integral\""
#   - ref: https://www.legislation.gov.uk/eur/2016/679/article/25
#     description: "UK GDPR Article 25, data protection by design and by default"
#   - ref: https://www.legislation.gov.uk/eur/2016/679/article/39
#     description: "UK GDPR Article 39(1)(a), the DPO informs and advises on obligations under data protection law"
# custom:
#   id: DP-01
#   severity: warning
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: safe_practice
#   tcop: [7]
#   requirement: TCOP-07
#   remediation: >-
#     Record `data_protection.personal_data: true` or `false`; with `false`,
#     record the decision in `data_protection.opt_out` (`rationale`,
#     `decided_by: {name, role: Data Protection Officer}`, `date`).
package wgll.data_protection.personal_data_undeclared

import data.wgll.lib

deny contains finding if {
	lib.past_discovery
	not is_boolean(object.get(input.manifest, ["data_protection", "personal_data"], null))
	finding := {
		"rule": "DP-01",
		"msg": "`data_protection.personal_data` does not say whether the service processes personal data",
		"at": "/manifest/data_protection/personal_data",
	}
}

# A `false` is an opt-out: it quiets the rules it gates, so it stands only
# on a recorded decision: why, by the data protection officer, and when.
deny contains finding if {
	lib.past_discovery
	object.get(input.manifest, ["data_protection", "personal_data"], null) == false
	some [field, problem] in lib.opt_out_gaps(["data_protection", "opt_out"], `(?i)data protection officer|\bdpo\b`, "data protection officer")
	finding := {
		"rule": "DP-01",
		"msg": sprintf("`data_protection.personal_data` is false, which turns off the data protection rules, but the decision in `data_protection.opt_out` %s", [problem]),
		"at": sprintf("/manifest/data_protection/opt_out/%s", [field]),
	}
}
