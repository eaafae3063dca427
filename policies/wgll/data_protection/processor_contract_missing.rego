# METADATA
# title: Each processor of personal data works under an Article 28 contract
# description: >-
#   A controller may use only processors that give sufficient guarantees,
#   and processing by a processor is governed by a contract that sets out
#   the subject matter, duration, nature and purpose of the processing, the
#   types of data, and the processor's obligations (UK GDPR Article 28(1)
#   and (3)). Each third party the manifest lists as processing the
#   service's personal data (`data_protection.processors`) names the
#   contract or data processing agreement that does this. Whether the
#   contract holds the Article 28(3) terms is for a reviewer.
# related_resources:
#   - ref: https://www.legislation.gov.uk/eur/2016/679/article/28
#     description: "UK GDPR Article 28(1) and (3): processors give sufficient guarantees; processing is governed by a contract"
#   - ref: https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/accountability-and-governance/contracts-and-liabilities-between-controllers-and-processors-multi/what-needs-to-be-included-in-the-contract/
#     description: "ICO, contracts between controllers and processors: what needs to be included in the contract"
# custom:
#   id: DP-11
#   severity: error
#   measure: safe_practice
#   kinds: [citizen-web, citizen-app, staff-app, api, data-pipeline]
#   tcop: [7, 11]
#   remediation: >-
#     Put a contract with the Article 28(3) terms in place with each
#     processor (the data processing agreement or schedule) and name it in
#     the processor's `contract` (a reference, path or address).
package wgll.data_protection.processor_contract_missing

import data.wgll.lib

filled(s) if {
	is_string(s)
	trim_space(s) != ""
}

deny contains finding if {
	lib.personal_data
	some i, processor in lib.array_at(["data_protection", "processors"])
	is_object(processor)
	not filled(object.get(processor, "contract", null))
	finding := {
		"rule": "DP-11",
		"msg": sprintf("processor %s handles the service's personal data but no Article 28 contract is named in its `contract`", [name(processor, i)]),
		"at": sprintf("/manifest/data_protection/processors/%d", [i]),
	}
}

name(processor, _) := sprintf("`%s`", [processor.name]) if is_string(processor.name)

name(processor, i) := sprintf("%d", [i]) if not is_string(processor.name)
