# Helpers shared by the bundled rules: JSON pointers, dates and paths.
package wgll.lib

# The JSON pointer token for one path element (RFC 6901).
pointer_token(t) := replace(replace(t, "~", "~0"), "/", "~1") if is_string(t)

pointer_token(t) := sprintf("%v", [t]) if not is_string(t)

# The JSON pointer for a path (an array of keys and indexes) under a prefix.
pointer(prefix, path) := concat("", [prefix, concat("", [sprintf("/%s", [pointer_token(p)]) | some p in path])])

# Whether a string is an ISO date (YYYY-MM-DD) that exists. The day is
# checked against the month's length here rather than by time.parse_ns
# failing, so the answer is the same with OPA's strict built-in errors on or
# off; numbers are parsed without leading zeros, which regorus's to_number
# refuses and OPA's accepts.
is_date(s) if {
	is_string(s)
	# Years 1900 to 2199: time.parse_ns counts nanoseconds in 64 bits, so
	# dates outside 1678-2262 cannot be compared, and would silently pass.
	regex.match(`^(19[0-9]{2}|2[01][0-9]{2})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$`, s)
	parts := split(s, "-")
	to_number(trim_left(parts[2], "0")) <= days_in_month(to_number(parts[0]), parts[1])
}

month_days := {
	"01": 31, "02": 28, "03": 31, "04": 30, "05": 31, "06": 30,
	"07": 31, "08": 31, "09": 30, "10": 31, "11": 30, "12": 31,
}

days_in_month(_, m) := month_days[m] if m != "02"

days_in_month(y, "02") := 29 if leap_year(y)

days_in_month(y, "02") := 28 if not leap_year(y)

leap_year(y) if {
	y % 4 == 0
	y % 100 != 0
}

leap_year(y) if y % 400 == 0

# Nanoseconds since the epoch of an ISO date.
date_ns(s) := time.parse_ns("2006-01-02", s)

# The evaluation date, in nanoseconds.
today_ns := date_ns(input.today)

# Whether an ISO date is before the evaluation date.
before_today(s) if {
	is_date(s)
	date_ns(s) < today_ns
}

# Whether a manifest value names a web address rather than a repository path.
is_url(s) if startswith(lower(s), "https://")

is_url(s) if startswith(lower(s), "http://")

# Every path in the repository, as a set (built once per evaluation).
file_set := {f | some f in input.files}

# Every folder that holds a file (`docs`, `docs/adr`, ...), as a set; the
# collector lists them (`input.folders`).
folder_set := {f | some f in input.folders}

# Whether a repository path exists (a file, or a folder holding files).
path_exists(p) if trim_prefix(trim_suffix(p, "/"), "./") in file_set

path_exists(p) if trim_prefix(trim_suffix(p, "/"), "./") in folder_set

# The numbers of all decision records.
adr_numbers contains n if {
	some adr in input.adrs
	n := adr.number
	n != null
}

# Whether two decision records share a number. Rules that pair records by
# number take a linear path when none do (the usual case) and the quadratic
# one only when some do.
adr_numbers_repeat if count([1 | some adr in input.adrs; adr.number != null]) != count(adr_numbers)

# The index in input.adrs of each number exactly one record has.
adr_index := {adr.number: i | some i, adr in input.adrs; adr.number != null} if not adr_numbers_repeat

adr_index := {n: i |
	some i, adr in input.adrs
	n := adr.number
	n != null
	count([1 | some other in input.adrs; other.number == n]) == 1
} if adr_numbers_repeat

# Whether an ISO date is more than n months before the evaluation date.
older_than_months(s, n) if {
	is_date(s)
	time.add_date(date_ns(s), 0, n, 0) < today_ns
}

# Whether an ISO date falls within n days after the evaluation date (today included).
within_days(s, n) if {
	is_date(s)
	date_ns(s) >= today_ns
	date_ns(s) <= time.add_date(today_ns, 0, 0, n)
}

