package wgll.security.credential_file_committed_test

import data.wgll.security.credential_file_committed as rule

# The input the tests share: no manifest, as the rule judges files alone.
inp := {
	"today": "2026-11-23",
	"repository": {"name": "t", "git": null},
	"manifest": null,
	"files": [],
	"adrs": [],
	"documents": {},
}

with_files(paths) := object.union(inp, {"files": paths})

# The files the rule flags.
flagged_files := {f.file | some f in rule.deny}

test_passes_for_templates_public_keys_and_lookalikes if {
	count(rule.deny) == 0 with input as with_files([
		".env.example", "api/.env.sample", ".env.template", "deploy/id_rsa.pub",
		"certs/server.crt", "infra/.terraform.lock.hcl", "src/environment.ts",
		"docs/keystore-rotation.md", "src/env.rs",
	])
}

test_fails_for_a_private_ssh_key if {
	some f in rule.deny with input as with_files(["README.md", "deploy/id_ed25519"])
	f.rule == "SEC-14"
	f.file == "deploy/id_ed25519"
	contains(f.msg, "a private SSH key")
}

test_fails_for_terraform_state if {
	flagged_files == {"infra/terraform.tfstate", "infra/terraform.tfstate.backup"} with input as with_files(["infra/main.tf", "infra/terraform.tfstate", "infra/terraform.tfstate.backup"])
}

test_fails_for_environment_files_that_are_not_templates if {
	flagged_files == {".env", "api/.env.production"} with input as with_files([".env", "api/.env.production", "api/.env.example"])
}

test_fails_for_key_stores_whatever_the_case if {
	flagged_files == {"certs/client.p12", "certs/Client.PFX", "android/release.keystore", "java/trust.jks"} with input as with_files(["certs/client.p12", "certs/Client.PFX", "android/release.keystore", "java/trust.jks"])
}

test_fails_for_credential_stores if {
	flagged_files == {".git-credentials", "nginx/.htpasswd"} with input as with_files([".git-credentials", "nginx/.htpasswd"])
}

test_fails_whatever_the_case_of_the_name if {
	flagged_files == {"deploy/ID_RSA", "certs/Store.PFX", ".ENV.Local"} with input as with_files(["deploy/ID_RSA", "certs/Store.PFX", ".ENV.Local", "README.md"])
}
