# METADATA
# title: No private keys or credential files are committed
# description: >-
#   Secret credentials are kept apart from source code and injected where
#   they are used: a private key, a key store, a file of environment secrets
#   or a Terraform state file (which holds every secret the infrastructure
#   was given, in plain text) committed to a repository is copied to every
#   clone and stays in its history after it is deleted. NHS England's
#   engineering guidance treats any secret pushed to a repository as
#   compromised, to be revoked and rotated. Judged from the file list, with
#   or without a manifest; templates (`.env.example`) and public keys
#   (`id_rsa.pub`) are not secrets.
# related_resources:
#   - ref: https://www.ncsc.gov.uk/guidance/protect-your-code-repository
#     description: "NCSC, Protect your code repository: separate secret credentials from source code"
#   - ref: https://github.com/NHSDigital/software-engineering-quality-framework/blob/main/practices/guides/commit-purge.md
#     description: "NHS England software engineering quality framework: secrets pushed to a repository are compromised; revoke, rotate and purge them"
# custom:
#   id: SEC-14
#   judges: [files]
#   severity: error
#   measure: safe_practice
#   tcop: [6]
#   remediation: >-
#     Revoke and rotate the credential, remove the file from the repository and
#     its history, keep the secret in a secrets manager (or the CI system's
#     secrets) and ignore the file in `.gitignore`. Keep Terraform state in a
#     remote backend, never in git.
package wgll.security.credential_file_committed

# Credential files known by their whole name.
named := {
	"id_rsa": "a private SSH key",
	"id_dsa": "a private SSH key",
	"id_ecdsa": "a private SSH key",
	"id_ed25519": "a private SSH key",
	".git-credentials": "a git credential store",
	".htpasswd": "a password file",
	".env": "a file of environment secrets",
}

# Credential files known by how their name ends.
endings := {
	".p12": "a PKCS #12 key store",
	".pfx": "a PKCS #12 key store",
	".jks": "a Java key store",
	".keystore": "a Java key store",
	".tfstate": "a Terraform state file",
	".tfstate.backup": "a Terraform state file",
}

# `.env.<this>` files are templates with the values left out.
env_templates := {"example", "sample", "template", "dist", "defaults"}

deny contains finding if {
	some [path, kind] in flagged
	finding := {
		"rule": "SEC-14",
		"msg": sprintf("`%s` looks like %s: a secret committed to the repository is compromised", [path, kind]),
		"file": path,
	}
}

# One pattern match per file picks the few paths that could be credential
# files; only those are split and looked up. Splitting and comparing every
# path with every pattern cost more than the rest of the library on a large
# repository. The pattern is built from the tables above.
escaped(s) := replace(s, ".", `\.`)

candidate_pattern := sprintf(`(?i)(^|/)(%s|\.env\..*|[^/]*(%s))$`, [
	concat("|", [escaped(name) | some name, _ in named]),
	concat("|", [escaped(ending) | some ending, _ in endings]),
])

# Most repositories hold none: one match over every path, one per line,
# spares a call per path.
any_candidate if regex.match(sprintf("(?m)%s", [candidate_pattern]), concat("\n", input.files))

# Each candidate's last part, in lower case.
names := {path: lower(parts[count(parts) - 1]) |
	any_candidate
	some path in input.files
	regex.match(candidate_pattern, path)
	parts := split(path, "/")
}

flagged contains [path, kind] if {
	some path, name in names
	kind := named[name]
}

flagged contains [path, kind] if {
	some path, name in names
	some ending, kind in endings
	endswith(name, ending)
}

flagged contains [path, "a file of environment secrets"] if {
	some path, name in names
	startswith(name, ".env.")
	not trim_prefix(name, ".env.") in env_templates
}
