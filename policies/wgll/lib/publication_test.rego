package wgll.lib.publication_test

test_assurance_documents_are_told_by_name_and_format if {
	files := [
		"docs/security/PenTest-2025.PDF",
		"docs/IT-Health-Check summary.docx",
		"governance/data_protection_impact_assessment.md",
		"safety/hazard-log.xlsx",
		"docs/open-api.md",
		"src/pentest_tool.py",
		"pen-test/README.sh",
		"docs/dpia",
		"hazard_logs/index.html",
	]
	data.wgll.lib.assurance_documents == {
		"docs/security/PenTest-2025.PDF": "penetration test report",
		"docs/IT-Health-Check summary.docx": "penetration test report",
		"governance/data_protection_impact_assessment.md": "DPIA",
		"safety/hazard-log.xlsx": "hazard log",
	} with input as {"files": files}
}

test_a_name_that_names_two_kinds_is_the_first_kind if {
	data.wgll.lib.assurance_documents == {"docs/pentest-of-dpia-tool.pdf": "penetration test report"} with input as {"files": ["docs/pentest-of-dpia-tool.pdf"]}
}

test_no_files_no_documents if {
	count(data.wgll.lib.assurance_documents) == 0 with input as {"files": []}
}
