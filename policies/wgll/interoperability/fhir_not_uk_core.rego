# METADATA
# title: FHIR interfaces use FHIR R4 with the UK Core profiles
# description: >-
#   FHIR UK Core is the set of UK-wide FHIR profiles, based on FHIR R4, that
#   replaced the England-only CareConnect STU3 profiles. Point 17 of the NHS
#   service standard asks services to use the agreed FHIR-based APIs. The UK
#   Core release a service follows should be recorded, since profiles change
#   between releases.
# related_resources:
#   - ref: https://digital.nhs.uk/services/fhir-uk-core
#     description: "NHS England, FHIR UK Core"
#   - ref: https://simplifier.net/guide/uk-core-implementation-guide-stu2
#     description: "UK Core implementation guide (STU2)"
#   - ref: https://service-manual.nhs.uk/standards-and-technology/service-standard-points/17-make-your-service-interoperable
#     description: "NHS service standard, point 17 \"Make your service interoperable\""
# custom:
#   id: IOP-02
#   severity: warning
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   measure: improve_care
#   tcop: [4]
#   requirement: INTEROP-02
#   remediation: >-
#     Build FHIR interfaces on FHIR R4 with the UK Core profiles and record
#     them as `interoperability.fhir: {version: R4, uk_core_version: "2.0.1"}`
#     (the release you follow), or list `fhir-uk-core` in
#     `interoperability.standards`.
package wgll.interoperability.fhir_not_uk_core

import data.wgll.lib

fhir := object.get(input.manifest, ["interoperability", "fhir"], null)

deny contains finding if {
	lib.past_discovery
	fhir != null
	not is_object(fhir)
	finding := {
		"rule": "IOP-02",
		"msg": "`interoperability.fhir` must give the FHIR `version` and the `uk_core_version` followed",
		"at": "/manifest/interoperability/fhir",
	}
}

deny contains finding if {
	lib.past_discovery
	is_object(fhir)
	version := object.get(fhir, "version", null)
	not r4(version)
	finding := {
		"rule": "IOP-02",
		"msg": version_msg(version),
		"at": "/manifest/interoperability/fhir/version",
	}
}

deny contains finding if {
	lib.past_discovery
	is_object(fhir)
	not filled(object.get(fhir, "uk_core_version", null))
	finding := {
		"rule": "IOP-02",
		"msg": "`interoperability.fhir.uk_core_version` does not record which UK Core release the service follows",
		"at": "/manifest/interoperability/fhir/uk_core_version",
	}
}

# FHIR declared only as a standard: fhir-uk-core says R4 and UK Core; anything
# else (fhir-stu3, careconnect, plain fhir-r4) does not.
deny contains finding if {
	lib.past_discovery
	fhir == null
	not "fhir-uk-core" in standards
	some i, s in lib.array_at(["interoperability", "standards"])
	fhir_token(s)
	finding := {
		"rule": "IOP-02",
		"msg": sprintf("the service uses `%s`, not FHIR UK Core: use FHIR R4 with the UK Core profiles and record them in `interoperability.fhir`", [s]),
		"at": sprintf("/manifest/interoperability/standards/%d", [i]),
	}
}

# An API that speaks FHIR, with nothing saying which FHIR.
deny contains finding if {
	lib.past_discovery
	fhir == null
	not "fhir-uk-core" in standards
	not declares_fhir_standard
	some i, api in lib.array_at(["interoperability", "apis"])
	fhir_token(api.standard)
	finding := {
		"rule": "IOP-02",
		"msg": sprintf("API `%v` uses FHIR but `interoperability.fhir` does not record the FHIR version and UK Core release", [object.get(api, "name", i + 1)]),
		"at": sprintf("/manifest/interoperability/apis/%d/standard", [i]),
	}
}

version_msg(v) := "`interoperability.fhir.version` is not set: UK Core is built on FHIR R4" if v == null

version_msg(v) := sprintf("interoperability.fhir.version `%v` is not R4, the FHIR version UK Core is built on", [v]) if v != null

r4(v) if {
	is_string(v)
	upper(trim_space(v)) == "R4"
}

fhir_token(s) if startswith(normal(s), "fhir")

fhir_token(s) if startswith(normal(s), "careconnect")

declares_fhir_standard if {
	some s in lib.array_at(["interoperability", "standards"])
	fhir_token(s)
}

standards contains normal(s) if {
	some s in lib.array_at(["interoperability", "standards"])
	is_string(s)
}

normal(s) := replace(lower(trim_space(s)), " ", "-") if is_string(s)

filled(s) if {
	is_string(s)
	trim_space(s) != ""
}

# "2.0" written without quotes is read as a number.
filled(n) if is_number(n)
