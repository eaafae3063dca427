//! `wgll test [DIR...]`: the Rego unit tests (`test_*` rules), run as
//! `opa test` runs them, with line coverage of the policies under test.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::time::Duration;

use super::Outcome;
use crate::evaluate::error::PolicyError;
use crate::evaluate::{Policies, bundle};
use crate::report::rego_tests::{self, TestReport};

/// Runs the tests in `dirs` (the bundled library when none is given) and
/// fails (exit 1) on any failing test, on no tests at all, or on coverage
/// under `threshold` percent.
pub fn run(
    dirs: &[PathBuf],
    timeout: Duration,
    threshold: Option<f64>,
) -> Result<Outcome, PolicyError> {
    let under_test: BTreeSet<String> = if dirs.is_empty() {
        bundle::bundled().into_iter().map(|f| f.display).collect()
    } else {
        let mut names = BTreeSet::new();
        for dir in dirs {
            names.extend(bundle::from_dir(dir)?.into_iter().map(|f| f.display));
        }
        names
    };
    let mut policies = Policies::compile(&super::policy_files(dirs)?, true)?;
    policies.set_timeout(timeout);
    let tests: Vec<_> = policies
        .tests()
        .iter()
        .filter(|t| under_test.contains(&t.file))
        .cloned()
        .collect();
    let (outcomes, coverage) = policies.run_tests(&tests, |file| under_test.contains(file));
    let report = TestReport {
        results: tests.into_iter().zip(outcomes).collect(),
        coverage,
        threshold,
    };
    Ok(Outcome {
        stdout: rego_tests::render(&report),
        exit: u8::from(!report.passed()),
    })
}
