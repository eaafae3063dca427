//! `wgll audit`: a portfolio checked with one compiled library, rendered as
//! the maturity matrix. Exit 0 when every repository was checked (findings
//! do not fail an audit: they are its result), 1 when any could not be.

use std::path::{Path, PathBuf};

use super::Outcome;
use crate::audit::baseline::Baseline;
use crate::audit::{self, AuditOptions, Status};
use crate::evaluate::Policies;
use crate::report::audit::{AuditFormat, AuditReport, render};

/// Audits the repositories and renders the result.
pub fn run(
    repos: &[PathBuf],
    policies: &Policies,
    options: &AuditOptions,
    format: AuditFormat,
    baseline: Option<&Path>,
    done: &(dyn Fn() + Sync),
) -> miette::Result<Outcome> {
    let baseline = match baseline {
        Some(path) => {
            let display = path.display().to_string();
            let unreadable =
                |e: String| miette::miette!(code = "wgll::audit::baseline", "{display}: {e}");
            let bytes =
                crate::collect::source::read_named(path, crate::collect::error::caps::BASELINE)
                    .map_err(unreadable)?;
            let text = String::from_utf8(bytes).map_err(|_| unreadable("not UTF-8 text".into()))?;
            Some(Baseline::parse(&display, &text)?)
        }
        None => None,
    };
    let audit = audit::run(repos, policies, options, done);
    let failed = audit.repositories.iter().any(|r| r.status == Status::Error);
    let report = AuditReport {
        audit: &audit,
        baseline: baseline.as_ref(),
    };
    Ok(Outcome {
        stdout: render(&report, format),
        exit: u8::from(failed),
    })
}
