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

/// A commit that changes more of the paths asked about than this at once is
/// a bulk edit (a reformat, a link fixed across the log): it says nothing
/// about any one record, so it is not taken as a record's last change.
pub const BULK_EDIT: usize = 10;

/// For each path, the date of the last commit (following first parents from
/// `start`) that changed it, passing over bulk edits ([`BULK_EDIT`]); a path
/// changed only in bulk edits has the oldest of them (most often the commit
/// that added the log). Paths never committed are left out, and so are
/// paths whose last change lies beyond a shallow clone's cut (unknown, not
/// guessed as the date of the cut).
///
/// One walk of the history: each commit's tree is compared with its
/// parent's only along the folders that hold a path still unanswered, and a
/// folder whose tree id did not change is not opened, so the cost follows
/// the history and the folders that changed, not paths times commits.
pub fn last_changed(
    repo: &Repository,
    start: &Commit<'_>,
    paths: &[String],
) -> BTreeMap<String, String> {
    let cuts = shallow_cuts(repo);
    let mut found = BTreeMap::new();
    // Walking back, a later insert is an older bulk edit.
    let mut bulk: BTreeMap<String, String> = BTreeMap::new();
    let mut pending = PathTrie::default();
    for path in paths {
        pending.insert(path);
    }
    let mut commit = start.clone();
    for _ in 0..HISTORY_LIMIT {
        if pending.is_empty() {
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
        if let Ok(here) = commit.tree() {
            let before = parent.as_ref().and_then(|p| p.tree().ok());
            let mut changed = Vec::new();
            pending.changed(repo, &here, before.as_ref(), &mut changed);
            if !changed.is_empty() {
                let date = Date::from_unix_seconds(commit.time().seconds()).to_string();
                let is_bulk = changed.len() > BULK_EDIT;
                for path in changed {
                    if is_bulk {
                        bulk.insert(path, date.clone());
                    } else {
                        pending.remove(&path);
                        found.insert(path, date.clone());
                    }
                }
            }
        }
        match parent {
            Some(p) => commit = p,
            None => break,
        }
    }
    for (path, date) in bulk {
        found.entry(path).or_insert(date);
    }
    found
}

/// The paths still waiting for their last change, as a tree of names, so
/// one commit is compared along shared folders once.
#[derive(Debug, Default)]
struct PathTrie {
    /// The full path when a path ends here.
    path: Option<String>,
    children: BTreeMap<String, PathTrie>,
}

impl PathTrie {
    fn insert(&mut self, path: &str) {
        let mut node = self;
        for name in path.split('/') {
            node = node.children.entry(name.to_string()).or_default();
        }
        node.path = Some(path.to_string());
    }

    fn is_empty(&self) -> bool {
        self.path.is_none() && self.children.is_empty()
    }

    /// Removes a path, and the folders left with nothing to wait for.
    fn remove(&mut self, path: &str) {
        fn go<'a>(node: &mut PathTrie, mut names: impl Iterator<Item = &'a str>) {
            match names.next() {
                None => node.path = None,
                Some(name) => {
                    if let Some(child) = node.children.get_mut(name) {
                        go(child, names);
                        if child.is_empty() {
                            node.children.remove(name);
                        }
                    }
                }
            }
        }
        go(self, path.split('/'));
    }

    /// The waiting paths under the folder `here` (in the commit) whose entry
    /// exists there and differs from the one in `before` (the parent's same
    /// folder, if it has one).
    fn changed(
        &self,
        repo: &Repository,
        here: &git2::Tree<'_>,
        before: Option<&git2::Tree<'_>>,
        out: &mut Vec<String>,
    ) {
        // A folder with the same tree id holds the same entries.
        if before.is_some_and(|b| b.id() == here.id()) {
            return;
        }
        for (name, child) in &self.children {
            let Some(entry) = here.get_name(name) else {
                continue;
            };
            let old = before.and_then(|b| b.get_name(name));
            let old_id = old.as_ref().map(git2::TreeEntry::id);
            if old_id == Some(entry.id()) {
                continue;
            }
            if let Some(path) = &child.path {
                out.push(path.clone());
            }
            if child.children.is_empty() {
                continue;
            }
            let as_tree = |e: &git2::TreeEntry<'_>| {
                (e.kind() == Some(git2::ObjectType::Tree))
                    .then(|| repo.find_tree(e.id()).ok())
                    .flatten()
            };
            let Some(sub) = as_tree(&entry) else {
                continue;
            };
            let old_sub = old.as_ref().and_then(as_tree);
            child.changed(repo, &sub, old_sub.as_ref(), out);
        }
    }
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

    /// Writes `files` (path -> content) as a tree and commits it at `secs`.
    fn commit<'r>(
        repo: &'r Repository,
        files: &BTreeMap<String, String>,
        secs: i64,
        parent: Option<&Commit<'r>>,
    ) -> Commit<'r> {
        fn tree(repo: &Repository, files: &[(&str, &str)]) -> Oid {
            let mut builder = repo.treebuilder(None).unwrap();
            let mut folders: BTreeMap<&str, Vec<(&str, &str)>> = BTreeMap::new();
            for (path, text) in files {
                match path.split_once('/') {
                    Some((folder, rest)) => folders.entry(folder).or_default().push((rest, text)),
                    None => {
                        let blob = repo.blob(text.as_bytes()).unwrap();
                        builder.insert(path, blob, 0o100_644).unwrap();
                    }
                }
            }
            for (folder, inner) in folders {
                builder
                    .insert(folder, tree(repo, &inner), 0o040_000)
                    .unwrap();
            }
            builder.write().unwrap()
        }
        let flat: Vec<(&str, &str)> = files
            .iter()
            .map(|(p, t)| (p.as_str(), t.as_str()))
            .collect();
        let tree = repo.find_tree(tree(repo, &flat)).unwrap();
        let who = git2::Signature::new("t", "t@example.org", &git2::Time::new(secs, 0)).unwrap();
        let parents: Vec<&Commit<'_>> = parent.into_iter().collect();
        let id = repo.commit(None, &who, &who, "c", &tree, &parents).unwrap();
        repo.find_commit(id).unwrap()
    }

    /// The per-path lookup the walk replaced: each path's entry in each
    /// commit and its parent, read as the reference for what it must find.
    fn looked_up_path_by_path(start: &Commit<'_>, paths: &[String]) -> BTreeMap<String, String> {
        let mut found = BTreeMap::new();
        let entry = |c: &Commit<'_>, path: &str| {
            c.tree()
                .ok()
                .and_then(|t| t.get_path(path.as_ref()).ok())
                .map(|e| e.id())
        };
        let mut commit = start.clone();
        loop {
            let parent = commit.parent(0).ok();
            for path in paths {
                let here = entry(&commit, path);
                if !found.contains_key(path)
                    && here.is_some()
                    && here != parent.as_ref().and_then(|p| entry(p, path))
                {
                    let date = Date::from_unix_seconds(commit.time().seconds()).to_string();
                    found.insert(path.clone(), date);
                }
            }
            match parent {
                Some(p) => commit = p,
                None => return found,
            }
        }
    }

    #[test]
    fn last_changed_agrees_with_looking_each_path_up_in_each_commit() {
        let dir = tempfile::tempdir().unwrap();
        let repo = Repository::init_bare(dir.path()).unwrap();
        let day = 86_400;
        let mut files = BTreeMap::new();
        let mut head: Option<Commit<'_>> = None;
        // A history that adds, edits, deletes and re-adds records, turns a
        // record into a folder and back, and commits without changes.
        let steps: Vec<Vec<(&str, Option<&str>)>> = vec![
            vec![("docs/adr/0001-a.md", Some("a")), ("README.md", Some("r"))],
            vec![
                ("docs/adr/0002-b.md", Some("b")),
                ("adr/0001-x.md", Some("x")),
            ],
            vec![("README.md", Some("r2"))],
            vec![],
            vec![
                ("docs/adr/0001-a.md", Some("a2")),
                ("docs/adr/0003-c.md", Some("c")),
            ],
            vec![("docs/adr/0002-b.md", None)],
            vec![
                ("adr/0001-x.md", None),
                ("adr/0001-x.md/inner.md", Some("i")),
            ],
            vec![
                ("docs/adr/0002-b.md", Some("b")),
                ("docs/other/n.md", Some("n")),
            ],
            vec![
                ("adr/0001-x.md/inner.md", None),
                ("adr/0001-x.md", Some("x")),
            ],
            vec![("docs/adr/0003-c.md", Some("c2"))],
        ];
        for (i, step) in steps.iter().enumerate() {
            for (path, text) in step {
                match text {
                    Some(t) => files.insert((*path).to_string(), (*t).to_string()),
                    None => files.remove(*path),
                };
            }
            let secs = 1_780_000_000 + i64::try_from(i).unwrap() * day;
            head = Some(commit(&repo, &files, secs, head.as_ref()));
        }
        let head = head.unwrap();
        let paths: Vec<String> = [
            "docs/adr/0001-a.md",
            "docs/adr/0002-b.md",
            "docs/adr/0003-c.md",
            "adr/0001-x.md",
            "adr/0001-x.md/inner.md",
            "docs/adr/0009-never.md",
            "README.md",
        ]
        .iter()
        .map(|p| (*p).to_string())
        .collect();
        let walked = last_changed(&repo, &head, &paths);
        assert_eq!(walked, looked_up_path_by_path(&head, &paths));
        assert_eq!(
            walked.get("docs/adr/0002-b.md").map(String::as_str),
            Some("2026-06-04")
        );
        assert_eq!(
            walked.get("adr/0001-x.md").map(String::as_str),
            Some("2026-06-05")
        );
        assert!(!walked.contains_key("docs/adr/0009-never.md"));
        // Every commit as a start agrees too.
        let mut commit = Some(head);
        while let Some(c) = commit {
            assert_eq!(
                last_changed(&repo, &c, &paths),
                looked_up_path_by_path(&c, &paths)
            );
            commit = c.parent(0).ok();
        }
    }

    #[test]
    fn a_bulk_edit_is_not_a_records_last_change() {
        let dir = tempfile::tempdir().unwrap();
        let repo = Repository::init_bare(dir.path()).unwrap();
        let day = 86_400;
        let paths: Vec<String> = (1..=12).map(|n| format!("docs/adr/{n:04}-x.md")).collect();
        let mut files: BTreeMap<String, String> =
            paths.iter().map(|p| (p.clone(), "a".to_string())).collect();
        let added = commit(&repo, &files, 1_780_000_000, None);
        files.insert(paths[0].clone(), "reviewed".to_string());
        let reviewed = commit(&repo, &files, 1_780_000_000 + day, Some(&added));
        for text in files.values_mut() {
            text.push_str(" reformatted");
        }
        let head = commit(&repo, &files, 1_780_000_000 + 2 * day, Some(&reviewed));
        let found = last_changed(&repo, &head, &paths);
        assert_eq!(found.get(&paths[0]).map(String::as_str), Some("2026-05-29"));
        assert_eq!(found.get(&paths[1]).map(String::as_str), Some("2026-05-28"));
        assert_eq!(found.len(), 12);
    }

    #[test]
    fn formats_commit_times_in_utc() {
        assert_eq!(iso_datetime(1_795_000_000), "2026-11-18T11:06:40Z");
    }
}
