//! The report of `wgll test`: one line per Rego unit test with its file and
//! line, the failures' errors, totals, and line coverage of the policies.

use crate::evaluate::unit::{FileCoverage, Outcome, RegoTest};

/// The results of one test run.
#[derive(Debug, Clone)]
pub struct TestReport {
    /// Each test with what it did, in file order.
    pub results: Vec<(RegoTest, Outcome)>,
    /// Coverage of each policy file under test.
    pub coverage: Vec<FileCoverage>,
    /// Coverage below this percentage fails the run.
    pub threshold: Option<f64>,
}

impl TestReport {
    /// Covered and coverable lines over all files.
    pub fn lines(&self) -> (usize, usize) {
        self.coverage.iter().fold((0, 0), |(c, t), f| {
            (
                c + f.covered.len(),
                t + f.covered.len() + f.not_covered.len(),
            )
        })
    }

    /// Percentage of coverable lines covered (100 when none are coverable).
    pub fn percent(&self) -> f64 {
        match self.lines() {
            (_, 0) => 100.0,
            (covered, total) => 100.0 * covered as f64 / total as f64,
        }
    }

    /// Whether the run passes: tests exist, all pass, coverage is enough.
    pub fn passed(&self) -> bool {
        !self.results.is_empty()
            && self.results.iter().all(|(_, o)| *o == Outcome::Passed)
            && self.threshold.is_none_or(|t| self.percent() >= t)
    }
}

/// Renders the report as text.
pub fn render(report: &TestReport) -> String {
    let mut out = String::new();
    let (mut passed, mut failed, mut errors) = (0, 0, 0);
    for (test, outcome) in &report.results {
        let word = match outcome {
            Outcome::Passed => {
                passed += 1;
                "PASS "
            }
            Outcome::Failed => {
                failed += 1;
                "FAIL "
            }
            Outcome::Error(_) => {
                errors += 1;
                "ERROR"
            }
        };
        out.push_str(&format!(
            "{word} {}:{} {}\n",
            test.file, test.line, test.name
        ));
        if let Outcome::Error(message) = outcome {
            for line in message.lines() {
                out.push_str(&format!("      {line}\n"));
            }
        }
    }
    if report.results.is_empty() {
        out.push_str("no tests found: a test is a rule named test_* in a *_test.rego file\n");
        return out;
    }
    out.push_str(&format!(
        "\n{} tests: {passed} passed, {failed} failed, {errors} errors\n",
        report.results.len()
    ));
    let (covered, total) = report.lines();
    out.push_str(&format!(
        "coverage: {:.1}% of policy lines ({covered} of {total}, {} files)\n",
        report.percent(),
        report.coverage.len()
    ));
    for file in report.coverage.iter().filter(|f| !f.not_covered.is_empty()) {
        let lines: Vec<String> = file.not_covered.iter().map(u32::to_string).collect();
        out.push_str(&format!("  {}: not run: {}\n", file.file, lines.join(", ")));
    }
    if let Some(threshold) = report.threshold
        && report.percent() < threshold
    {
        out.push_str(&format!(
            "coverage {:.1}% is below the threshold of {threshold}%\n",
            report.percent()
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn test(name: &str) -> RegoTest {
        RegoTest {
            package: "data.p_test".into(),
            name: name.into(),
            file: "p_test.rego".into(),
            line: 3,
        }
    }

    fn cover(covered: &[u32], not: &[u32]) -> FileCoverage {
        FileCoverage {
            file: "p.rego".into(),
            covered: covered.to_vec(),
            not_covered: not.to_vec(),
        }
    }

    #[test]
    fn a_failing_test_fails_the_run_and_is_named() {
        let report = TestReport {
            results: vec![
                (test("test_a"), Outcome::Passed),
                (test("test_b"), Outcome::Failed),
            ],
            coverage: vec![cover(&[1, 2, 3], &[4])],
            threshold: None,
        };
        assert!(!report.passed());
        let text = render(&report);
        assert!(text.contains("FAIL  p_test.rego:3 test_b"), "{text}");
        assert!(
            text.contains("coverage: 75.0% of policy lines (3 of 4, 1 files)"),
            "{text}"
        );
        assert!(text.contains("p.rego: not run: 4"), "{text}");
    }

    #[test]
    fn no_tests_is_not_a_pass() {
        let report = TestReport {
            results: Vec::new(),
            coverage: Vec::new(),
            threshold: None,
        };
        assert!(!report.passed());
    }

    #[test]
    fn coverage_under_the_threshold_fails() {
        let report = TestReport {
            results: vec![(test("test_a"), Outcome::Passed)],
            coverage: vec![cover(&[1], &[2])],
            threshold: Some(90.0),
        };
        assert!(!report.passed());
        assert!(render(&report).contains("below the threshold of 90%"));
    }
}
