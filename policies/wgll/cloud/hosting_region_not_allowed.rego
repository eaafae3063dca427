# METADATA
# title: Data is hosted only in allowed regions
# description: >-
#   NHS and social care data may be hosted in the UK and the European Economic
#   Area, and in countries the UK deems adequate, subject to local approval;
#   hosting elsewhere is not allowed. The allowed regions are a parameter
#   (data.wgll.params.allowed_regions) so an organisation can narrow them, for
#   example to UK regions only. Both the regions the manifest declares and
#   those the infrastructure code puts data in are judged; the code's are
#   reported at the `.tf` line that writes the region. A region used only for
#   the global edge services a cloud keeps in one place (a CDN's certificate,
#   an edge firewall, a DNS signing key) holds no health or care data, so it
#   is not judged here; one whose use cannot be seen is CLOUD-08's.
# related_resources:
#   - ref: https://transform.england.nhs.uk/information-governance/guidance/nhs-and-social-care-data-off-shoring-and-the-use-of-public-cloud-services/
#     description: NHS England, NHS and social care data - off-shoring and the use of public cloud services
# custom:
#   id: CLOUD-02
#   severity: error
#   measure: smart_foundations
#   tcop: [5]
#   judges: [manifest, observed.hosting.regions]
#   remediation: >-
#     Move the service to an allowed region (for AWS, eu-west-2 London), or, if
#     local policy allows this region, add it to `allowed_regions` in the
#     organisation's configuration with the approval that backs it.
package wgll.cloud.hosting_region_not_allowed

import data.wgll.lib

# A declared region the code does not also show (when it does, the code's
# line is the one to fix, and is reported below).
deny contains finding if {
	some i, region in lib.array_at(["hosting", "regions"])
	not region in data.wgll.params.allowed_regions
	not region in stored
	finding := {
		"rule": "CLOUD-02",
		"msg": sprintf("region %q is not an allowed hosting location", [region]),
		"at": lib.pointer("/manifest/hosting/regions", [i]),
	}
}

# The regions the code puts data in.
stored contains r.region if {
	some r in input.observed.hosting.regions
	r.holds == "data"
}

deny contains finding if {
	some i, r in input.observed.hosting.regions
	r.holds == "data"
	not r.region in data.wgll.params.allowed_regions
	finding := {
		"rule": "CLOUD-02",
		"msg": sprintf("the Terraform puts data in %s region %q (%s), which is not an allowed hosting location", [r.provider, r.region, concat(", ", array.slice(r.uses, 0, 3))]),
		"at": sprintf("/observed/hosting/regions/%d", [i]),
		"related": used_elsewhere(r, i),
	}
}

# Where a region written in one place (a variable's default, a .tfvars
# file) is taken up, when that is another place.
used_elsewhere(r, i) := [] if {
	r.via == "literal"
} else := [{"at": sprintf("/observed/hosting/regions/%d/used_in", [i]), "msg": sprintf("used here (%s)", [r.via])}]
