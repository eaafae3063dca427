//! `wgll input`: the input document policies see, for policy authors.

use miette::IntoDiagnostic;

use super::{Outcome, Target};
use crate::collect::Opened;
use crate::pipeline::{self, Options};

/// Prints the input document as pretty JSON.
pub fn run(target: &Target, options: &Options) -> miette::Result<Outcome> {
    let opened = Opened::open(&target.path, &target.mode)?;
    let read = pipeline::read(&opened, options, false)?;
    let mut stdout = serde_json::to_string_pretty(&read.collected.input).into_diagnostic()?;
    stdout.push('\n');
    Ok(Outcome { stdout, exit: 0 })
}
