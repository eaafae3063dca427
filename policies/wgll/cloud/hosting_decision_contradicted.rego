# METADATA
# title: The hosting decision in force matches the hosting the manifest claims
# description: >-
#   An accepted hosting decision that nothing supersedes is the decision in
#   force. When it decides one hosting model (public cloud, private cloud,
#   on premises) and the manifest claims another, one of the two is wrong:
#   the service moved without recording the decision, or the manifest
#   describes a plan rather than what runs. Cloud First asks that the
#   decision and its business case are evidenced, so they must describe
#   the service as it is. A record is read as deciding a model only when
#   its title and decision name exactly one; a hybrid manifest is
#   consistent with any of them.
# related_resources:
#   - ref: https://www.gov.uk/guidance/government-cloud-first-policy
#     description: "Government Cloud First policy: the hosting decision and its business case are evidenced"
#   - ref: https://www.gov.uk/guidance/the-technology-code-of-practice
#     description: "Technology Code of Practice, point 5: use cloud first"
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, smart foundations: a plan and a move to cloud data hosting and management"
# custom:
#   id: CLOUD-11
#   severity: warning
#   measure: smart_foundations
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline, infrastructure]
#   tcop: [5]
#   requirement: TCOP-05
#   judges: [adrs]
#   remediation: >-
#     If the service moved, record the new hosting decision and mark the old
#     record "Superseded by" it; if the manifest is wrong, correct
#     `hosting.model`.
package wgll.cloud.hosting_decision_contradicted

import data.wgll.lib

model := lib.object_at(["hosting"]).model

model_names := {
	"public-cloud": "public cloud",
	"private-cloud": "a private cloud",
	"hybrid": "hybrid hosting",
	"on-premises": "on premises",
}

deny contains finding if {
	is_object(input.manifest)
	model in {"public-cloud", "private-cloud", "on-premises"}
	some i, adr in input.adrs
	adr.status == "accepted"
	count(object.get(adr, "superseded_by", [])) == 0
	lib.hosting_decision(adr)
	decided := lib.decided_hosting_model(adr)
	decided != model
	finding := {
		"rule": "CLOUD-11",
		"msg": sprintf("%s, accepted and not superseded, decides %s, but `hosting.model` is `%s`", [adr.file, model_names[decided], model]),
		"at": sprintf("/adrs/%d/title", [i]),
		"related": [{"at": "/manifest/hosting/model", "msg": "the hosting the manifest claims"}],
	}
}
