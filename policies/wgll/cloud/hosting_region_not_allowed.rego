# METADATA
# title: Data is hosted only in allowed regions
# description: >-
#   NHS and social care data may be hosted in the UK and the European Economic
#   Area, and in countries the UK deems adequate, subject to local approval;
#   hosting elsewhere is not allowed. The allowed regions are a parameter
#   (data.wgll.params.allowed_regions) so an organisation can narrow them, for
#   example to UK regions only.
# related_resources:
#   - ref: https://transform.england.nhs.uk/information-governance/guidance/nhs-and-social-care-data-off-shoring-and-the-use-of-public-cloud-services/
#     description: NHS England, NHS and social care data - off-shoring and the use of public cloud services
# custom:
#   id: CLOUD-02
#   severity: error
#   measure: smart_foundations
#   tcop: [5]
#   remediation: >-
#     Move the service to an allowed region (for AWS, eu-west-2 London), or, if
#     local policy allows this region, add it to `allowed_regions` in the
#     organisation's configuration with the approval that backs it.
package wgll.cloud.hosting_region_not_allowed

import data.wgll.lib

deny contains finding if {
	some i, region in input.manifest.hosting.regions
	not region in data.wgll.params.allowed_regions
	finding := {
		"rule": "CLOUD-02",
		"msg": sprintf("region %q is not an allowed hosting location", [region]),
		"at": lib.pointer("/manifest/hosting/regions", [i]),
	}
}
