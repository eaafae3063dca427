# METADATA
# title: Where the infrastructure code hosts the service can be told
# description: >-
#   NHS England's off-shoring guidance asks that where health and care data
#   is held is known and approved. When the Terraform leaves a region to be
#   given only when it runs (a variable with no default, a provider with no
#   region), or passes a provider outside the allowed regions to a module
#   whose code is not in the repository, a reviewer cannot confirm from the
#   code where the data is. The first needs the manifest to say where; the
#   second needs confirming that the module keeps no data there.
# related_resources:
#   - ref: https://digital.nhs.uk/data-and-information/looking-after-information/data-security-and-information-governance/nhs-and-social-care-data-off-shoring-and-the-use-of-public-cloud-services/guidance
#     description: "NHS England, NHS and social care data: off-shoring and the use of public cloud services"
# custom:
#   id: CLOUD-08
#   severity: warning
#   measure: smart_foundations
#   tcop: [5]
#   judges: [observed.hosting.regions, observed.hosting.unresolved]
#   remediation: >-
#     Declare the regions the service stores data in as `hosting.regions` in
#     wgll.yaml (they are then held against the code), give the variable a
#     default or a `.tfvars` value in the repository, or, for a provider
#     passed to a module from elsewhere, confirm the module only creates
#     global edge services there and record a waiver saying so.
package wgll.cloud.hosting_region_unconfirmed

import data.wgll.lib

# A region the code leaves to be given when it runs, with no declared
# regions to stand for it.
deny contains finding if {
	not declared
	some i, u in input.observed.hosting.unresolved
	finding := {
		"rule": "CLOUD-08",
		"msg": sprintf("where %s keeps data cannot be read from the code: %s; the manifest declares no `hosting.regions` to stand for it", [subject(u), u.why]),
		"at": sprintf("/observed/hosting/unresolved/%d", [i]),
	}
}

# An aliased provider outside the allowed regions whose only uses are in
# modules the repository does not hold.
deny contains finding if {
	some i, r in input.observed.hosting.regions
	r.holds == "unseen"
	not r.region in data.wgll.params.allowed_regions
	finding := {
		"rule": "CLOUD-08",
		"msg": sprintf("provider `%s.%s` in region %q is passed to %s, whose code is not in this repository, so whether it keeps data there cannot be told", [r.provider, r.alias, r.region, concat(", ", r.unseen)]),
		"at": sprintf("/observed/hosting/regions/%d", [i]),
	}
}

declared if count(lib.array_at(["hosting", "regions"])) > 0

subject(u) := sprintf("`%s`", [concat("`, `", array.slice(u.uses, 0, 3))]) if count(u.uses) > 0

else := sprintf("the %s resource", [u.provider])
