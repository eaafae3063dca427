package wgll.adr.superseded_still_referenced_test

import data.wgll.adr.superseded_still_referenced as rule

adrs := [
	{"file": "docs/adr/0002-host-on-premises.md", "number": 2, "status": "superseded", "superseded_by": [4]},
	{"file": "docs/adr/0004-host-on-aws.md", "number": 4, "status": "accepted"},
]

test_passes_when_pointing_at_the_decision_in_force if {
	count(rule.deny) == 0 with input.adrs as adrs
		with input.manifest as {"hosting": {"cloud_plan": "docs/adr/0004-host-on-aws.md"}}
}

test_fails_when_pointing_at_a_superseded_decision if {
	some f in rule.deny with input.adrs as adrs
		with input.manifest as {"hosting": {"cloud_plan": "./docs/adr/0002-host-on-premises.md"}}
	f.at == "/manifest/hosting/cloud_plan"
	endswith(f.msg, "which is superseded by 4")
}

test_fails_inside_a_list if {
	some f in rule.deny with input.adrs as [{"file": "a.md", "status": "rejected"}]
		with input.manifest as {"x": {"evidence": ["b.md", "a.md"]}}
	f.at == "/manifest/x/evidence/1"
}
