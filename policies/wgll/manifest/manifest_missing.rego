# METADATA
# title: The repository has a wgll.yaml manifest
# description: >-
#   The manifest records the facts a scanner cannot derive: who is accountable,
#   where the service is hosted, which assessments were done and when. Without
#   it, no other expectation of the framework can be checked.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: NHS England, What Good Looks Like framework
# custom:
#   id: WL-05
#   judges: [repository]
#   severity: error
#   measure: well_led
#   remediation: >-
#     Run `wgll init` to write a commented wgll.yaml, fill in what is true of
#     the service, and commit it at the repository root.
package wgll.manifest.manifest_missing

deny contains finding if {
	input.manifest == null
	finding := {
		"rule": "WL-05",
		"msg": sprintf("no manifest: %s is missing or empty", [input.manifest_file]),
		"file": input.manifest_file,
	}
}
