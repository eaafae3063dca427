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
}

test_before_today if {
	lib.before_today("2026-01-01") with input.today as "2026-06-01"
	not lib.before_today("2026-06-01") with input.today as "2026-06-01"
}

test_path_exists_for_files_and_folders if {
	lib.path_exists("docs/a.md") with input.files as ["docs/a.md"]
	lib.path_exists("./docs/") with input.files as ["docs/a.md"]
	not lib.path_exists("doc") with input.files as ["docs/a.md"]
}
