//! The worker side of an isolated audit: a `wgll audit --serve` process
//! checks the repositories its parent sends, one at a time, and answers
//! each with its result.
//!
//! The protocol is one JSON line each way: the parent writes a repository's
//! path as a JSON string, the worker writes the [`RepoResult`] as a JSON
//! object. The worker first writes [`READY`], once its policies are
//! compiled, so that time is not counted against the first repository.
//! Whatever a repository does to the worker (a hang, an abort, memory
//! exhausted) ends only the worker; see [`super::isolate`].

use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::{AuditOptions, RepoResult, Status};
use crate::evaluate::Policies;
use crate::evaluate::metadata::MEASURES;
use crate::findings::{Finding, Summary};
use crate::maturity::MeasureScore;

/// A worker that reaches a repository whose path ends with this
/// environment variable's value aborts, as a defect not yet found would: the
/// isolation tests use it. It is read only by `wgll audit --serve`.
pub const ABORT_ON: &str = "WGLL_WORKER_ABORT_ON";

/// The line a worker writes when it is ready for requests.
pub const READY: &str = "\"ready\"";

/// One repository's result as it crosses between processes: [`RepoResult`]
/// with the measures keyed by owned names.
#[derive(Debug, Serialize, Deserialize)]
pub(super) struct Wire {
    name: String,
    path: String,
    rev: Option<String>,
    status: Status,
    error: Option<String>,
    findings: Vec<Finding>,
    summary: Summary,
    measures: BTreeMap<String, MeasureScore>,
    waivers: Option<usize>,
}

impl From<RepoResult> for Wire {
    fn from(r: RepoResult) -> Self {
        Self {
            name: r.name,
            path: r.path,
            rev: r.rev,
            status: r.status,
            error: r.error,
            findings: r.findings,
            summary: r.summary,
            measures: r
                .measures
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
            waivers: r.waivers,
        }
    }
}

impl From<Wire> for RepoResult {
    fn from(w: Wire) -> Self {
        Self {
            name: w.name,
            path: w.path,
            rev: w.rev,
            status: w.status,
            error: w.error,
            findings: w.findings,
            summary: w.summary,
            // A measure this build does not know is dropped: parent and
            // worker are the same executable, so there is none.
            measures: w
                .measures
                .into_iter()
                .filter_map(|(k, v)| MEASURES.iter().find(|m| **m == k).map(|m| (*m, v)))
                .collect(),
            waivers: w.waivers,
        }
    }
}

/// Serves check requests until the parent closes `requests`.
pub fn serve(
    requests: impl BufRead,
    mut answers: impl Write,
    policies: &Policies,
    options: &AuditOptions,
) -> std::io::Result<()> {
    let abort_on = std::env::var_os(ABORT_ON).filter(|v| !v.is_empty());
    answers.write_all(READY.as_bytes())?;
    answers.write_all(b"\n")?;
    answers.flush()?;
    for line in requests.lines() {
        let line = line?;
        let Ok(path) = serde_json::from_str::<PathBuf>(&line) else {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                "a request that is not a path",
            ));
        };
        if let Some(suffix) = &abort_on
            && path
                .as_os_str()
                .as_encoded_bytes()
                .ends_with(suffix.as_encoded_bytes())
        {
            std::process::abort();
        }
        let result = super::check_isolated(&path, policies, options);
        let json = serde_json::to_string(&Wire::from(result))
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
        answers.write_all(json.as_bytes())?;
        answers.write_all(b"\n")?;
        answers.flush()?;
    }
    Ok(())
}
