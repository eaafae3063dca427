package wgll.lib_test

import data.wgll.lib

test_pointer_escapes_tokens if {
	lib.pointer("/manifest", ["a/b", 0, "c~d"]) == "/manifest/a~1b/0/c~0d"
}

test_is_date_rejects_impossible_days if {
	lib.is_date("2024-02-29")
	not lib.is_date("2026-02-29")
	not lib.is_date("29/02/2024")
	not lib.is_date(20240229)
	not lib.is_date("1026-10-20")
	not lib.is_date("2263-01-01")
	lib.is_date("1900-01-01")
	lib.is_date("2199-12-31")
	lib.is_date("2000-02-29")
	not lib.is_date("1900-02-29")
	not lib.is_date("2026-04-31")
	lib.is_date("2026-12-31")
	not lib.is_date("2026-13-01")
	not lib.is_date("2026-00-10")
	not lib.is_date("2026-01-00")
}

test_before_today if {
	lib.before_today("2026-01-01") with input.today as "2026-06-01"
	not lib.before_today("2026-06-01") with input.today as "2026-06-01"
}

test_path_exists_for_files_and_folders if {
	lib.path_exists("docs/a.md") with input.files as ["docs/a.md"]
	lib.path_exists("./docs/") with input.files as ["docs/a.md"] with input.folders as ["docs"]
	not lib.path_exists("doc") with input.files as ["docs/a.md"] with input.folders as ["docs"]
}

test_older_than_months if {
	lib.older_than_months("2025-11-22", 12) with input.today as "2026-11-23"
	not lib.older_than_months("2025-11-23", 12) with input.today as "2026-11-23"
	not lib.older_than_months("soon", 12) with input.today as "2026-11-23"
}

test_within_days if {
	lib.within_days("2026-12-01", 60) with input.today as "2026-11-23"
	not lib.within_days("2027-03-01", 60) with input.today as "2026-11-23"
	not lib.within_days("2026-11-01", 60) with input.today as "2026-11-23"
}

test_past_discovery if {
	lib.past_discovery with input.manifest as {"service": {"phase": "alpha"}}
	lib.past_discovery with input.manifest as {}
	not lib.past_discovery with input.manifest as {"service": {"phase": "discovery"}}
	not lib.past_discovery with input.manifest as null
}

test_in_service_personal_data_cloud_hosted if {
	lib.in_service with input.manifest as {"service": {"phase": "live"}}
	not lib.in_service with input.manifest as {"service": {"phase": "alpha"}}
	lib.personal_data with input.manifest as {"data_protection": {"personal_data": true}}
	not lib.personal_data with input.manifest as {"data_protection": {"personal_data": false}}
	lib.cloud_hosted with input.manifest as {"hosting": {"model": "hybrid"}}
	not lib.cloud_hosted with input.manifest as {"hosting": {"model": "on-premises"}}
}

# A flag left out or not a boolean does not quiet the rules it gates past
# discovery; in discovery, or without a manifest, only `true` counts.
test_unknown_applicability_is_applicable if {
	lib.personal_data with input.manifest as {"data_protection": {"personal_data": "yes"}}
	lib.personal_data with input.manifest as {"service": {"phase": "beta"}}
	not lib.personal_data with input.manifest as {"service": {"phase": "discovery"}}
	lib.personal_data with input.manifest as {"service": {"phase": "discovery"}, "data_protection": {"personal_data": true}}
	not lib.personal_data with input.manifest as null
	lib.clinical_safety_applies with input.manifest as {}
	lib.clinical_safety_applies with input.manifest as {"clinical_safety": {"applicable": true}}
	not lib.clinical_safety_applies with input.manifest as {"clinical_safety": {"applicable": false}}
	not lib.clinical_safety_applies with input.manifest as {"service": {"phase": "discovery"}}
	not lib.clinical_safety_applies with input.manifest as null
}

test_opt_out_gaps if {
	record := {"rationale": "Reads no patient data", "decided_by": {"name": "Dr A", "role": "Clinical Safety Officer"}, "date": "2026-05-01"}
	count(lib.opt_out_gaps(["c", "opt_out"], `(?i)clinical safety officer|\bcso\b`, "CSO")) == 0 with input as {"today": "2026-11-23", "manifest": {"c": {"opt_out": record}}}
	gaps := lib.opt_out_gaps(["c", "opt_out"], `(?i)clinical safety officer|\bcso\b`, "CSO") with input as {"today": "2026-11-23", "manifest": {"c": {"opt_out": {"decided_by": {"role": "Product manager"}, "date": "2027-01-01"}}}}
	{f | some [f, _] in gaps} == {"rationale", "decided_by/name", "decided_by/role", "date"}
	count(gaps) == 4
	count(lib.opt_out_gaps(["c", "opt_out"], `x`, "CSO")) == 4 with input as {"today": "2026-11-23", "manifest": {"c": "no"}}
}

