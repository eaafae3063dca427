//! `wgll adrs`: the decision log as wgll reads it, for a reviewer to check
//! against the records themselves.

use super::Outcome;
use crate::collect::{CollectOptions, collect};
use crate::report::adrs::{self, LogFormat};

/// Reads the decision records (not the manifest) and renders the log.
pub fn run(options: &CollectOptions, format: LogFormat) -> miette::Result<Outcome> {
    let options = CollectOptions {
        only_decisions: true,
        ..options.clone()
    };
    let collected = collect(&options)?;
    Ok(Outcome {
        stdout: adrs::render(&collected.input.adrs, format),
        exit: 0,
    })
}
