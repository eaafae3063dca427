package wgll.clinical_safety.deployment_safety_missing_test

import data.wgll.clinical_safety.deployment_safety_missing as rule

inp(clinical) := {
	"today": "2026-11-23",
	"manifest": {"service": {"phase": "live"}, "clinical_safety": clinical},
	"files": ["docs/cs/local-hazard-log.md", "docs/cs/deployment-safety-case.md", "docs/cs/hazard-log.md", "docs/cs/safety-case.md"],
	"folders": ["docs", "docs/cs"],
}

deployment := {
	"clinical_safety_officer": {"name": "Dr Lee", "registration": "NMC 12A3456B"},
	"hazard_log": "docs/cs/local-hazard-log.md",
	"safety_case": "docs/cs/deployment-safety-case.md",
	"manufacturer_safety_case": "Supplier CSCR v4.1",
}

test_passes_for_a_deployer_with_its_own_officer_log_and_case if {
	count(rule.deny) == 0 with input as inp({"applicable": true, "roles": ["deployer"], "deployment": deployment})
}

test_passes_for_an_in_house_service_with_one_set_of_documents if {
	clinical := {
		"applicable": true, "roles": ["manufacturer", "deployer"],
		"clinical_safety_officer": {"name": "Dr Khan"},
		"hazard_log": "docs/cs/hazard-log.md", "safety_case": "docs/cs/safety-case.md",
	}
	count(rule.deny) == 0 with input as inp(clinical)
}

test_fails_for_a_deployer_relying_on_the_manufacturers_documents if {
	# The supplier's officer and documents are DCB0129's; the deployer has none.
	clinical := {
		"applicable": true, "roles": ["deployer"],
		"clinical_safety_officer": {"name": "Supplier CSO"},
		"hazard_log": "docs/cs/hazard-log.md", "safety_case": "docs/cs/safety-case.md",
	}
	findings := rule.deny with input as inp(clinical)
	count(findings) == 3
	some f in findings
	f.at == "/manifest/clinical_safety/deployment/hazard_log"
}

test_fails_when_the_local_hazard_log_is_not_in_the_repository if {
	d := object.union(deployment, {"hazard_log": "docs/cs/missing.md"})
	some f in rule.deny with input as inp({"applicable": true, "roles": ["deployer"], "deployment": d})
	contains(f.msg, "not in the repository")
}

test_a_deployment_safety_case_is_asked_for_only_in_use if {
	d := object.remove(deployment, ["safety_case"])
	count(rule.deny) == 0 with input as object.union(inp({"applicable": true, "roles": ["deployer"], "deployment": d}), {"manifest": {"service": {"phase": "alpha"}}})
}

test_silent_for_a_manufacturer_only_or_when_not_applicable if {
	count(rule.deny) == 0 with input as inp({"applicable": true, "roles": ["manufacturer"]})
	count(rule.deny) == 0 with input as inp({"applicable": false, "roles": ["deployer"]})
	count(rule.deny) == 0 with input as inp({"applicable": true})
}
