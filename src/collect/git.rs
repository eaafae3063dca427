//! Git facts for `input.repository.git` and each ADR's `last_changed`, read
//! through git2 from the commit being checked (HEAD, or `--rev`).

use std::collections::{BTreeMap, HashSet};

use git2::{Commit, Oid, Repository};
use serde::Serialize;

use super::error::CollectError;
use crate::date::Date;

/// How far back `last_changed` looks before giving up (a portfolio audit
/// must not stall on one repository with a very long history).
const HISTORY_LIMIT: usize = 20_000;

/// What the input document says about the repository's git state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GitFacts {
    /// The commit checked (for `--staged` and the working tree: HEAD); null before the first commit.
    pub head: Option<String>,
    /// The branch HEAD is on, or the branch `--rev` named; null when detached.
    pub branch: Option<String>,
    /// The URL of `origin` (else the first remote), with any credentials removed.
    pub remote: Option<String>,
    /// When the checked commit was made, ISO 8601 UTC.
    pub last_commit: Option<String>,
    /// Commits reachable from the checked commit; null in a shallow clone, where the count would be wrong.
    pub commits: Option<u64>,
    /// Whether this is a shallow clone (history cut short).
    pub shallow: bool,
}

/// Reads the facts for the commit `rev` names, or HEAD.
pub fn facts(repo: &Repository, rev: Option<&str>) -> Result<GitFacts, CollectError> {
    let shallow = repo.is_shallow();
    let commit = start_commit(repo, rev)?;
    let branch = match rev {
        Some(rev) => repo
            .find_branch(rev, git2::BranchType::Local)
            .ok()
            .and_then(|b| b.name().ok().flatten().map(str::to_string)),
        None => repo
            .head()
            .ok()
            .filter(git2::Reference::is_branch)
            .and_then(|h| h.shorthand().ok().map(str::to_string)),
    };
    let commits = match (&commit, shallow) {
        (Some(c), false) => Some(count_commits(repo, c.id())?),
        _ => None,
    };
    Ok(GitFacts {
        head: commit.as_ref().map(|c| c.id().to_string()),
        branch,
        remote: remote_url(repo),
        last_commit: commit.as_ref().map(|c| iso_datetime(c.time().seconds())),
        commits,
        shallow,
    })
}

/// The commit to read: `rev`, or HEAD (`None` before the first commit).
pub fn start_commit<'r>(
    repo: &'r Repository,
    rev: Option<&str>,
) -> Result<Option<Commit<'r>>, CollectError> {
    match rev {
        Some(rev) => repo
            .revparse_single(rev)
            .and_then(|o| o.peel_to_commit())
            .map(Some)
            .map_err(|e| CollectError::git(format!("cannot read revision `{rev}`"), &e)),
        None => match repo.head() {
            Ok(head) => head
                .peel_to_commit()
                .map(Some)
                .map_err(|e| CollectError::git("cannot read HEAD", &e)),
            Err(e)
                if e.code() == git2::ErrorCode::UnbornBranch
                    || e.code() == git2::ErrorCode::NotFound =>
            {
                Ok(None)
            }
            Err(e) => Err(CollectError::git("cannot read HEAD", &e)),
        },
    }
}

fn count_commits(repo: &Repository, from: Oid) -> Result<u64, CollectError> {
    let err = |e: git2::Error| CollectError::git("cannot walk the history", &e);
    let mut walk = repo.revwalk().map_err(err)?;
    walk.push(from).map_err(err)?;
    let mut count = 0;
    for oid in walk {
        oid.map_err(err)?;
        count += 1;
    }
    Ok(count)
}

fn remote_url(repo: &Repository) -> Option<String> {
    let remote = repo.find_remote("origin").ok().or_else(|| {
        let names = repo.remotes().ok()?;
        let first = names.iter().flatten().flatten().next()?.to_string();
        repo.find_remote(&first).ok()
    })?;
    remote.url().ok().map(strip_credentials)
}