test_audience if {
	lib.serves_citizens with input.manifest as {"service": {"audience": ["citizens", "staff"]}}
	lib.serves_staff with input.manifest as {"service": {"audience": ["staff"]}}
	not lib.serves_citizens with input.manifest as {"service": {"audience": ["staff"]}}
	not lib.serves_staff with input.manifest as {"service": {}}
	not lib.serves_staff with input.manifest as null
}

test_object_at_gives_a_mapping_or_nothing if {
	lib.object_at(["a"]) == {"b": 1} with input as {"manifest": {"a": {"b": 1}}}
	lib.object_at(["a"]) == {} with input as {"manifest": {"a": "text"}}
	lib.object_at(["a", "b"]) == {} with input as {"manifest": {}}
}

test_array_at_gives_a_list_or_nothing if {
	lib.array_at(["a", "b"]) == ["x"] with input as {"manifest": {"a": {"b": ["x"]}}}
	lib.array_at(["a", "b"]) == [] with input as {"manifest": {"a": {"b": "x"}}}
	lib.array_at(["a", "b"]) == [] with input as {"manifest": {"a": {"b": null}}}
	lib.array_at(["a", "b"]) == [] with input as {"manifest": {"a": {"b": 3}}}
	lib.array_at(["a", "b"]) == [] with input as {"manifest": {"a": {"b": {"c": 1}}}}
	lib.array_at(["a", "b"]) == [] with input as {"manifest": {"a": "text"}}
	lib.array_at(["a", "b"]) == [] with input as {"manifest": null}
}

test_placeholders_are_told_from_values if {
	lib.placeholder("TODO: the service's name") == "a placeholder"
	lib.placeholder("Name") == "an example value"
	lib.placeholder("https://example.com/x") == "an example address"
	lib.placeholder("GMC 0000000") == "a registration number of zeros"
	not lib.placeholder("Northshire Patient Portal")
	not lib.is_placeholder(7)
}

test_placeholder_edges if {
	lib.placeholder("tbc") == "a placeholder"
	lib.placeholder("XXX-ODS") == "a placeholder"
	not lib.placeholder("Todoist sync")
	lib.placeholder("<your organisation>") == "a placeholder"
	not lib.placeholder("<b>bold</b> text")
	lib.placeholder("help@mail.Example.org") == "an example address"
	lib.placeholder("HTTP://EXAMPLE.COM:8080/x") == "an example address"
	not lib.placeholder("https://northshire.nhs.example/x")
	not lib.placeholder("not an@address here")
	lib.placeholder("ZA000000") == "a registration number of zeros"
	not lib.placeholder("GMC 7000000")
	not lib.placeholder("10000")
}

test_the_manifest_placeholders_are_found_once if {
	lib.manifest_placeholders == {"TODO: a name": "a placeholder", "Name": "an example value"} with input as {"manifest": {"service": {"name": "TODO: a name"}, "governance": {"sro": {"name": "Name", "role": "Chief Digital Officer"}}}}
}

test_manifest_tree_holds_every_node_walk_gives if {
	m := {"a": [1, {"b": "TODO"}], "c": {"d": {"e": {"f": {"g": {"h": "x"}}}}}}
	tree := lib.manifest_tree with input.manifest as m
	{[p, v] | some [p, v] in tree} == {[p, v] | walk(m, [p, v])}
}

test_manifest_tree_stops_at_eight_levels if {
	m := {"1": {"2": {"3": {"4": {"5": {"6": {"7": {"8": {"9": "deep"}}}}}}}}}
	tree := lib.manifest_tree with input.manifest as m
	some [["1", "2", "3", "4", "5", "6", "7", "8"], _] in tree
	not "deep" in {v | some [_, v] in tree}
}

test_manifest_tree_empty_without_a_manifest if {
	count(lib.manifest_tree) == 0 with input.manifest as null
}

# Every kind of placeholder passes the cheap pattern that decides which
# strings placeholder() looks at, so the pattern never hides one.
placeholder_samples := [
	"TODO: what users call the service", "  tbc", "FIXME later", "<your organisation>",
	"Your Service", " role ", "https://www.example.nhs.uk/privacy", "team@example.org",
	"GMC 0000000", "Z00000000",
]

test_the_placeholder_pattern_lets_every_kind_through if {
	count([v | some v in placeholder_samples; not lib.placeholder(v)]) == 0
	count([v | some v in placeholder_samples; not regex.match(lib.placeholder_hint, v)]) == 0
	found := lib.manifest_placeholders with input.manifest as {"values": placeholder_samples}
	count(found) == count(placeholder_samples)
}
