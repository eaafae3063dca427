# METADATA
# title: Published code carries an open source licence
# description: >-
#   Code published without a licence cannot lawfully be reused, whatever the
#   team intended, so the NHS open source policy asks for a licence file with
#   the licence's full text in every public repository, and an OSI-approved
#   licence (MIT is recommended for code). The Technology Code of Practice's
#   point 3 asks teams to publish code so others can reuse it. The licence
#   file's text is named by its SPDX identifier (read from the text, not the
#   file name); the licence named in the manifest is checked against the
#   SPDX identifiers of common OSI-approved licences and against the file.
#   Code is taken as published unless the manifest says it is not, since
#   the Code of Practice makes publishing the default.
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
#   judges: [manifest, observed.files.licence, observed.files.publiccode]
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

# The licence file at the root and what its text is; null if none.
shown := object.get(object.get(object.get(input, "observed", {}), "files", {}), "licence", null)

manifest_says_published if input.manifest.open_source.published == true

# Past discovery, or no manifest to say the service is in it.
beyond_discovery if lib.past_discovery

beyond_discovery if not is_object(input.manifest)

# Published unless the manifest says otherwise: publishing is the default
# the Code of Practice sets, and a publiccode.yml says so outright.
published if manifest_says_published

published if not is_object(input.manifest)

published if {
	is_object(input.manifest)
	# object.get: OPA evaluates a negated call's argument outside the `not`,
	# so a missing field would make this undefined there.
	not is_boolean(object.get(input.manifest, ["open_source", "published"], null))
	is_object(input.observed.files.publiccode)
}

# Source file extensions: a repository with none of these and no package
# ecosystem holds content, not code.
code_extensions := {
	"c", "cc", "cpp", "cs", "dart", "ex", "fs", "go", "groovy", "h", "java", "js", "jsx",
	"kt", "mjs", "php", "pl", "ps1", "py", "r", "rb", "rs", "scala", "sh", "sql", "swift",
	"tf", "ts", "tsx", "vb", "vue",
}

holds_code if count(object.get(object.get(input, "observed", {}), "ecosystems", {})) > 0

# One pattern match over every path, one per line: a call per path cost
# more than the rest of the rule on a large repository. (A path holding a
# newline could only make this see code where there is none.)
code_pattern := sprintf(`(?im)\.(%s)$`, [concat("|", code_extensions)])

holds_code if regex.match(code_pattern, concat("\n", input.files))

claimed := input.manifest.open_source.licence if {
	is_object(input.manifest)
	is_string(input.manifest.open_source.licence)
}

deny contains finding if {
	lib.past_discovery
	manifest_says_published
	shown == null
	finding := {
		"rule": "SF-05",
		"msg": "the code is published but has no LICENSE or LICENCE file giving the licence's full text",
		"file": "LICENSE",
	}
}

# With no manifest, only a publiccode.yml says the code is published.
deny contains finding if {
	not is_object(input.manifest)
	is_object(input.observed.files.publiccode)
	shown == null
	finding := {
		"rule": "SF-05",
		"msg": sprintf("`%s` says the code is published, but there is no LICENSE or LICENCE file giving the licence's full text", [input.observed.files.publiccode.file]),
		"file": "LICENSE",
	}
}

# A licence file whose text is no licence wgll knows: a notice, a summary,
# a bespoke licence.
deny contains finding if {
	beyond_discovery
	published
	is_object(shown)
	shown.spdx == null
	finding := {
		"rule": "SF-05",
		"msg": sprintf("`%s` does not hold the full text of a licence wgll recognises%s", [shown.file, closest(shown)]),
		"at": "/observed/files/licence",
	}
}

closest(file) := sprintf(" (the nearest is %s, at %v of its text)", [file.closest, file.confidence]) if {
	is_string(file.closest)
	file.confidence >= 0.3
} else := ""

# A licence that is not open source, for a repository holding code (the
# NHS policy puts content, such as a folder of decision records, under the
# Open Government Licence).
deny contains finding if {
	beyond_discovery
	published
	holds_code
	is_object(shown)
	is_string(shown.spdx)
	shown.osi_approved == false
	finding := {
		"rule": "SF-05",
		"msg": sprintf("`%s` holds the %s licence, which the Open Source Initiative does not approve", [shown.file, shown.spdx]),
		"at": "/observed/files/licence",
	}
}

deny contains finding if {
	lib.past_discovery
	published
	is_string(claimed)
	not claimed in osi_approved
	finding := {
		"rule": "SF-05",
		"msg": sprintf("`%v` is not the SPDX identifier of an OSI-approved licence (for example `MIT` or `Apache-2.0`)", [claimed]),
		"at": "/manifest/open_source/licence",
	}
}

# The claim and the file disagree.
deny contains finding if {
	claimed in osi_approved
	is_string(shown.spdx)
	not claimed in {m | some m in shown.matches}
	finding := {
		"rule": "SF-05",
		"msg": sprintf("open_source.licence says `%s`, but `%s` holds the %s licence", [claimed, shown.file, shown.spdx]),
		"at": "/manifest/open_source/licence",
		"related": [{"at": "/observed/files/licence", "msg": sprintf("the licence file's text is %s", [shown.spdx])}],
	}
}