/// Removes `user:token@` from an https URL and redacts secret query values
/// (`?token=`): tokens must never reach a report.
fn strip_credentials(url: &str) -> String {
    if let Some((scheme, rest)) = url.split_once("://") {
        let host_start = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        if let Some(at) = rest[..host_start].rfind('@') {
            let url = format!("{scheme}://{}", &rest[at + 1..]);
            return crate::redact::credentials(&url).into_owned();
        }
    }
    crate::redact::credentials(url).into_owned()
}

/// Seconds since the epoch as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn iso_datetime(secs: i64) -> String {
    let day = secs.rem_euclid(86_400);
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        Date::from_unix_seconds(secs),
        day / 3600,
        day % 3600 / 60,
        day % 60
    )
}

/// The commits a shallow clone was cut at, or `None` when the history is
/// whole. Their parents are not in the repository, so a file such a commit
/// holds may have changed there or long before.
fn shallow_cuts(repo: &Repository) -> Option<HashSet<Oid>> {
    use std::io::Read;
    if !repo.is_shallow() {
        return None;
    }
    let mut text = String::new();
    if let Ok(file) = std::fs::File::open(repo.path().join("shallow")) {
        // One id per cut; a cap keeps a hostile file from being read whole.
        let _ = file.take(1 << 20).read_to_string(&mut text);
    }
    Some(
        text.lines()
            .filter_map(|line| Oid::from_str(line.trim()).ok())
            .collect(),
    )
}

/// For each path, the date of the last commit (following first parents from
/// `start`) that changed it. Paths never committed are left out, and so are
/// paths whose last change lies beyond a shallow clone's cut (unknown, not
/// guessed as the date of the cut).
pub fn last_changed(
    repo: &Repository,
    start: &Commit<'_>,
    paths: &[String],
) -> BTreeMap<String, String> {
    let cuts = shallow_cuts(repo);
    let mut found = BTreeMap::new();
    let mut remaining: Vec<&String> = paths.iter().collect();
    let mut commit = start.clone();
    let entry_id = |c: &Commit<'_>, path: &str| {
        c.tree()
            .ok()
            .and_then(|t| t.get_path(path.as_ref()).ok())
            .map(|e| e.id())
    };
    for _ in 0..HISTORY_LIMIT {
        if remaining.is_empty() {
            break;
        }
        let parent = commit.parent(0).ok();
        let cut = match &cuts {
            // libgit2 may show a cut commit without parents, or with a
            // parent it cannot find; an unreadable list makes every
            // parentless commit a possible cut.
            Some(cuts) => {
                (parent.is_none() && commit.parent_count() > 0)
                    || (commit.parent_count() == 0
                        && (cuts.is_empty() || cuts.contains(&commit.id())))
            }
            None => false,
        };
        if cut {
            break;
        }
        let date = Date::from_unix_seconds(commit.time().seconds()).to_string();
        remaining.retain(|path| {
            let here = entry_id(&commit, path);
            let before = parent.as_ref().and_then(|p| entry_id(p, path));
            if here.is_some() && here != before {
                found.insert((*path).clone(), date.clone());
                false
            } else {
                true
            }
        });
        match parent {
            Some(p) => commit = p,
            None => break,
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_tokens_from_remote_urls() {
        assert_eq!(
            strip_credentials("https://x:ghp_secret@github.com/o/r.git"),
            "https://github.com/o/r.git"
        );
        assert_eq!(
            strip_credentials("git@github.com:o/r.git"),
            "git@github.com:o/r.git"
        );
        assert_eq!(
            strip_credentials("https://github.com/o/a@b"),
            "https://github.com/o/a@b"
        );
        assert_eq!(
            strip_credentials("https://user:pass@host?token=abc"),
            "https://host?token=***"
        );
        assert_eq!(
            strip_credentials("https://h/o/r.git?access_token=abc&ref=main"),
            "https://h/o/r.git?access_token=***&ref=main"
        );
    }

    #[test]
    fn formats_commit_times_in_utc() {
        assert_eq!(iso_datetime(1_795_000_000), "2026-11-18T11:06:40Z");
    }
}
