//! `wgll input`: the input document policies see, for policy authors.

use miette::IntoDiagnostic;

use super::Outcome;
use crate::collect::{CollectOptions, collect};

/// Prints the input document as pretty JSON.
pub fn run(options: &CollectOptions) -> miette::Result<Outcome> {
    let collected = collect(options)?;
    let mut stdout = serde_json::to_string_pretty(&collected.input).into_diagnostic()?;
    stdout.push('\n');
    Ok(Outcome { stdout, exit: 0 })
}
