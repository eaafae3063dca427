//! `wgll check`: collect, evaluate, locate, report; exit 1 on findings at or
//! above the fail level.

use super::Outcome;
use crate::collect::{CollectOptions, collect};
use crate::evaluate::Policies;
use crate::evaluate::metadata::Severity;
use crate::findings;
use crate::report::human::Style;
use crate::report::{self, CheckReport};
use crate::waive;

/// The output formats `check` knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Annotated diagnostics for people.
    Human,
    /// The stable JSON shape for scripts.
    Json,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    Sarif,
    /// JUnit XML: one test case per rule, for CI test reports.
    Junit,
    /// GitHub workflow commands: one annotation per finding.
    Github,
    /// A Markdown summary, for pull-request comments and job summaries.
    Markdown,
}

/// What a check produced besides its main report: the text `main.rs` writes
/// to other places (`--sarif FILE`, `$GITHUB_STEP_SUMMARY`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    /// The report in the chosen format, and the exit code.
    pub outcome: Outcome,
    /// The Markdown summary (for `$GITHUB_STEP_SUMMARY`).
    pub summary: String,
    /// The SARIF report, when asked for beside the main one.
    pub sarif: Option<String>,
    /// Counts by severity, for `$GITHUB_OUTPUT`.
    pub counts: crate::findings::Summary,
}

/// Runs one check; `with_sarif` also renders SARIF beside the chosen format,
/// so one run can feed annotations and code scanning alike.
pub fn run(
    options: &CollectOptions,
    policies: &Policies,
    format: Format,
    fail_on: Severity,
    style: Style,
    with_sarif: bool,
) -> miette::Result<Checked> {
    let collected = collect(options)?;
    let policies = policies.configure(&collected.config, collected.local_policies.clone())?;
    let input = serde_json::to_value(&collected.input).map_err(|e| miette::miette!("{e}"))?;
    let raw = policies.evaluate(&input)?;
    let mut found = findings::locate(raw, policies.catalogue(), &collected.sources);
    waive::apply(
        &mut found,
        &collected.config.waivers,
        options.today,
        policies.catalogue(),
        &collected.sources,
    );
    let report = CheckReport {
        repository: &collected.input.repository.name,
        today: &collected.input.today,
        findings: &found,
        rules_run: policies.catalogue().len(),
        catalogue: policies.catalogue(),
        sources: &collected.sources,
        manifest_file: &collected.input.manifest_file,
        files: &collected.input.files,
        fail_on,
        in_repository: &collected.in_repository,
        outside: &collected.outside,
    };
    let stdout = match format {
        Format::Human => report::human::render(&report, style),
        Format::Json => report::json::render(&report),
        Format::Sarif => report::sarif::render(&report),
        Format::Junit => report::junit::render(&report),
        Format::Github => report::github::render(&report),
        Format::Markdown => report::markdown::render(&report),
    };
    Ok(Checked {
        outcome: Outcome {
            stdout,
            exit: u8::from(report.failed()),
        },
        summary: report::github::job_summary(&report),
        sarif: with_sarif.then(|| report::sarif::render(&report)),
        counts: report.summary(),
    })
}
