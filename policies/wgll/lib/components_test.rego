package wgll.lib_components_test

import data.wgll.lib

node := {"product": "nodejs", "title": "Node.js", "cycle": "18"}

dotnet := {"product": "dotnet", "title": "Microsoft .NET", "cycle": "8"}

test_names_match_by_id_title_and_alias if {
	lib.names_component({"name": "Node.js"}, node)
	lib.names_component({"name": "node"}, node)
	lib.names_component({"name": "NODEJS"}, node)
	lib.names_component({"name": ".NET"}, dotnet)
	lib.names_component({"name": "Microsoft .NET"}, dotnet)
	not lib.names_component({"name": "deno"}, node)
	not lib.names_component({"version": "18"}, node)
	not lib.names_component("nodejs", node)
}

test_a_version_belongs_to_a_cycle_it_begins_or_is_begun_by if {
	lib.version_in_cycle("18", "18")
	lib.version_in_cycle("v18.19.0", "18")
	lib.version_in_cycle("3", "3.12")
	lib.version_in_cycle("8.0", "8")
	lib.version_in_cycle(18, "18")
	not lib.version_in_cycle("20", "18")
	not lib.version_in_cycle("180", "18")
	not lib.version_in_cycle("3.1", "3.12")
	not lib.version_in_cycle("lts", "18")
	not lib.version_in_cycle(null, "18")
}

test_components_default_to_none if {
	lib.observed_components == [] with input as {"manifest": null}
	lib.declared_components == [] with input as {"manifest": null}
	lib.declared_components == [] with input as {"manifest": {"technology": {"components": "nodejs"}}}
	count(lib.declared_components) == 1 with input as {"manifest": {"technology": {"components": [{"name": "x"}]}}}
}
