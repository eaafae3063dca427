//! `wgll adrs`: the decision log as wgll reads it, for a reviewer to check
//! against the records themselves.

use super::{Outcome, Target};
use crate::collect::Opened;
use crate::pipeline::{self, Options};
use crate::report::adrs::{self, LogFormat};

/// Reads the decision records (not the manifest) and renders the log.
pub fn run(target: &Target, options: &Options, format: LogFormat) -> miette::Result<Outcome> {
    let opened = Opened::open(&target.path, &target.mode)?;
    let read = pipeline::read(&opened, options, true)?;
    Ok(Outcome {
        stdout: adrs::render(&read.collected.input.adrs, format),
        exit: 0,
    })
}
