# METADATA
# title: Evidence the manifest names exists
# description: >-
#   A manifest field that names evidence (a threat model, a hazard log, an
#   exit plan) must point at a file or folder in the repository, or at a web
#   address. A path to nothing is a claim without evidence.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: NHS England, What Good Looks Like framework
# custom:
#   id: WL-07
#   severity: error
#   measure: well_led
#   remediation: >-
#     Commit the document at the path given, correct the path, or give the
#     web address where the evidence is kept.
package wgll.manifest.evidence_missing

import data.wgll.lib

# The manifest fields that name evidence by path.
evidence_fields := [
	["service", "user_research"],
	["governance", "clinical_engagement"],
	["team", "training_plan"],
	["security", "threat_model"],
	["security", "vulnerability_disclosure"],
	["clinical_safety", "hazard_log"],
	["clinical_safety", "safety_case"],
	["data_protection", "dpia", "document"],
	["hosting", "cloud_plan"],
	["hosting", "exit_plan"],
	["accessibility", "statement"],
]

deny contains finding if {
	some path in evidence_fields
	value := object.get(input.manifest, path, null)
	is_string(value)
	not lib.is_url(value)
	not lib.path_exists(value)
	finding := {
		"rule": "WL-07",
		"msg": sprintf("%s names `%s`, which is not in the repository", [concat(".", path), value]),
		"at": lib.pointer("/manifest", path),
	}
}
