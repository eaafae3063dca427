# Helpers for the components a repository pins (input.observed.components)
# and those its manifest lists (technology.components).
package wgll.lib

# The components the repository's own files pin; [] when none were read.
observed_components := object.get(object.get(input, "observed", {}), "components", [])

# The components the manifest lists; [] when it lists none.
declared_components := array_at(["technology", "components"])

# A name with case and punctuation gone: "Node.js" and "nodejs" are one.
component_key(name) := lower(regex.replace(name, `[^A-Za-z0-9]`, ""))

# Other names teams give a product, by endoflife.date's id.
component_aliases := {
	"nodejs": {"node"},
	"postgresql": {"postgres", "psql"},
	"go": {"golang"},
	"dotnet": {"net", "dotnetcore", "netcore", "aspnetcore"},
	"python": {"cpython"},
	"alpine-linux": {"alpine"},
	"amazon-linux": {"amazonlinux", "al2023"},
	"mongodb": {"mongo"},
	"eclipse-temurin": {"temurin"},
	"amazon-corretto": {"corretto"},
	"apache-http-server": {"httpd", "apache"},
	"apache-maven": {"maven"},
}

# Every key an observed component answers to: its id, its title, aliases.
component_names(c) := {component_key(c.product), component_key(c.title)} | object.get(component_aliases, c.product, set())

# Whether a manifest entry names the product of an observed component.
names_component(entry, c) if {
	is_object(entry)
	is_string(entry.name)
	component_key(entry.name) in component_names(c)
}

# A version as written, without a leading v, when it starts with a number.
version_numbers(v) := trim_prefix(trim_prefix(sprintf("%v", [v]), "v"), "V") if {
	v != null
	regex.match(`^[vV]?[0-9]+(\.[0-9]+)*`, sprintf("%v", [v]))
}

# Whether a version written in the manifest could belong to a release
# cycle: `18`, `18.19.0` and `3` (for 3.12) could; `20` could not be 18.
version_in_cycle(v, cycle) if {
	n := version_numbers(v)
	n == cycle
}

version_in_cycle(v, cycle) if startswith(version_numbers(v), concat("", [cycle, "."]))

version_in_cycle(v, cycle) if startswith(cycle, concat("", [version_numbers(v), "."]))
