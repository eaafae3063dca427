# METADATA
# title: Hosting personal data outside the UK is approved by the SIRO
# description: >-
#   NHS guidance allows health and care data to be hosted in the EEA or an
#   adequate country, but the local SIRO, with the DPO and Caldicott Guardian,
#   must be satisfied with the arrangements. The approval should be recorded.
#   Judged for every region the manifest or the code puts data in, and for
#   each store `hosting.stores` records, except a store of non-personal
#   content only.
# related_resources:
#   - ref: https://digital.nhs.uk/data-and-information/looking-after-information/data-security-and-information-governance/nhs-and-social-care-data-off-shoring-and-the-use-of-public-cloud-services/guidance
#     description: "NHS England, NHS and social care data: off-shoring and the use of public cloud services, \"In brief\""
# custom:
#   id: CLOUD-03
#   severity: warning
#   measure: smart_foundations
#   tcop: [5]
#   requirement: CLOUD-03
#   remediation: >-
#     Have the SIRO approve the non-UK location after a transfer risk
#     assessment and record `hosting.offshore_approval.siro` and `.date`.
package wgll.cloud.offshore_approval_missing

import data.wgll.lib

deny contains finding if {
	lib.personal_data
	some i, region in lib.array_at(["hosting", "regions"])
	not region in data.wgll.params.uk_regions
	not approved
	finding := {
		"rule": "CLOUD-03",
		"msg": sprintf("region `%s` is outside the UK but no SIRO approval is recorded in `hosting.offshore_approval`", [region]),
		# The region is what needs approving, so the label goes on it.
		"at": sprintf("/manifest/hosting/regions/%d", [i]),
	}
}

# A store the manifest records as holding health and care or other personal
# data (or not saying what it holds) in a region outside the UK that the
# regions above do not already name: the SIRO approves where data is held,
# store by store. A store of non-personal content (a global CDN's public
# pages) needs no approval.
deny contains finding if {
	lib.personal_data
	some i, store in lib.array_at(["hosting", "stores"])
	is_object(store)
	object.get(store, "holds", null) != "non-personal"
	region := object.get(store, "region", null)
	is_string(region)
	not region in data.wgll.params.uk_regions
	not region in {r | some r in lib.array_at(["hosting", "regions"])}
	not approved
	finding := {
		"rule": "CLOUD-03",
		"msg": sprintf("%s holds data in region `%s`, outside the UK, but no SIRO approval is recorded in `hosting.offshore_approval`", [object.get(store, "name", "a store"), region]),
		"at": lib.pointer("/manifest/hosting/stores", [i, "region"]),
	}
}

approved if {
	input.manifest.hosting.offshore_approval.siro
	lib.is_date(input.manifest.hosting.offshore_approval.date)
}

# A region the Terraform puts data in outside the UK, that the manifest does
# not declare (a declared one is reported above).
deny contains finding if {
	lib.personal_data
	some i, r in input.observed.hosting.regions
	r.holds == "data"
	not r.region in data.wgll.params.uk_regions
	not r.region in {d | some d in lib.array_at(["hosting", "regions"])}
	not approved
	finding := {
		"rule": "CLOUD-03",
		"msg": sprintf("the Terraform puts data in %s region %q, outside the UK, but no SIRO approval is recorded in `hosting.offshore_approval`", [r.provider, r.region]),
		"at": sprintf("/observed/hosting/regions/%d", [i]),
	}
}

# The document `hosting.offshore_approval.transfer_risk_assessment` names is not in the repository, or says
# nothing: reported here, under this rule's measure (WL-07 and WL-10 leave
# the fields an area rule owns; lib/evidence.rego lists them).
deny contains finding if {
	some finding in lib.evidence_findings("CLOUD-03", ["hosting", "offshore_approval", "transfer_risk_assessment"])
}