# Whether a manifest is present and the service has left discovery.
past_discovery if {
	is_object(input.manifest)
	# object.get, not `not input.manifest.service.phase in {...}`: OPA
	# evaluates a negated call's arguments outside the negation, so a
	# missing phase would make the whole rule undefined there.
	object.get(input.manifest, ["service", "phase"], null) != "discovery"
}

# The mapping at a manifest path, or {} when it is absent or not a mapping.
# Rules read fields of it with object.get: OPA evaluates a call inside `not`
# before the negation, so object.get on a string would make a rule silent
# under OPA yet fire under regorus; a mapping always keeps the two alike.
object_at(path) := v if {
	v := object.get(input.manifest, path, {})
	is_object(v)
}

object_at(path) := {} if {
	v := object.get(input.manifest, path, {})
	not is_object(v)
}

# The list at a manifest path, or [] when it is absent or not a list.
# Rules iterate lists through it: `some x in input.manifest.hosting.regions`
# stops the whole evaluation when a team writes `regions: eu-west-2` or
# leaves it empty, whereas the wrong type is WL-06's to report, at its line.
# is_array guards both engines: neither iterates a string or a number here.
# A repository without a manifest has `manifest: null`, which object.get
# refuses (an error under OPA's strict built-in errors): it holds no list.
array_at(path) := v if {
	is_object(input.manifest)
	v := object.get(input.manifest, path, [])
	is_array(v)
} else := []

# Whether the service is in private or public beta, or live.
in_service if input.manifest.service.phase in {"beta", "live"}

# Whether the service processes personal data: it says so, or, past
# discovery, it does not say it does not. A flag left out must not quiet
# the rules it gates (DP-01 asks for it, and holds a `false` to a recorded
# decision). In discovery nothing is decided yet, so only `true` counts.
personal_data if flag(["data_protection", "personal_data"]) == true

personal_data if {
	past_discovery
	not is_boolean(flag(["data_protection", "personal_data"]))
}

# Whether clinical risk management (DCB0129, DCB0160) applies, read the
# same way (CS-01 asks for the flag and holds a `false` to a decision).
clinical_safety_applies if flag(["clinical_safety", "applicable"]) == true

clinical_safety_applies if {
	past_discovery
	not is_boolean(flag(["clinical_safety", "applicable"]))
}

# A manifest value at a path, or null (also when there is no manifest).
flag(path) := object.get(input.manifest, path, null) if {
	is_object(input.manifest)
} else := null

# Helpers of opt_out_gaps, defined before it (see manifest_tree).
not_text(v) := false if {
	non_empty_string(v)
} else := true

not_matching(v, pattern) := false if {
	regex.match(pattern, sprintf("%v", [v]))
} else := true

not_date(v) := false if {
	is_date(v)
} else := true

in_future(v) := true if {
	is_date(v)
	date_ns(v) > today_ns
} else := false

non_empty_string(s) if {
	is_string(s)
	trim_space(s) != ""
}

object_or_empty(v) := v if is_object(v)

object_or_empty(v) := {} if not is_object(v)

# What is missing from the record of an opt-out at a manifest path
# (`["clinical_safety", "opt_out"]`): the rationale, who decided (a name,
# and a role matching `role_pattern`, the officer whose decision it is) and
# the date, not in the future. Each gap is [field, what is wrong].
opt_out_gaps(path, role_pattern, officer) := {[field, problem] |
	record := object_at(path)
	by := object_or_empty(object.get(record, "decided_by", {}))
	date := object.get(record, "date", null)
	some [field, problem, found] in [
		["rationale", "gives no rationale", not_text(object.get(record, "rationale", null))],
		["decided_by/name", "does not name who decided", not_text(object.get(by, "name", null))],
		["decided_by/role", sprintf("was not decided by the %s", [officer]), not_matching(object.get(by, "role", ""), role_pattern)],
		["date", "gives no date of the decision, as YYYY-MM-DD", not_date(date)],
		["date", "is dated in the future", in_future(date)],
	]
	found
}


# Whether the manifest says the service holds personal data or records.
holds_records if flag(["data_protection", "personal_data"]) == true

