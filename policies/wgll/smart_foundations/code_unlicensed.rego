# METADATA
# title: Published code carries an open source licence
# description: >-
#   Code published without a licence cannot lawfully be reused, whatever the
#   team intended, so the NHS open source policy asks for a licence file with
#   the licence's full text in every public repository, and an OSI-approved
#   licence (MIT is recommended for code). The Technology Code of Practice's
#   point 3 asks teams to publish code so others can reuse it. The licence
#   file's text is named by its SPDX identifier (read from the text, not the
#   file name); the licence named in the manifest may be an SPDX licence
#   expression (identifiers joined by AND, OR and WITH, with parentheses),
#   each identifier judged against the SPDX License List's record of OSI
#   approval (bundled as data.wgll.spdx, from the list's CC0 data), and
#   against the file. A choice (OR) is open source when one of its licences
#   is; anything joined by AND, or grouped, needs every licence to be.
#   Code is taken as published unless the manifest says it is not, since
#   the Code of Practice makes publishing the default.
# related_resources:
#   - ref: https://github.com/nhsx/open-source-policy/blob/main/open-source-policy.md
#     description: "NHS open source policy: \"In brief\" (licences: MIT for code, OGL for content)"
#   - ref: https://www.gov.uk/guidance/the-technology-code-of-practice
#     description: "Technology Code of Practice, point 3 \"Be open and use open source\""
#   - ref: https://opensource.org/licenses
#     description: "Open Source Initiative, approved licences"
#   - ref: https://spdx.org/licenses/
#     description: "SPDX License List: identifiers and their OSI approval (CC0-1.0)"
#   - ref: https://spdx.github.io/spdx-spec/v2.3/SPDX-license-expressions/
#     description: "SPDX specification 2.3, Annex D: SPDX license expressions (AND, OR, WITH, parentheses, the + operator)"
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

# The SPDX License List's identifiers, and those the OSI approves, keyed
# in lower case: identifiers match whatever their case (SPDX annex D).
spdx_ids := {lower(id): id | some id in data.wgll.spdx.ids}

osi_approved := {lower(id) | some id in data.wgll.spdx.osi_approved}

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

# The claim read as an SPDX licence expression. Tokens: parentheses, and
# words (identifiers, operators, LicenseRef-/DocumentRef- references).
tokens := regex.find_n(`[()]|[A-Za-z0-9.:+-]+`, claimed, -1)

# Each token's kind: open, close, and, or, with, exception (after WITH),
# licence.
kinds := [kind(i, t) | some i, t in tokens]

kind(_, "(") := "open"

kind(_, ")") := "close"

kind(_, t) := lower(t) if lower(t) in {"and", "or", "with"}

kind(i, t) := "exception" if {
	not t in {"(", ")"}
	not lower(t) in {"and", "or", "with"}
	i > 0
	lower(tokens[i - 1]) == "with"
}

kind(i, t) := "licence" if {
	not t in {"(", ")"}
	not lower(t) in {"and", "or", "with"}
	not after_with(i)
}

after_with(i) if {
	i > 0
	lower(tokens[i - 1]) == "with"
}

# What may follow each kind ("end" for the end of the expression).
follows := {
	"start": {"open", "licence"},
	"open": {"open", "licence"},
	"licence": {"and", "or", "with", "close", "end"},
	"exception": {"and", "or", "close", "end"},
	"close": {"and", "or", "close", "end"},
	"and": {"open", "licence"},
	"or": {"open", "licence"},
	"with": {"exception"},
}

sequence := array.concat(array.concat(["start"], kinds), ["end"])

well_formed if {
	count(tokens) > 0
	# Nothing but tokens and spaces.
	regex.replace(claimed, `\s+`, "") == concat("", tokens)
	count([i | some i in numbers.range(1, count(sequence) - 1); not sequence[i] in follows[sequence[i - 1]]]) == 0
	# Parentheses balance, and never close more than they opened.
	count([i | some i, _ in kinds; depth(i) < 0]) == 0
	depth(count(kinds) - 1) == 0
}

depth(i) := count([j | some j in numbers.range(0, i); kinds[j] == "open"]) - count([j | some j in numbers.range(0, i); kinds[j] == "close"])

# The licence identifiers the claim names, in lower case, without a
# trailing + ("or any later version").
claim_names := {trim_suffix(tokens[i], "+") | some i, k in kinds; k == "licence"}

claim_licences := {lower(name) | some name in claim_names}

unknown := {name |
	some name in claim_names
	not spdx_ids[lower(name)]
	not startswith(lower(name), "licenseref-")
	not startswith(lower(name), "documentref-")
}

# A plain choice: no AND and no grouping.
plain_choice if count([k | some k in kinds; k in {"and", "open"}]) == 0

open_source if {
	plain_choice
	some id in claim_licences
	id in osi_approved
}

open_source if {
	not plain_choice
	count([id | some id in claim_licences; not id in osi_approved]) == 0
}

claim_problems contains sprintf("`%v` is not an SPDX licence expression: SPDX identifiers of OSI-approved licences (for example `MIT` or `Apache-2.0`) joined by AND, OR or WITH, with parentheses", [claimed]) if {
	is_string(claimed)
	not well_formed
}

claim_problems contains sprintf("`%s` in `%s` is not on the SPDX License List", [id, claimed]) if {
	is_string(claimed)
	well_formed
	some id in unknown
}

claim_problems contains sprintf("`%s` is not an OSI-approved licence (for example `MIT` or `Apache-2.0`)", [claimed]) if {
	is_string(claimed)
	well_formed
	count(unknown) == 0
	not open_source
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
	some problem in claim_problems
	finding := {
		"rule": "SF-05",
		"msg": problem,
		"at": "/manifest/open_source/licence",
	}
}

# The claim and the file disagree: the file's licence is none of those the
# claim names.
deny contains finding if {
	is_string(claimed)
	count(claim_problems) == 0
	is_string(shown.spdx)
	count({id | some id in claim_licences; id in {lower(m) | some m in shown.matches}}) == 0
	finding := {
		"rule": "SF-05",
		"msg": sprintf("open_source.licence says `%s`, but `%s` holds the %s licence", [claimed, shown.file, shown.spdx]),
		"at": "/manifest/open_source/licence",
		"related": [{"at": "/observed/files/licence", "msg": sprintf("the licence file's text is %s", [shown.spdx])}],
	}
}
