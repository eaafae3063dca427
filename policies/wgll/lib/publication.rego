# Whether the code is published, and the assurance documents the repository
# holds, told by their names: the facts behind the rules on what must not
# be published in the open.
package wgll.lib

# The manifest says the code is published or open, or a publiccode.yml
# (which exists to publish code for reuse) says so.
public_code if input.manifest.open_source.published == true

# (object_at is read only with a manifest: OPA's strict built-in errors
# refuse object.get on the null of a repository without one.)
public_code if {
	is_object(input.manifest)
	object.get(object_at(["open_source"]), "classification", null) in {"coded-in-the-open", "open-source"}
}

public_code if is_object(object.get(object.get(object.get(input, "observed", {}), "files", {}), "publiccode", null))

base_name(path) := parts[count(parts) - 1] if parts := split(path, "/")

# Document formats: code, tests and policies named for these documents
# (a `dpia_check.py`, a `hazard_log_test.rego`) are not the documents.
document_extensions := {
	"pdf", "doc", "docx", "odt", "rtf", "xls", "xlsx", "xlsm", "ods", "csv",
	"ppt", "pptx", "md", "markdown", "txt", "html", "htm", "yaml", "yml", "json",
}

# Words in a file's name that say which document it is, by kind.
assurance_names := {
	"penetration test report": ["pentest", "pen-test", "pen_test", "pen test", "penetration-test", "penetration_test", "penetration test", "penetrationtest", "ithc", "it-health-check", "it_health_check"],
	"DPIA": ["dpia", "data-protection-impact", "data_protection_impact", "data protection impact"],
	"hazard log": ["hazard-log", "hazard_log", "hazardlog", "hazard log"],
}

# The files whose name holds the start of one of those words: one pattern
# over the whole list instead of every word against every file, which was a
# third of a repository's evaluation. (A path with a line break in it, which
# git allows, cannot be told from two paths here and is left out.) The set
# of files is built here rather than taken from `file_set`: regorus 0.14,
# evaluating the whole package at once, reads another file's rule of the
# same package as undefined, and every document would be lost.
named_like_documents := [file |
	listed := {f | some f in input.files}
	some file in regex.find_n(`(?im)^(?:[^\n]*/)?[^/\n]*(?:pen|ithc|health|dpia|protection|hazard)[^/\n]*$`, concat("\n", input.files), -1)
	file in listed
]

# Each document file and what it is: {file: kind}. A name that names two
# kinds is taken as the first the table gives (a pen test of a DPIA tool is
# still a pen test report).
assurance_documents := {file: kind |
	some file in named_like_documents
	name := lower(base_name(file))
	parts := split(name, ".")
	count(parts) > 1
	parts[count(parts) - 1] in document_extensions
	kinds := [k | some k in ["penetration test report", "DPIA", "hazard log"]; some word in assurance_names[k]; contains(name, word)]
	count(kinds) > 0
	kind := kinds[0]
}