holds_records if flag(["features", "patient_records"]) == true

# Whether the manifest says the service stores nothing (a static site
# built from its repository), with the reason, and declares nothing it
# would hold: no personal data, no patient records. Backups, restores and
# a recovery point then have nothing to work on.
stores_nothing if {
	non_empty_string(flag(["security", "not_applicable", "encryption_at_rest"]))
	not holds_records
}

# Whether the service is hosted in a cloud (anything but on-premises).
cloud_hosted if input.manifest.hosting.model in {"public-cloud", "private-cloud", "hybrid"}

# Whether the service's users include the public: patients, carers, citizens.
serves_citizens if "citizens" in array_at(["service", "audience"])

# Whether the service's users include health and care staff.
serves_staff if "staff" in array_at(["service", "audience"])

# What kind of placeholder a manifest value is (init's `TODO: ...`, an
# example name or address, a registration number of zeros); undefined for a
# real value. WL-09 reports them; the schema rule leaves their type alone,
# so each placeholder is reported once.

# Whole values that are example text.
example_values := {"your service", "your nhs trust", "your integrated care system", "name", "role", "your operations rota"}

# Second-level names used as placeholders; a host is one of them or under one.
example_domains := {"example.com", "example.org", "example.net", "example.nhs.uk", "example.gov.uk"}

# Written with string built-ins, not regular expressions: it runs for every
# string of the manifest, in several rules, and a regex is compiled per call.
placeholder(v) := "a placeholder" if {
	t := lower(trim_space(v))
	some word in placeholder_words
	startswith(t, word)
	word_ends(t, count(word))
} else := "a placeholder" if {
	t := trim_space(v)
	startswith(t, "<")
	endswith(t, ">")
	inner := substring(t, 1, count(t) - 2)
	not contains(inner, "<")
	not contains(inner, ">")
} else := "an example value" if {
	lower(trim_space(v)) in example_values
} else := "an example address" if {
	h := host(v)
	h != ""
	some domain in example_domains
	host_is(h, domain)
} else := "a registration number of zeros" if {
	t := trim_space(v)
	rest := trim_right(t, "0")
	count(t) - count(rest) >= 4
	letters := trim_right(rest, " -")
	count(letters) <= 4
	trim(lower(letters), "abcdefghijklmnopqrstuvwxyz") == ""
}

# Words that mark a value as not yet written, when they start it.
placeholder_words := {"todo", "tbc", "tbd", "fixme", "xxx"}

# Whether the word that takes the first n characters of t ends there.
word_ends(t, n) if count(t) == n

word_ends(t, n) if {
	count(t) > n
	not contains("abcdefghijklmnopqrstuvwxyz0123456789_", substring(t, n, 1))
}

# Every node of the manifest as [path, value], the root first, then level by
# level: what `walk(input.manifest, ...)` gives, for the rules that look at
# every string. Spelt out level by level because regorus's `walk` costs
# several times more. Eight levels: the schema is six deep and closed, so
# anything deeper sits under a field WL-06 already reports as unknown.
# Defined before the rules that read it, and each level before the list:
# regorus 0.14.1 takes a name in a comprehension or a call for a variable
# unless its rule comes earlier in the file.
manifest_level0 := [[[], input.manifest]] if {
	input.manifest != null
} else := []

manifest_level1 := children(manifest_level0)

manifest_level2 := children(manifest_level1)

manifest_level3 := children(manifest_level2)

manifest_level4 := children(manifest_level3)

manifest_level5 := children(manifest_level4)

manifest_level6 := children(manifest_level5)

manifest_level7 := children(manifest_level6)

manifest_level8 := children(manifest_level7)

manifest_tree := array.concat(array.concat(array.concat(manifest_level0, manifest_level1), array.concat(manifest_level2, manifest_level3)), array.concat(array.concat(manifest_level4, manifest_level5), array.concat(array.concat(manifest_level6, manifest_level7), manifest_level8)))

