package wgll.data_protection.dpo_missing_test

import data.wgll.data_protection.dpo_missing as rule

test_passes_when_named if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": true, "dpo": {"name": "Priya Shah", "contact": "dpo@northshire.nhs.example"}}}, "files": [], "adrs": [], "documents": {}}
}

test_fails_when_absent if {
	some f in rule.deny with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": true}}, "files": [], "adrs": [], "documents": {}}
	f.rule == "DP-06"
	f.at == "/manifest/data_protection/dpo"
	count(rule.deny) == 1 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": true}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_when_no_personal_data if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": {"personal_data": false}}, "files": [], "adrs": [], "documents": {}}
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}

dp(d) := {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": {"data_protection": object.union({"personal_data": true}, d)}, "files": [], "adrs": [], "documents": {}}

test_passes_for_a_small_private_controller_with_no_article_37_ground if {
	count(rule.deny) == 0 with input as dp({"controller": {"public_authority": false, "large_scale_monitoring": false, "large_scale_special_category": false}})
}

test_fails_for_a_public_authority_with_no_dpo if {
	findings := rule.deny with input as dp({"controller": {"public_authority": true, "large_scale_monitoring": false, "large_scale_special_category": false}})
	count(findings) == 1
	some f in findings
	contains(f.msg, "Article 37(1)(a)")
}

test_fails_for_large_scale_health_data_processing_as_a_core_activity if {
	some f in rule.deny with input as dp({"controller": {"public_authority": false, "large_scale_special_category": true}})
	contains(f.msg, "Article 37(1)(c)")
}

test_fails_while_the_grounds_are_only_partly_recorded if {
	some f in rule.deny with input as dp({"controller": {"public_authority": false}})
	contains(f.msg, "does not record the facts")
}

test_passes_for_a_public_authority_that_names_its_dpo if {
	count(rule.deny) == 0 with input as dp({"controller": {"public_authority": true}, "dpo": {"name": "Priya Shah"}})
}
