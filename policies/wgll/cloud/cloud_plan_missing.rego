# METADATA
# title: The cloud hosting plan or its exception is recorded
# description: >-
#   What Good Looks Like asks every organisation to have a plan and move to
#   cloud data hosting and management, and the Technology Code of Practice
#   point 5 is Cloud First: public cloud by default, and anything else
#   evidenced by the decision, the business case and value for money. A
#   service hosted in public cloud records that decision as an accepted
#   decision record (tagged `hosting` or `cloud`, titled for hosting, or
#   named in `hosting.cloud_plan`). A service on its own premises, in a
#   private cloud or hybrid records its plan to move (`hosting.cloud_plan`)
#   or its justified exception (`hosting.cloud_exception`: the reason, the
#   decision that weighed the options, who approved it). Judged from the
#   manifest and the decision records; what a plan or business case says is
#   for the reviewer to read.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, success measure 2 (smart foundations): have a plan and move to cloud data hosting and management"
#   - ref: https://www.gov.uk/guidance/the-technology-code-of-practice
#     description: "Technology Code of Practice, point 5: use cloud first"
#   - ref: https://www.gov.uk/guidance/government-cloud-first-policy
#     description: "Government Cloud First policy, \"Default to cloud\": other hosting is evidenced by the decision, business case and value for money"
#   - ref: https://www.gov.uk/guidance/how-to-assess-a-hosting-business-case
#     description: "GOV.UK, how to assess a hosting business case (whole-life cost, including exit)"
# custom:
#   id: CLOUD-10
#   severity: warning
#   measure: smart_foundations
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline, infrastructure]
#   tcop: [5]
#   requirement: TCOP-05
#   judges: [manifest, adrs]
#   remediation: >-
#     In public cloud: record the hosting decision as an accepted decision
#     record and name it in `hosting.cloud_plan`. Elsewhere: name the plan to
#     move to cloud in `hosting.cloud_plan`, or record why the service stays
#     where it is in `hosting.cloud_exception` (`reason`, `decision`: the
#     decision record or business case, `approved_by`, `date`).
package wgll.cloud.cloud_plan_missing

import data.wgll.lib

hosting := lib.object_at(["hosting"])

model := hosting.model if is_string(hosting.model)

plan := hosting.cloud_plan if is_string(hosting.cloud_plan)

exception := lib.object_at(["hosting", "cloud_exception"])

# Statuses ADR-08 reports when the manifest names a record that has them.
retired := {"superseded", "deprecated", "rejected"}

# The decision record the plan names, if it is one in the repository.
plan_record := adr if {
	some adr in input.adrs
	adr.file == trim_prefix(plan, "./")
}

# Whether an accepted decision record is about hosting.
accepted_hosting_decision if plan_record.status == "accepted"

accepted_hosting_decision if {
	some adr in input.adrs
	adr.status == "accepted"
	lib.hosting_decision(adr)
}

status_text(s) := sprintf("`%s`", [s]) if is_string(s)

status_text(s) := "without a status" if not is_string(s)

filled(s) if {
	is_string(s)
	trim_space(s) != ""
}

# In public cloud with no accepted decision record of it.
deny contains finding if {
	lib.past_discovery
	model == "public-cloud"
	not accepted_hosting_decision
	not plan_elsewhere
	not plan_record_undecided
	finding := {
		"rule": "CLOUD-10",
		"msg": "the service is in public cloud but no accepted decision record says so: record the hosting decision and name it in `hosting.cloud_plan`",
		"at": "/manifest/hosting/cloud_plan",
	}
}

# The plan is kept at a web address (an organisation's decision log).
plan_elsewhere if lib.is_url(plan)

# The plan names a decision still open (a retired one is ADR-08's).
plan_record_undecided if {
	not plan_record.status in retired
	plan_record.status != "accepted"
}

deny contains finding if {
	lib.past_discovery
	plan_record_undecided
	finding := {
		"rule": "CLOUD-10",
		"msg": sprintf("`hosting.cloud_plan` names %s, a decision that is %s, not accepted", [plan_record.file, status_text(plan_record.status)]),
		"at": "/manifest/hosting/cloud_plan",
	}
}

# Not in public cloud, with neither a plan to move nor an exception.
deny contains finding if {
	lib.past_discovery
	model in {"on-premises", "private-cloud", "hybrid"}
	not plan
	count(exception) == 0
	finding := {
		"rule": "CLOUD-10",
		"msg": sprintf("the service is hosted `%s` but records neither a plan to move to cloud (`hosting.cloud_plan`) nor why it stays (`hosting.cloud_exception`)", [model]),
		"at": "/manifest/hosting/model",
	}
}

# An exception that does not say why, on what decision, or who agreed it.
deny contains finding if {
	lib.past_discovery
	model in {"on-premises", "private-cloud", "hybrid"}
	not plan
	count(exception) > 0
	missing := [sprintf("`%s`", [k]) | some k in ["reason", "decision", "approved_by"]; not filled(object.get(exception, k, null))]
	count(missing) > 0
	finding := {
		"rule": "CLOUD-10",
		"msg": sprintf("`hosting.cloud_exception` does not give %s: an exception to cloud first is justified by its reason, the decision that weighed the options and who approved it", [concat(", ", missing)]),
		"at": "/manifest/hosting/cloud_exception",
	}
}

# The documents named are there and say something.
deny contains finding if {
	some finding in lib.evidence_findings("CLOUD-10", ["hosting", "cloud_plan"])
}

deny contains finding if {
	some finding in lib.evidence_findings("CLOUD-10", ["hosting", "cloud_exception", "decision"])
}
