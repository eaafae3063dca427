//! `--format junit`: JUnit XML for CI test reports. One test suite per
//! repository and one test case per rule in the catalogue, so a passing rule
//! is a passing test; a rule's findings are its failure, a waived rule is
//! skipped.

use std::collections::BTreeMap;

use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};

use super::CheckReport;
use crate::findings::Finding;

fn place(report: &CheckReport<'_>, f: &Finding) -> String {
    match (&f.file, f.line) {
        (Some(file), Some(line)) => format!("{}:{line}", report.from_root(file)),
        (Some(file), None) => report.from_root(file),
        (None, _) => "(repository)".to_string(),
    }
}

fn line_of(report: &CheckReport<'_>, f: &Finding) -> String {
    let mut line = format!(
        "{}: {} [{}]",
        place(report, f),
        f.message,
        f.severity.as_str()
    );
    if let Some(w) = &f.waived {
        line.push_str(&format!(
            " (waived until {} by {}: {})",
            w.expires,
            w.approved_by,
            w.reason.trim()
        ));
    }
    line
}

fn status(report: &CheckReport<'_>, findings: &[&Finding]) -> TestCaseStatus {
    let open: Vec<&&Finding> = findings.iter().filter(|f| f.waived.is_none()).collect();
    if findings.is_empty() {
        return TestCaseStatus::success();
    }
    let body: Vec<String> = findings.iter().map(|f| line_of(report, f)).collect();
    if open.is_empty() {
        let mut skipped = TestCaseStatus::skipped();
        let reasons: Vec<String> = findings
            .iter()
            .filter_map(|f| f.waived.as_ref())
            .map(|w| format!("waived: {} (expires {})", w.reason.trim(), w.expires))
            .collect();
        skipped.set_message(reasons.join("; "));
        skipped.set_description(body.join("\n"));
        return skipped;
    }
    let mut failure = TestCaseStatus::non_success(NonSuccessKind::Failure);
    let worst = open
        .iter()
        .map(|f| f.severity)
        .max()
        .unwrap_or(crate::evaluate::metadata::Severity::Error);
    let first = open[0];
    // A finding with no file says so without doubling the brackets.
    let at = match first.file {
        Some(_) => format!(" ({})", place(report, first)),
        None => String::new(),
    };
    let message = if open.len() == 1 {
        format!("{}{at}", first.message)
    } else {
        format!("{}{at} and {} more", first.message, open.len() - 1)
    };
    failure.set_message(message);
    failure.set_type(worst.as_str());
    failure.set_description(body.join("\n"));
    failure
}

/// Renders the report as a JUnit XML document.
pub fn render(report: &CheckReport<'_>) -> String {
    let mut by_rule: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for f in report.findings {
        by_rule.entry(f.rule.as_str()).or_default().push(f);
    }
    let mut suite = TestSuite::new(report.repository);
    for (id, meta) in report.catalogue {
        let findings = by_rule.remove(id.as_str()).unwrap_or_default();
        let mut case = TestCase::new(format!("{id}: {}", meta.title), status(report, &findings));
        case.set_classname(meta.measure.as_deref().unwrap_or("wgll"));
        suite.add_test_case(case);
    }
    // Rules that reported but are not in the catalogue (conftest-style
    // string findings) still get a test case each.
    for (id, findings) in by_rule {
        let mut case = TestCase::new(id, status(report, &findings));
        case.set_classname("wgll");
        suite.add_test_case(case);
    }
    let mut junit = Report::new("wgll");
    junit.add_test_suite(suite);
    match junit.to_string() {
        Ok(mut text) => {
            if !text.ends_with('\n') {
                text.push('\n');
            }
            text
        }
        Err(e) => format!("<!-- could not write JUnit XML: {e} -->\n"),
    }
}
