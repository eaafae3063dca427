package wgll.lib.evidence_test

import data.wgll.lib

test_owned_evidence_is_matched_by_its_dotted_path if {
	lib.owned_evidence(["security", "vulnerability_disclosure"])
	lib.owned_evidence(["data_protection", "dpia", "document"])
	not lib.owned_evidence(["governance", "clinical_engagement"])
}

test_a_missing_document_is_reported_under_the_rule_given if {
	findings := lib.evidence_findings("CS-04", ["clinical_safety", "hazard_log"]) with input as {
		"manifest": {"clinical_safety": {"hazard_log": "docs/hazard-log.md"}},
		"files": ["README.md"], "folders": [],
	}
	count(findings) == 1
	some f in findings
	f.rule == "CS-04"
	f.at == "/manifest/clinical_safety/hazard_log"
	contains(f.msg, "`docs/hazard-log.md`, which is not in the repository")
}

test_a_hollow_document_is_reported if {
	some f in lib.evidence_findings("CS-04", ["clinical_safety", "hazard_log"]) with input as {
		"manifest": {"clinical_safety": {"hazard_log": "./docs/hazard-log.md"}},
		"files": ["docs/hazard-log.md"], "folders": ["docs"],
		"observed": {"evidence": {"docs/hazard-log.md": {"hollow": true}}},
	}
	contains(f.msg, "holds nothing but headings or placeholders")
}

test_a_document_that_says_something_a_folder_or_an_address_is_quiet if {
	count(lib.evidence_findings("CS-04", ["clinical_safety", "hazard_log"])) == 0 with input as {
		"manifest": {"clinical_safety": {"hazard_log": "docs/hazard-log.md"}},
		"files": ["docs/hazard-log.md"], "folders": ["docs"],
		"observed": {"evidence": {"docs/hazard-log.md": {"hollow": false}}},
	}
	count(lib.evidence_findings("CS-04", ["clinical_safety", "hazard_log"])) == 0 with input as {
		"manifest": {"clinical_safety": {"hazard_log": "docs/clinical-safety/"}},
		"files": ["docs/clinical-safety/log.md"], "folders": ["docs", "docs/clinical-safety"],
	}
	count(lib.evidence_findings("CS-04", ["clinical_safety", "hazard_log"])) == 0 with input as {
		"manifest": {"clinical_safety": {"hazard_log": "https://nhs.example/hazard-log"}},
		"files": [], "folders": [],
	}
}

test_absent_fields_and_no_manifest_are_quiet if {
	count(lib.evidence_findings("CS-04", ["clinical_safety", "hazard_log"])) == 0 with input as {"manifest": {}, "files": []}
	count(lib.evidence_findings("CS-04", ["clinical_safety", "hazard_log"])) == 0 with input as {"manifest": null, "files": []}
}

test_a_field_no_rule_owns_is_left_to_wl_07 if {
	count(lib.evidence_findings("WL-03", ["governance", "clinical_engagement"])) == 0 with input as {
		"manifest": {"governance": {"clinical_engagement": "docs/x.md"}},
		"files": [], "folders": [],
	}
}
