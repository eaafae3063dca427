# METADATA
# title: Published code carries an open source licence
# description: >-
#   Code published without a licence cannot lawfully be reused, whatever the
#   team intended, so the NHS open source policy asks for a licence file with
#   the licence's full text in every public repository, and an OSI-approved
#   licence (MIT is recommended for code). The Technology Code of Practice's
#   point 3 asks teams to publish code so others can reuse it. The licence
#   named in the manifest is checked against the SPDX identifiers of common
#   OSI-approved licences.
# related_resources:
#   - ref: https://github.com/nhsx/open-source-policy/blob/main/open-source-policy.md
#     description: "NHS open source policy: \"In brief\" (licences: MIT for code, OGL for content)"
#   - ref: https://www.gov.uk/guidance/the-technology-code-of-practice
#     description: "Technology Code of Practice, point 3 \"Be open and use open source\""
#   - ref: https://opensource.org/licenses
#     description: "Open Source Initiative, approved licences"
# custom:
#   id: SF-05
#   severity: error
#   measure: smart_foundations
#   tcop: [3]
#   requirement: TCOP-03a
#   remediation: >-
#     Add a LICENSE (or LICENCE) file with the full text of an OSI-approved
#     licence (MIT is recommended for code) and record its SPDX identifier in
#     `open_source.licence`.
package wgll.smart_foundations.code_unlicensed

import data.wgll.lib

licence_files := {"LICENSE", "LICENCE", "LICENSE.md", "LICENCE.md", "LICENSE.txt", "LICENCE.txt"}

# SPDX identifiers of OSI-approved licences in common use for public-sector code.
osi_approved := {
	"0BSD", "AGPL-3.0-only", "AGPL-3.0-or-later", "Apache-2.0", "BSD-2-Clause",
	"BSD-3-Clause", "BSL-1.0", "EPL-2.0", "EUPL-1.2", "GPL-2.0-only",
	"GPL-2.0-or-later", "GPL-3.0-only", "GPL-3.0-or-later", "ISC",
	"LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0-only", "LGPL-3.0-or-later",
	"MIT", "MIT-0", "MPL-2.0", "PostgreSQL", "UPL-1.0", "Unlicense", "Zlib",
}

published if input.manifest.open_source.published == true

deny contains finding if {
	lib.past_discovery
	published
	count({f | some f in input.files; f in licence_files}) == 0
	finding := {
		"rule": "SF-05",
		"msg": "the code is published but has no LICENSE or LICENCE file giving the licence's full text",
		"file": "LICENSE",
	}
}

deny contains finding if {
	lib.past_discovery
	published
	licence := input.manifest.open_source.licence
	not licence in osi_approved
	finding := {
		"rule": "SF-05",
		"msg": sprintf("`%v` is not the SPDX identifier of an OSI-approved licence (for example `MIT` or `Apache-2.0`)", [licence]),
		"at": "/manifest/open_source/licence",
	}
}
