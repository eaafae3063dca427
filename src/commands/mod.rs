//! The command layer: each subcommand calls the [pipeline](crate::pipeline)
//! (or, for the catalogue and tests, the policies) and a renderer from
//! [`report`](crate::report), and returns what to print and the exit code.
//! Nothing here parses or renders.

pub mod adrs;
pub mod args;
pub mod audit;
pub mod check;
pub mod explain;
pub mod hook;
pub mod init;
pub mod input;
pub mod rules;
pub mod schema;
pub mod test;

use std::path::{Path, PathBuf};

use crate::collect::ReadMode;
use crate::date::Date;
use crate::evaluate::bundle;
use crate::evaluate::error::PolicyError;
use crate::evaluate::{Policies, PolicyFile};

/// What a command produced: text for stdout and the process exit code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Text for standard output.
    pub stdout: String,
    /// 0: passed; 1: findings at or above the fail level.
    pub exit: u8,
}

/// Which repository to read, and in which state.
#[derive(Debug, Clone)]
pub struct Target {
    /// The repository's folder (a bare repository for `--rev`).
    pub path: PathBuf,
    /// The working tree, the index or a commit.
    pub mode: ReadMode,
}

/// How to read the repository, from `--staged` / `--rev`.
pub fn read_mode(staged: bool, rev: Option<String>) -> ReadMode {
    match (staged, rev) {
        (_, Some(rev)) => ReadMode::Rev(rev),
        (true, None) => ReadMode::Staged,
        (false, None) => ReadMode::WorkTree,
    }
}

/// The evaluation date: `--today`, else the system clock's UTC date.
pub fn today(given: Option<Date>) -> Date {
    given.unwrap_or_else(Date::today_utc)
}

/// The bundled library with each `--policy` folder laid over it, compiled.
pub fn load_policies(dirs: &[PathBuf], with_tests: bool) -> Result<Policies, PolicyError> {
    Policies::compile(&policy_files(dirs)?, with_tests)
}

/// The bundled library's files with each folder's laid over them.
pub fn policy_files(dirs: &[PathBuf]) -> Result<Vec<PolicyFile>, PolicyError> {
    let mut extra = Vec::new();
    for dir in dirs {
        extra.extend(bundle::from_dir(dir)?);
    }
    bundle::overlay(bundle::bundled(), extra)
}

/// The first folder on the way from `base` to `rel` that is a symbolic
/// link, as `rel`'s prefix. A command that writes into a repository
/// follows none: a committed `docs -> /etc` would otherwise have it write
/// wherever the link leads, outside the repository.
pub fn linked_folder(base: &Path, rel: &Path) -> Option<PathBuf> {
    let mut prefix = PathBuf::new();
    for part in rel.components() {
        prefix.push(part);
        if base
            .join(&prefix)
            .symlink_metadata()
            .is_ok_and(|m| m.is_symlink())
        {
            return Some(prefix);
        }
    }
    None
}
