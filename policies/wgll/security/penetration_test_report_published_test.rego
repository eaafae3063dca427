package wgll.security.penetration_test_report_published_test

import data.wgll.security.penetration_test_report_published as rule

inp(open_source, files) := {"today": "2026-11-23", "manifest": {"open_source": open_source}, "files": files}

test_fails_for_a_report_in_published_code if {
	findings := rule.deny with input as inp({"published": true}, ["README.md", "docs/security/Pentest-Report-2026.pdf"])
	count(findings) == 1
	some f in findings
	f.rule == "SEC-18"
	f.file == "docs/security/Pentest-Report-2026.pdf"
}

test_fails_for_an_it_health_check_in_code_coded_in_the_open if {
	some f in rule.deny with input as inp({"classification": "coded-in-the-open"}, ["assurance/ITHC_findings.xlsx"])
	f.file == "assurance/ITHC_findings.xlsx"
}

test_fails_when_a_publiccode_file_says_the_code_is_published if {
	some f in rule.deny with input as {"manifest": null, "files": ["docs/penetration-test-2026.md"], "observed": {"files": {"publiccode": {"file": "publiccode.yml"}}}}
	f.file == "docs/penetration-test-2026.md"
}

test_passes_for_a_summary_in_published_code if {
	count(rule.deny) == 0 with input as inp({"published": true}, ["docs/security/pentest-summary-2026.md", "docs/pen-test-attestation.pdf"])
}

test_passes_for_a_report_in_closed_code if {
	count(rule.deny) == 0 with input as inp({"published": false, "classification": "secured"}, ["docs/security/pentest-report.pdf"])
}

test_code_named_for_pen_testing_is_not_a_report if {
	count(rule.deny) == 0 with input as inp({"published": true}, ["scripts/pentest_setup.sh", "tools/pentest.py"])
}
