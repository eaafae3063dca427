# METADATA
# title: Disaster recovery has been exercised in the last 12 months
# description: >-
#   WGLL's smart foundations call for resilient systems with tested business
#   continuity, and the DSPT's continuity standard expects recovery plans to
#   be exercised. An untested plan is an assumption.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, success measure 2 \"Ensure smart foundations\""
#   - ref: https://digital.nhs.uk/services/cloud-centre-of-excellence/cloud-security-good-practice-guide
#     description: "NHS England Cloud Security Good Practice Guide, step 1 (service classification)"
# custom:
#   id: CLOUD-06
#   severity: warning
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline, infrastructure]
#   measure: smart_foundations
#   tcop: [5]
#   requirement: WGLL-SF-02
#   remediation: >-
#     Run a disaster recovery exercise against the recovery objectives and
#     record its date in `hosting.disaster_recovery.last_tested`.
package wgll.cloud.disaster_recovery_test_stale

import data.wgll.lib

deny contains finding if {
	lib.in_service
	not input.manifest.hosting.disaster_recovery.last_tested
	finding := {
		"rule": "CLOUD-06",
		"msg": "no disaster recovery exercise is recorded in `hosting.disaster_recovery.last_tested`",
		"at": "/manifest/hosting/disaster_recovery/last_tested",
	}
}

deny contains finding if {
	lib.in_service
	tested := input.manifest.hosting.disaster_recovery.last_tested
	months := data.wgll.params.evidence_max_age_months
	lib.older_than_months(tested, months)
	finding := {
		"rule": "CLOUD-06",
		"msg": sprintf("the last disaster recovery exercise, on `%s`, is more than %d months old", [tested, months]),
		"at": "/manifest/hosting/disaster_recovery/last_tested",
	}
}
