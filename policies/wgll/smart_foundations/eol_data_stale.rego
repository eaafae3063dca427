# METADATA
# title: The end-of-life data components are judged by is recent
# description: >-
#   SF-01 and SF-02 judge the runtimes, tools and base images a repository
#   pins against end-of-life data bundled with wgll (from endoflife.date),
#   and vendors announce and move dates as they go: a new release's end of
#   life appears only once it is published, and extended support moves
#   dates later. Data much older than the evaluation date can miss an end
#   of life or report a wrong one, so a check that relies on it says so.
#   Judged only when there are components to judge.
# related_resources:
#   - ref: https://endoflife.date/
#     description: "endoflife.date, the source of the bundled end-of-life data"
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, success measure 2 \"Ensure smart foundations\""
# custom:
#   id: SF-07
#   severity: warning
#   measure: smart_foundations
#   tcop: [6]
#   requirement: WGLL-SF-01
#   judges: [observed.components, manifest]
#   remediation: >-
#     Update wgll to a release with newer data, or refresh the bundled data
#     from a current endoflife.date export (`docs/eol.md`) and point
#     `--policy` at it; `eol_data_max_age_days` sets how old it may be.
package wgll.smart_foundations.eol_data_stale

import data.wgll.lib

# Named in full: `data.wgll` as a value would evaluate every rule under it.
updated := data.wgll.eol.updated

max_age := data.wgll.params.eol_data_max_age_days

stale if {
	lib.is_date(updated)
	time.add_date(lib.date_ns(updated), 0, 0, max_age) < lib.today_ns
}

# Where the finding is shown: the first pin found, else the manifest's list.
place := "/observed/components/0/version" if count(lib.observed_components) > 0

place := "/manifest/technology/components" if {
	count(lib.observed_components) == 0
	count(lib.declared_components) > 0
}

deny contains finding if {
	stale
	finding := {
		"rule": "SF-07",
		"msg": sprintf("the end-of-life data wgll judges components by is dated `%s`, more than %d days ago: an end of life announced or moved since is not known to SF-01 and SF-02", [updated, max_age]),
		"at": place,
	}
}
