# METADATA
# title: Each API has a published specification and a version
# description: >-
#   Points 4 and 9 of the Technology Code of Practice ask for open standards
#   at interfaces and for integrations that can change without breaking their
#   users; point 17 of the NHS service standard asks teams to publish
#   well-designed APIs. An API is usable by others only with a specification
#   (OpenAPI or a FHIR CapabilityStatement) and a version they can rely on.
# related_resources:
#   - ref: https://service-manual.nhs.uk/standards-and-technology/service-standard-points/17-make-your-service-interoperable
#     description: "NHS service standard, point 17 \"Make your service interoperable\""
#   - ref: https://www.gov.uk/guidance/the-technology-code-of-practice
#     description: "Technology Code of Practice, \"4. Make use of open standards\" and \"9. Integrate and adapt technology\""
# custom:
#   id: IOP-05
#   severity: warning
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: improve_care
#   tcop: [4, 9]
#   requirement: INTEROP-06
#   remediation: >-
#     For each entry in `interoperability.apis`, commit its OpenAPI document or
#     FHIR CapabilityStatement and name it in `spec` (a repository path or
#     https URL), and give the API's `version`.
package wgll.interoperability.api_undocumented

import data.wgll.lib

apis := object.get(input.manifest, ["interoperability", "apis"], null)

deny contains finding if {
	lib.past_discovery
	is_array(apis)
	some i, api in apis
	not is_object(api)
	finding := {
		"rule": "IOP-05",
		"msg": sprintf("API %d is not written as `{name, spec, version}`", [i + 1]),
		"at": sprintf("/manifest/interoperability/apis/%d", [i]),
	}
}

deny contains finding if {
	lib.past_discovery
	is_array(apis)
	some i, api in apis
	is_object(api)
	not filled(object.get(api, "spec", null))
	finding := {
		"rule": "IOP-05",
		"msg": sprintf("API `%v` names no specification in `spec`", [label(api, i)]),
		"at": sprintf("/manifest/interoperability/apis/%d/spec", [i]),
	}
}

deny contains finding if {
	lib.past_discovery
	is_array(apis)
	some i, api in apis
	spec := api.spec
	filled(spec)
	not lib.is_url(spec)
	not lib.path_exists(spec)
	finding := {
		"rule": "IOP-05",
		"msg": sprintf("the specification `%s` of API `%v` is not in the repository", [spec, label(api, i)]),
		"at": sprintf("/manifest/interoperability/apis/%d/spec", [i]),
	}
}

deny contains finding if {
	lib.past_discovery
	is_array(apis)
	some i, api in apis
	is_object(api)
	not versioned(object.get(api, "version", null))
	finding := {
		"rule": "IOP-05",
		"msg": sprintf("API `%v` gives no `version`", [label(api, i)]),
		"at": sprintf("/manifest/interoperability/apis/%d/version", [i]),
	}
}

label(api, i) := object.get(api, "name", sprintf("%d", [i + 1]))

filled(s) if {
	is_string(s)
	trim_space(s) != ""
}

versioned(v) if filled(v)

# A version written without quotes (2, 1.4) is read as a number.
versioned(v) if is_number(v)
