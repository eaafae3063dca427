# METADATA
# title: The manifest says which delivery phase the service is in
# description: >-
#   What a service must show depends on its phase: an assessment, a
#   penetration test or a DTAC form is expected once it has users, not in
#   discovery. Without `service.phase` the rules that depend on it cannot
#   tell, and would pass without a word.
# related_resources:
#   - ref: https://www.gov.uk/service-manual/agile-delivery
#     description: "GOV.UK Service Manual, agile delivery: the discovery, alpha, beta and live phases"
# custom:
#   id: WL-08
#   severity: warning
#   measure: well_led
#   remediation: >-
#     Record the service's phase in `service.phase`: discovery, alpha,
#     beta, live or retiring.
package wgll.manifest.phase_missing

import data.wgll.lib

deny contains finding if {
	is_object(input.manifest)
	object.get(lib.object_at(["service"]), "phase", null) in {null, ""}
	finding := {
		"rule": "WL-08",
		"msg": "`service.phase` does not say which delivery phase the service is in",
		"at": "/manifest/service/phase",
	}
}
