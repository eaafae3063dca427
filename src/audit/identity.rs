//! What identifies a repository in an audit, and what proves which code
//! was judged: its name (the remote's `owner/name`, else its path relative
//! to the audit's root, unique within the audit) and the commit read.
//!
//! Folder names alone collide: fetched mirrors are all called `repo`, and
//! two teams each have an `api`.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use sha2::{Digest, Sha256};

/// The commit read and the remote's `owner/name`, from git; `None` where
/// the folder is not a repository or has no such thing.
pub fn identify(path: &Path, rev: Option<&str>) -> (Option<String>, Option<String>) {
    let Ok(repo) = git2::Repository::open(path) else {
        return (None, None);
    };
    let commit = match rev {
        Some(rev) => repo.revparse_single(rev).and_then(|o| o.peel_to_commit()),
        None => repo.head().and_then(|h| h.peel_to_commit()),
    }
    .ok()
    .map(|c| c.id().to_string());
    let remote = repo
        .find_remote("origin")
        .ok()
        .and_then(|r| r.url().ok().and_then(owner_name));
    (commit, remote)
}

/// `owner/name` from a remote's URL (`https://host/owner/name.git`,
/// `git@host:owner/name`); `None` for a local path, which names a folder
/// on one machine, not a repository.
pub fn owner_name(url: &str) -> Option<String> {
    let rest = if let Some((_, rest)) = url.split_once("://") {
        rest.split_once('/')?.1
    } else {
        let (host, rest) = url.split_once(':')?;
        if host.contains('/') || host.len() < 2 {
            return None;
        }
        rest
    };
    let rest = rest.trim_end_matches('/');
    let rest = rest.strip_suffix(".git").unwrap_or(rest);
    let mut parts = rest.rsplit('/').filter(|p| !p.is_empty());
    let name = parts.next()?;
    let owner = parts.next()?;
    Some(format!("{owner}/{name}"))
}

/// The folder every repository of the audit is under (their deepest
/// common ancestor; for one repository, its parent).
pub fn root(paths: &[PathBuf]) -> PathBuf {
    let absolute: Vec<PathBuf> = paths
        .iter()
        .map(|p| std::path::absolute(p).unwrap_or_else(|_| p.clone()))
        .map(|p| normal(&p))
        .collect();
    let Some(first) = absolute.first() else {
        return PathBuf::new();
    };
    let mut root: Vec<Component<'_>> = first.components().collect();
    for p in &absolute[1..] {
        let common = root
            .iter()
            .zip(p.components())
            .take_while(|(a, b)| **a == *b)
            .count();
        root.truncate(common);
    }
    if absolute.len() == 1
        || absolute
            .iter()
            .any(|p| p.components().count() == root.len())
    {
        root.pop();
    }
    root.into_iter().collect()
}

/// A path without `.` and `..` parts (lexically: audit paths are folders
/// named by the user, not links to follow).
fn normal(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            c => {
                out.push(c);
            }
        }
    }
    out
}

/// A repository's path relative to the audit's root, with `/` separators.
pub fn relative(path: &Path, root: &Path) -> String {
    let absolute = normal(&std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()));
    let rel = absolute.strip_prefix(root).unwrap_or(&absolute);
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    // A bare clone's folder is `name.git`; the repository is `name`.
    if let Some(last) = parts.last_mut()
        && let Some(stem) = last.strip_suffix(".git").filter(|s| !s.is_empty())
    {
        *last = stem.to_string();
    }
    if parts.is_empty() {
        ".".into()
    } else {
        parts.join("/")
    }
}

/// Names for repositories from (remote `owner/name`, relative path) pairs:
/// the remote's name, else the path; where two share a name, each is
/// followed by its path in brackets, so every name in the audit is unique.
pub fn unique_names(ids: &[(Option<String>, String)]) -> Vec<String> {
    let base: Vec<&str> = ids
        .iter()
        .map(|(remote, rel)| remote.as_deref().unwrap_or(rel))
        .collect();
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for b in &base {
        *count.entry(b).or_default() += 1;
    }
    ids.iter()
        .zip(&base)
        .map(|((_, rel), b)| {
            if count[b] > 1 && b != rel {
                format!("{b} ({rel})")
            } else {
                (*b).to_string()
            }
        })
        .collect()
}

/// A SHA-256 digest as `sha256:` and its first 16 hex digits: enough to
/// tell two rule libraries or configurations apart in a report.
pub fn digest(parts: impl IntoIterator<Item = impl AsRef<[u8]>>) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        let bytes = part.as_ref();
        hasher.update((bytes.len() as u64).to_le_bytes());
        hasher.update(bytes);
    }
    let hex: String = hasher
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("sha256:{hex}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_from_the_remote_else_the_path_and_are_unique() {
        assert_eq!(
            owner_name("https://github.com/nhsdigital/api.git").as_deref(),
            Some("nhsdigital/api")
        );
        assert_eq!(
            owner_name("git@github.com:nhs/portal").as_deref(),
            Some("nhs/portal")
        );
        assert_eq!(owner_name("/srv/mirrors/repo"), None);
        assert_eq!(owner_name("../elsewhere/repo"), None);
        let names = unique_names(&[
            (None, "team-a/api".into()),
            (None, "team-b/api".into()),
            (Some("nhs/portal".into()), "m1/repo".into()),
            (Some("nhs/portal".into()), "m2/repo".into()),
            (Some("nhs/web".into()), "m3/repo".into()),
        ]);
        assert_eq!(
            names,
            [
                "team-a/api",
                "team-b/api",
                "nhs/portal (m1/repo)",
                "nhs/portal (m2/repo)",
                "nhs/web"
            ]
        );
    }

    #[test]
    fn the_root_is_the_deepest_common_folder() {
        let r = root(&[PathBuf::from("/a/b/x/repo"), PathBuf::from("/a/b/y/repo")]);
        assert_eq!(r, PathBuf::from("/a/b"));
        assert_eq!(relative(Path::new("/a/b/x/repo"), &r), "x/repo");
        assert_eq!(relative(Path::new("/a/b/x/api.git"), &r), "x/api");
        assert_eq!(root(&[PathBuf::from("/a/b/api")]), PathBuf::from("/a/b"));
        assert_eq!(
            root(&[PathBuf::from("/a/b"), PathBuf::from("/a/b/c")]),
            PathBuf::from("/a")
        );
    }
}
