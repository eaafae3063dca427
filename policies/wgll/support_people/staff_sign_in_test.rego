package wgll.support_people.staff_sign_in_test

import data.wgll.support_people.staff_sign_in as rule

full := {
	"today": "2026-11-23",
	"repository": {"name": "patient-portal", "git": null},
	"manifest": {
		"wgll": 1,
		"service": {"name": "Patient Portal", "phase": "beta", "audience": ["citizens", "staff"]},
		"security": {"mfa": "enforced"},
		"identity": {"staff": {"provider": "nhs-cis2"}},
	},
	"files": ["wgll.yaml"],
	"adrs": [],
	"documents": {},
}

org_sso := json.patch(full, [{"op": "replace", "path": "/manifest/identity/staff/provider", "value": "org-sso"}])

local_passwords := json.patch(full, [{"op": "replace", "path": "/manifest/identity/staff/provider", "value": "local-accounts"}])

undeclared := json.remove(full, ["manifest/identity"])

citizens_only := json.patch(undeclared, [{"op": "replace", "path": "/manifest/service/audience", "value": ["citizens"]}])

test_passes_with_nhs_cis2 if {
	count(rule.deny) == 0 with input as full
}

test_passes_with_organisational_sso if {
	count(rule.deny) == 0 with input as org_sso
}

test_fails_with_local_accounts if {
	some f in rule.deny with input as local_passwords
	f.rule == "PE-02"
	f.at == "/manifest/identity/staff/provider"
	contains(f.msg, "local-accounts")
	count(rule.deny) == 1 with input as local_passwords
}

test_fails_when_undeclared if {
	count(rule.deny) == 1 with input as undeclared
}

test_silent_when_staff_do_not_use_the_service if {
	count(rule.deny) == 0 with input as citizens_only
}

test_silent_without_a_manifest if {
	count(rule.deny) == 0 with input as {"today": "2026-11-23", "repository": {"name": "t", "git": null}, "manifest": null, "files": [], "adrs": [], "documents": {}}
}
