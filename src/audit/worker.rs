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
    commit: Option<String>,
    remote: Option<String>,
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
            commit: r.commit,
            remote: r.remote,
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
            commit: w.commit,
            remote: w.remote,
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

/// A request: the path as a JSON string, or where it is not Unicode (a
/// file system may hold any bytes), its bytes as a JSON array.
pub(super) fn encode_path(path: &std::path::Path) -> String {
    match path.to_str() {
        Some(text) => serde_json::Value::from(text).to_string(),
        None => serde_json::Value::from(path.as_os_str().as_encoded_bytes().to_vec()).to_string(),
    }
}

fn decode_path(line: &str) -> Option<PathBuf> {
    match serde_json::from_str::<serde_json::Value>(line).ok()? {
        serde_json::Value::String(text) => Some(PathBuf::from(text)),
        serde_json::Value::Array(items) => {
            let bytes: Vec<u8> = items
                .iter()
                .map(|b| b.as_u64().and_then(|b| u8::try_from(b).ok()))
                .collect::<Option<_>>()?;
            path_from_bytes(bytes)
        }
        _ => None,
    }
}

#[cfg(unix)]
fn path_from_bytes(bytes: Vec<u8>) -> Option<PathBuf> {
    use std::os::unix::ffi::OsStringExt;
    Some(PathBuf::from(std::ffi::OsString::from_vec(bytes)))
}

#[cfg(not(unix))]
fn path_from_bytes(bytes: Vec<u8>) -> Option<PathBuf> {
    // Elsewhere only Unicode paths are sent as text; bytes can only be
    // valid UTF-8 here.
    String::from_utf8(bytes).ok().map(PathBuf::from)
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
        let Some(path) = decode_path(&line) else {
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
        let result = super::check_catching_panics(&path, policies, options);
        let json = serde_json::to_string(&Wire::from(result))
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
        answers.write_all(json.as_bytes())?;
        answers.write_all(b"\n")?;
        answers.flush()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_crosses_as_it_is_unicode_or_not() {
        let plain = std::path::Path::new("repos/a \"b\"/c");
        assert_eq!(decode_path(&encode_path(plain)).as_deref(), Some(plain));
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStrExt;
            let odd = std::path::Path::new(std::ffi::OsStr::from_bytes(b"repos/\xff\xfe"));
            assert_eq!(decode_path(&encode_path(odd)).as_deref(), Some(odd));
        }
        assert_eq!(decode_path("{}"), None);
        assert_eq!(decode_path("[256]"), None);
    }
}