# The children of every [path, value] node of a level, as [path, value]:
# objects' members, then arrays' items. Two passes with a built-in test each
# cost less than one with a call of is_container per node (the order within
# a level matters to no rule: every reader collects into a set).
children(level) := array.concat(
	[[array.concat(path, [key]), child] |
		some [path, value] in level
		is_object(value)
		some key, child in value
	],
	[[array.concat(path, [i]), child] |
		some [path, value] in level
		is_array(value)
		some i, child in value
	],
)

is_container(v) if is_object(v)

is_container(v) if is_array(v)

# A pattern every placeholder matches (a word or `<` starting it, a whole
# example value, an example domain, a run of zeros), built from the tables
# above: one match per manifest string leaves placeholder()'s two dozen
# calls to the few strings that could be one.
placeholder_hint := sprintf(`(?i)^\s*(%s|<)|^\s*(%s)\s*$|example\.|0000`, [
	concat("|", placeholder_words),
	concat("|", example_values),
])

# Every placeholder string in the manifest and its kind, worked out once
# per evaluation for all the rules that ask. After the tables and the
# pattern it reads (see manifest_tree).
manifest_placeholders := {v: kind |
	some [_, v] in manifest_tree
	is_string(v)
	regex.match(placeholder_hint, v)
	kind := placeholder(v)
}

is_placeholder(v) if {
	is_string(v)
	manifest_placeholders[v]
}

# The host of an address (`https://x/y`, `name@x`) in lower case, else "".
host(v) := lower(split(split(trim_prefix(trim_prefix(lower(v), "https://"), "http://"), "/")[0], ":")[0]) if {
	is_url(v)
} else := lower(parts[1]) if {
	parts := split(v, "@")
	count(parts) == 2
	parts[0] != ""
	not contains(v, " ")
} else := ""

host_is(h, domain) if h == domain

host_is(h, domain) if endswith(h, concat("", [".", domain]))


# Dates checked for sense (WL-12, SEC-02, DP-10).

# Whether an ISO date is after the evaluation date.
after_today(s) if {
	is_date(s)
	date_ns(s) > today_ns
}

# The manifest's dates of things done (an assessment, a test, a review, an
# approval) and what each dates. A thing done cannot be dated after the
# day of the check; expiry dates and dates funding runs to are left out,
# since they lie ahead by nature.
done_dates := [
	[["security", "dspt", "assessed"], "the DSPT assessment"],
	[["security", "penetration_test", "date"], "the penetration test"],
	[["security", "last_review"], "the safety and security review"],
	[["data_protection", "dpia", "date"], "the DPIA's approval or review"],
	[["hosting", "backups", "last_restore_test"], "the restore test"],
	[["hosting", "disaster_recovery", "last_tested"], "the disaster recovery test"],
	[["hosting", "cloud_risk", "assessed"], "the Cloud Risk Framework assessment"],
	[["hosting", "offshore_approval", "date"], "the SIRO's approval of offshore hosting"],
	[["hosting", "data_bridge", "checked"], "the check of the Data Privacy Framework List"],
	[["accessibility", "last_audit"], "the accessibility audit"],
	[["user_research", "last_round"], "the latest round of user research"],
	[["compliance", "service_assessment", "date"], "the Service Standard assessment"],
	[["compliance", "dtac", "completed"], "the DTAC assessment"],
	[["inclusion", "assessment", "date"], "the equality impact assessment"],
	[["performance", "benefits_review"], "the benefits review"],
	[["content", "clinical_review", "date"], "the clinical content review"],
]

# Each recorded date of a thing done that lies after the evaluation date:
# {"path", "what", "date"}. Read through object.get on the manifest only
# (a repository without a manifest has none).
future_dated contains {"path": path, "what": what, "date": d} if {
	is_object(input.manifest)
	some [path, what] in done_dates
	d := object.get(input.manifest, path, null)
	after_today(d)
}

# Whether a certificate or registration (a mapping) records no expiry date
# it can be judged by: one with none cannot pass as current.
expiry_unrecorded(record, field) if {
	is_object(record)
	not is_date(object.get(record, field, null))
}
