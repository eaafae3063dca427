//! Stage 3 of the pipeline: findings to human and machine formats. One
//! format, one file; every renderer takes the same [`CheckReport`] and
//! returns a string, so only `main.rs` writes to the terminal.

pub mod adrs;
pub mod audit;
pub mod human;
pub mod json;
pub mod rego_tests;
pub mod rules;

use crate::findings::{Finding, Summary};

/// Everything a renderer needs about one checked repository.
#[derive(Debug, Clone)]
pub struct CheckReport<'a> {
    /// The repository's name.
    pub repository: &'a str,
    /// The evaluation date.
    pub today: &'a str,
    /// Located, sorted findings.
    pub findings: &'a [Finding],
    /// How many rules ran.
    pub rules_run: usize,
    /// The rule catalogue (every rule that ran, with its metadata), for
    /// formats that list rules as well as results (SARIF, JUnit).
    pub catalogue: &'a std::collections::BTreeMap<String, crate::evaluate::metadata::RuleMeta>,
    /// The source map, for quoting lines.
    pub sources: &'a crate::sourcemap::SourceMap,
}

impl CheckReport<'_> {
    /// Counts by severity.
    pub fn summary(&self) -> Summary {
        Summary::of(self.findings)
    }
}
