# METADATA
# title: The service's architecture is documented
# description: >-
#   Point 9 of the Technology Code of Practice asks teams to integrate and
#   adapt technology, which needs an architecture others can understand: its
#   components, integrations and interfaces. A docs/architecture folder (C4
#   diagrams, Structurizr), an architecture.md, or a document the manifest
#   names shows it.
# related_resources:
#   - ref: https://www.gov.uk/guidance/the-technology-code-of-practice
#     description: "Technology Code of Practice, point 9 \"Integrate and adapt technology\""
# custom:
#   id: TCOP-09
#   severity: info
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline, infrastructure]
#   measure: smart_foundations
#   tcop: [9]
#   requirement: TCOP-09
#   remediation: >-
#     Document the architecture in `docs/architecture/` (or an
#     `architecture.md`), or name the document or its web address in
#     `architecture.overview`.
package wgll.tcop.architecture_undocumented

import data.wgll.lib

documents := {"architecture.md", "ARCHITECTURE.md", "docs/architecture.md", "docs/ARCHITECTURE.md"}

in_repository if lib.path_exists("docs/architecture")

in_repository if {
	some f in documents
	f in lib.file_set
}

overview := object.get(input.manifest, ["architecture", "overview"], null)

deny contains finding if {
	lib.past_discovery
	not is_string(overview)
	not in_repository
	finding := {
		"rule": "TCOP-09",
		"msg": "no architecture document: neither `docs/architecture/`, an `architecture.md`, nor `architecture.overview`",
		"file": "docs/architecture",
	}
}

deny contains finding if {
	lib.past_discovery
	is_string(overview)
	not lib.is_url(overview)
	not lib.path_exists(overview)
	finding := {
		"rule": "TCOP-09",
		"msg": sprintf("`architecture.overview` names `%s`, which is not in the repository", [overview]),
		"at": "/manifest/architecture/overview",
	}
}
