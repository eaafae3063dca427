# METADATA
# title: Outcome measures have a baseline and a target
# description: >-
#   What Good Looks Like asks that digital services redesign care and improve
#   outcomes, and point 10 of the service standard asks teams to define what
#   success looks like. A measure shows improvement only against a baseline
#   taken before the change and a target agreed for it.
# related_resources:
#   - ref: https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/
#     description: "NHS England, What Good Looks Like, \"Improve care\""
#   - ref: https://www.gov.uk/service-manual/service-standard
#     description: "GOV.UK Service Standard, point 10 \"Define what success looks like and publish performance data\""
# custom:
#   id: IC-01
#   severity: info
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: improve_care
#   tcop: [13]
#   requirement: WGLL-IC-01
#   remediation: >-
#     List the service's outcome measures in `performance.kpis`, each as
#     `{name, baseline, target}`.
package wgll.improve_care.kpi_baselines_missing

import data.wgll.lib

fields := ["name", "baseline", "target"]

kpis := object.get(input.manifest, ["performance", "kpis"], null)

deny contains finding if {
	lib.in_service
	not listed(kpis)
	finding := {
		"rule": "IC-01",
		"msg": "the service is in use but `performance.kpis` lists no outcome measures",
		"at": "/manifest/performance/kpis",
	}
}

deny contains finding if {
	lib.in_service
	is_array(kpis)
	some i, kpi in kpis
	not is_object(kpi)
	finding := {
		"rule": "IC-01",
		"msg": sprintf("outcome measure %d is not written as `{name, baseline, target}`", [i + 1]),
		"at": sprintf("/manifest/performance/kpis/%d", [i]),
	}
}

deny contains finding if {
	lib.in_service
	is_array(kpis)
	some i, kpi in kpis
	is_object(kpi)
	some field in fields
	not present(object.get(kpi, field, null))
	finding := {
		"rule": "IC-01",
		"msg": sprintf("outcome measure %d (`%v`) has no `%s`", [i + 1, object.get(kpi, "name", "unnamed"), field]),
		"at": sprintf("/manifest/performance/kpis/%d/%s", [i, field]),
	}
}

# A baseline of 0 is a baseline; null and blank are not.
present(value) if {
	value != null
	value != ""
}

listed(list) if {
	is_array(list)
	count(list) > 0
}
