# METADATA
# title: Recovery time and recovery point objectives are set
# description: >-
#   Backups and disaster recovery are judged against a recovery time objective
#   (RTO) and a recovery point objective (RPO). Without them neither a restore
#   test nor a DR exercise can pass or fail. A service that stores nothing
#   (its reason in `security.not_applicable.encryption_at_rest`) loses no
#   data, so it sets only a recovery time.
# related_resources:
#   - ref: https://github.com/NHSDigital/software-engineering-quality-framework/blob/main/blueprints/backups-aws.md
#     description: "NHS England SEQF backup blueprint, quoting NHS England's backup policy and standard"
#   - ref: https://digital.nhs.uk/services/cloud-centre-of-excellence/cloud-security-good-practice-guide
#     description: "NHS England Cloud Security Good Practice Guide, step 1 (service classification)"
# custom:
#   id: CLOUD-07
#   severity: warning
#   severity_by_phase: {live: error}
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: smart_foundations
#   tcop: [5]
#   requirement: WGLL-SF-02
#   remediation: >-
#     Agree the RTO and RPO with the service owner and record them in
#     `hosting.disaster_recovery.rto_hours` and `.rpo_hours`.
package wgll.cloud.recovery_objectives_missing

import data.wgll.lib

# A recovery point measures data lost; a service that stores nothing
# (lib.stores_nothing) has only a recovery time. Defined before the rule
# that reads it (see lib.manifest_tree).
objectives := ["rto_hours"] if {
	lib.stores_nothing
} else := ["rto_hours", "rpo_hours"]

deny contains finding if {
	lib.in_service
	some field in objectives
	not is_number(object.get(input.manifest, ["hosting", "disaster_recovery", field], null))
	finding := {
		"rule": "CLOUD-07",
		"msg": sprintf("`hosting.disaster_recovery.%s` is not set to a number of hours", [field]),
		"at": sprintf("/manifest/hosting/disaster_recovery/%s", [field]),
	}
}
