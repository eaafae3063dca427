# METADATA
# title: Data is hosted only in allowed regions
# description: >-
#   NHS England's off-shoring guidance lets NHS and social care data be
#   hosted in the UK, the European Economic Area and countries the UK has
#   found adequate (Switzerland, Israel, Japan, the Republic of Korea, Canada
#   and New Zealand among those with cloud regions), with the local SIRO
#   satisfied. The UK's adequacy finding for the United States covers only
#   organisations certified under the UK Extension to the EU-US Data Privacy
#   Framework (the "data bridge"), so a US region is allowed only when the
#   recipient's certification is recorded in `hosting.data_bridge`. The
#   allowed regions are parameters (allowed_regions, data_bridge_regions) so
#   an organisation can narrow them, for example to UK regions only. The rule
#   is about where health and care data is held: the regions the manifest
#   declares and those the infrastructure code puts data in are judged (the
#   code's at the `.tf` line that writes the region), but a region that
#   `hosting.stores` records as holding only non-personal content (a public
#   site's pages on a global CDN) is not, nor is one used only for the global
#   edge services a cloud keeps in one place (a CDN's certificate, an edge
#   firewall, a DNS signing key); one whose use cannot be seen is CLOUD-08's.
# related_resources:
#   - ref: https://digital.nhs.uk/data-and-information/looking-after-information/data-security-and-information-governance/nhs-and-social-care-data-off-shoring-and-the-use-of-public-cloud-services/guidance
#     description: "NHS England, NHS and social care data: off-shoring and the use of public cloud services, \"In brief\" (updated 4 May 2022): data may be hosted in the UK, the EEA or a country the UK deems adequate"
#   - ref: https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/international-transfers/adequacy-regulations/is-the-restricted-transfer-covered-by-adequacy-regulations/
#     description: "ICO, is the restricted transfer covered by adequacy regulations? \"What countries, territories, sectors or international organisations are covered by adequacy regulations?\""
#   - ref: https://www.legislation.gov.uk/uksi/2023/1028
#     description: "The Data Protection (Adequacy) (United States of America) Regulations 2023, regulation 2: adequacy for transfers to organisations certified under the UK Extension to the EU-US Data Privacy Framework"
#   - ref: https://www.legislation.gov.uk/uksi/2022/1213
#     description: "The Data Protection (Adequacy) (Republic of Korea) Regulations 2022"
# custom:
#   id: CLOUD-02
#   severity: error
#   measure: smart_foundations
#   tcop: [5]
#   requirement: CLOUD-02
#   judges: [manifest, observed.hosting.regions]
#   remediation: >-
#     Move the service's data to an allowed region (for AWS, eu-west-2
#     London). For a US region, record the recipient's UK Extension
#     certification from the Data Privacy Framework List in
#     `hosting.data_bridge` (recipient, uk_extension: true, checked). For a
#     store that holds only non-personal content, say so in `hosting.stores`
#     (holds: non-personal). If local policy allows the region, add it to
#     `allowed_regions` in the organisation's configuration with the approval
#     that backs it.
package wgll.cloud.hosting_region_not_allowed

import data.wgll.lib

# A declared region the code does not also show (when it does, the code's
# line is the one to fix, and is reported below).
deny contains finding if {
	some i, region in lib.array_at(["hosting", "regions"])
	not allowed(region)
	not non_personal_only(region)
	not region in stored
	finding := {
		"rule": "CLOUD-02",
		"msg": sprintf("region %q is not an allowed hosting location%s", [region, why(region)]),
		"at": lib.pointer("/manifest/hosting/regions", [i]),
	}
}

# A store the manifest says holds health and care or other personal data,
# in a region neither declared above nor shown by the code.
deny contains finding if {
	some i, store in lib.array_at(["hosting", "stores"])
	is_object(store)
	object.get(store, "holds", null) != "non-personal"
	region := object.get(store, "region", null)
	is_string(region)
	not allowed(region)
	not region in {r | some r in lib.array_at(["hosting", "regions"])}
	not region in stored
	finding := {
		"rule": "CLOUD-02",
		"msg": sprintf("%s holds %s in region %q, which is not an allowed hosting location%s", [object.get(store, "name", "a store"), object.get(store, "holds", "data of an unrecorded kind"), region, why(region)]),
		"at": lib.pointer("/manifest/hosting/stores", [i, "region"]),
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
	not allowed(r.region)
	not non_personal_only(r.region)
	finding := {
		"rule": "CLOUD-02",
		"msg": sprintf("the Terraform puts data in %s region %q (%s), which is not an allowed hosting location%s", [r.provider, r.region, concat(", ", array.slice(r.uses, 0, 3)), why(r.region)]),
		"at": sprintf("/observed/hosting/regions/%d", [i]),
		"related": used_elsewhere(r, i),
	}
}

# The UK, the EEA and the adequate countries' regions; a US region when the
# recipient's data bridge certification is recorded.
allowed(region) if region in data.wgll.params.allowed_regions

allowed(region) if {
	region in data.wgll.params.data_bridge_regions
	data_bridge_recorded
}

# Read only with a manifest: object_at has nothing to read without one.
data_bridge_recorded if {
	is_object(input.manifest)
	bridge := lib.object_at(["hosting", "data_bridge"])
	recipient := object.get(bridge, "recipient", null)
	is_string(recipient)
	trim_space(recipient) != ""
	object.get(bridge, "uk_extension", null) == true
	lib.is_date(object.get(bridge, "checked", null))
}

why(region) := " (a US region: allowed only to a recipient certified under the UK Extension to the Data Privacy Framework, which `hosting.data_bridge` does not record)" if {
	region in data.wgll.params.data_bridge_regions
} else := ""

# Whether every store the manifest records in a region holds non-personal
# content only: nothing there is health and care data.
non_personal_only(region) if {
	here := [s |
		some s in lib.array_at(["hosting", "stores"])
		is_object(s)
		object.get(s, "region", null) == region
	]
	count(here) > 0
	count([s | some s in here; object.get(s, "holds", null) != "non-personal"]) == 0
}

# Where a region written in one place (a variable's default, a .tfvars
# file) is taken up, when that is another place.
used_elsewhere(r, i) := [] if {
	r.via == "literal"
} else := [{"at": sprintf("/observed/hosting/regions/%d/used_in", [i]), "msg": sprintf("used here (%s)", [r.via])}]
