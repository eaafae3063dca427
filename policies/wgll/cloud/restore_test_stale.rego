# METADATA
# title: A restore from backup has been tested in the last 12 months
# description: >-
#   NHS England's backup standard asks that systems can be restored, after
#   ransomware or insider attack, within their recovery objectives. Only a
#   tested restore shows the backups work. A service that stores nothing
#   (its reason in `security.not_applicable.encryption_at_rest`, and no
#   personal data or patient records declared) has nothing to restore.
# related_resources:
#   - ref: https://github.com/NHSDigital/software-engineering-quality-framework/blob/main/blueprints/backups-aws.md
#     description: "NHS England SEQF backup blueprint, quoting NHS England's backup policy and standard"
#   - ref: https://www.dsptoolkit.nhs.uk/
#     description: "Data Security and Protection Toolkit, National Data Guardian standard 7 (continuity planning)"
# custom:
#   id: CLOUD-04
#   severity: warning
#   severity_by_phase: {live: error}
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: smart_foundations
#   tcop: [5, 6]
#   requirement: CLOUD-04
#   remediation: >-
#     Restore the service's data from backup into a test environment, check
#     it, and record the date in `hosting.backups.last_restore_test`.
package wgll.cloud.restore_test_stale

import data.wgll.lib

deny contains finding if {
	lib.in_service
	not lib.stores_nothing
	not input.manifest.hosting.backups.last_restore_test
	finding := {
		"rule": "CLOUD-04",
		"msg": "no restore from backup is recorded in `hosting.backups.last_restore_test`",
		"at": "/manifest/hosting/backups/last_restore_test",
	}
}

deny contains finding if {
	lib.in_service
	not lib.stores_nothing
	tested := input.manifest.hosting.backups.last_restore_test
	months := data.wgll.params.evidence_max_age_months
	lib.older_than_months(tested, months)
	finding := {
		"rule": "CLOUD-04",
		"msg": sprintf("the last restore test, on `%s`, is more than %d months old", [tested, months]),
		"at": "/manifest/hosting/backups/last_restore_test",
	}
}
