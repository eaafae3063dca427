//! `wgll audit`: a portfolio checked with one compiled library, rendered as
//! the maturity matrix. Exit 0 when every repository was checked (findings
//! do not fail an audit: they are its result), 1 when any could not be.

use std::path::{Path, PathBuf};

use super::Outcome;
use crate::audit::baseline::Baseline;
use crate::audit::{self, AuditOptions, Status};
use crate::evaluate::Policies;
use crate::report::audit::{AuditFormat, AuditReport, render};

/// How this audit starts its worker processes: this executable with the
/// audit's own arguments, `--serve` next to the subcommand (after a `--` it
/// would be a path), and the date the audit resolved (a worker started after
/// midnight must judge the same day).
pub fn isolation(
    mut args: Vec<std::ffi::OsString>,
    today: crate::date::Date,
    repo_timeout: std::time::Duration,
    repo_memory: u64,
) -> miette::Result<audit::Isolation> {
    let at = args.iter().position(|a| a == "audit").map_or(0, |i| i + 1);
    args.insert(at, "--serve".into());
    let program = std::env::current_exe().map_err(|e| {
        miette::miette!(
            code = "wgll::audit::worker",
            "cannot find this executable to start audit workers ({e}); --in-process checks without them"
        )
    })?;
    Ok(audit::Isolation {
        program,
        args,
        env: vec![("WGLL_TODAY".into(), today.to_string().into())],
        repo_timeout,
        repo_memory,
    })
}

/// The digest of the organisation's configuration file, for the report's
/// provenance (it was read already; a file unreadable now has none).
pub fn config_digest(path: Option<&Path>) -> Option<String> {
    let bytes = std::fs::read(path?).ok()?;
    Some(audit::identity::digest([bytes]))
}

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
