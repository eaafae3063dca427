# METADATA
# title: The regions the manifest declares include every region the code stores data in
# description: >-
#   `hosting.regions` is what the team tells assurance about where data is
#   held, and what off-shoring approval (CLOUD-03) is judged on. A region
#   the Terraform puts data in that the manifest leaves out means the claim
#   and the code disagree: either the declaration is out of date or the code
#   hosts somewhere no one approved.
# related_resources:
#   - ref: https://digital.nhs.uk/data-and-information/looking-after-information/data-security-and-information-governance/nhs-and-social-care-data-off-shoring-and-the-use-of-public-cloud-services/guidance
#     description: "NHS England, NHS and social care data: off-shoring and the use of public cloud services"
# custom:
#   id: CLOUD-09
#   severity: warning
#   measure: smart_foundations
#   tcop: [5]
#   judges: [manifest, observed.hosting.regions]
#   remediation: >-
#     Add the region to `hosting.regions` in wgll.yaml (with the approval it
#     needs), or remove it from the infrastructure code.
package wgll.cloud.hosting_regions_undeclared

import data.wgll.lib

deny contains finding if {
	is_array(input.manifest.hosting.regions)
	some i, r in input.observed.hosting.regions
	r.holds == "data"
	not r.region in {lower(d) | some d in lib.array_at(["hosting", "regions"])}
	# One finding per region, at its first place in the code.
	i == min({j | some j, o in input.observed.hosting.regions; o.region == r.region; o.holds == "data"})
	finding := {
		"rule": "CLOUD-09",
		"msg": sprintf("hosting.regions does not list %q, where the Terraform puts data (%s)", [r.region, concat(", ", array.slice(r.uses, 0, 3))]),
		"at": "/manifest/hosting/regions",
		"related": [{"at": lib.pointer("/observed/hosting/regions", [i]), "msg": sprintf("%s region %q written here", [r.provider, r.region])}],
	}
}
