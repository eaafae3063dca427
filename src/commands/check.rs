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
}

/// Runs one check.
pub fn run(
    options: &CollectOptions,
    policies: &Policies,
    format: Format,
    fail_on: Severity,
    style: Style,
) -> miette::Result<Outcome> {
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
    };
    let stdout = match format {
        Format::Human => report::human::render(&report, style),
        Format::Json => report::json::render(&report),
    };
    let failed = found
        .iter()
        .any(|f| f.waived.is_none() && f.severity >= fail_on);
    Ok(Outcome {
        stdout,
        exit: u8::from(failed),
    })
}
