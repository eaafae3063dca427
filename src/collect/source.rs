//! Reading a repository's files in one of three ways: the working tree, the
//! git index (what a pre-commit hook must check) or a commit (no checkout;
//! bare repositories work). Collectors see only the [`RepoSource`] trait, so
//! they are tested on in-memory trees too.

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use git2::{ObjectType, Oid, Repository, TreeWalkMode, TreeWalkResult};

use super::error::CollectError;

/// Why one file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadProblem {
    /// Larger than the cap for its kind.
    TooLarge {
        /// Its size in bytes.
        size: u64,
    },
    /// A directory, socket, FIFO or device where a file was expected.
    NotAFile,
    /// A symbolic link whose target does not exist.
    BrokenLink {
        /// Where it points.
        target: String,
    },
    /// A symbolic link in a loop of links that never reaches a file.
    LinkLoop {
        /// Where it points.
        target: String,
    },
    /// A path, or a symbolic link, that leads outside the repository: what
    /// lies there is not the repository's evidence, and may be private.
    Outside {
        /// Where it leads.
        target: String,
    },
    /// The operating system or git refused (permissions, corrupt object).
    Io(String),
}

/// A repository's files, wherever they are read from.
pub trait RepoSource {
    /// Every file path: tracked or not ignored, sorted, `/`-separated, relative to the root.
    fn files(&self) -> &[String];

    /// Reads a file of at most `max` bytes. `Ok(None)` when no such file exists.
    fn read(&self, path: &str, max: u64) -> Result<Option<Vec<u8>>, ReadProblem>;
}

/// The working tree on disk, walked gitignore-aware (hidden folders such as
/// `.github/` included, `.git` excluded).
pub struct WorkTree {
    root: PathBuf,
    /// `root` with every link resolved, to tell whether a path stays inside.
    real_root: PathBuf,
    /// Whether each folder read from resolves inside the repository: asked
    /// once per folder, not once per file (1,000 ADRs share one folder).
    folders_inside: std::sync::Mutex<BTreeMap<PathBuf, bool>>,
    files: Vec<String>,
}

impl WorkTree {
    /// Walks the tree under `root`.
    pub fn open(root: &Path) -> Result<Self, CollectError> {
        let mut files = Vec::new();
        let walker = ignore::WalkBuilder::new(root)
            .hidden(false)
            .parents(false)
            .git_global(false)
            .require_git(false)
            .filter_entry(|e| e.file_name() != ".git")
            .build();
        for entry in walker {
            // An unreadable folder is left out of the list rather than failing
            // the run: a file we cannot see cannot be evidence either.
            let Ok(entry) = entry else { continue };
            let is_dir = entry.file_type().is_some_and(|t| t.is_dir());
            if is_dir || entry.depth() == 0 {
                continue;
            }
            let Ok(rel) = entry.path().strip_prefix(root) else {
                continue;
            };
            let Some(rel) = rel.to_str() else { continue };
            files.push(rel.replace(std::path::MAIN_SEPARATOR, "/"));
        }
        files.sort();
        Ok(Self {
            root: root.to_path_buf(),
            real_root: fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf()),
            folders_inside: std::sync::Mutex::default(),
            files,
        })
    }
}

impl RepoSource for WorkTree {
    fn files(&self) -> &[String] {
        &self.files
    }

    fn read(&self, path: &str, max: u64) -> Result<Option<Vec<u8>>, ReadProblem> {
        // A configured path (`manifest: ../../etc/passwd`) must not climb out.
        if Path::new(path).is_absolute()
            || Path::new(path)
                .components()
                .any(|c| matches!(c, std::path::Component::ParentDir))
        {
            return Err(ReadProblem::Outside {
                target: path.to_string(),
            });
        }
        let full = self.root.join(path);
        let link = match fs::symlink_metadata(&full) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(ReadProblem::Io(e.to_string())),
        };
        let meta = match fs::metadata(&full) {
            Ok(m) => m,
            Err(_) if link.file_type().is_symlink() => {
                let target = fs::read_link(&full).unwrap_or_default();
                // The target is there but cannot be followed: links in a loop.
                let next = full.parent().unwrap_or(&self.root).join(&target);
                if fs::symlink_metadata(&next).is_ok() {
                    return Err(ReadProblem::LinkLoop {
                        target: target.display().to_string(),
                    });
                }
                return Err(ReadProblem::BrokenLink {
                    target: target.display().to_string(),
                });
            }
            Err(e) => return Err(ReadProblem::Io(e.to_string())),
        };
        // A link out of the repository (to /etc/passwd, /proc/self/environ)
        // would put what lies there into the report.
        let outside = |path: &Path| {
            fs::canonicalize(path).is_ok_and(|real| !real.starts_with(&self.real_root))
        };
        let folder_outside = || {
            let Some(folder) = full.parent().filter(|p| *p != self.root.as_path()) else {
                return false;
            };
            let mut known = self
                .folders_inside
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            !*known
                .entry(folder.to_path_buf())
                .or_insert_with(|| !outside(folder))
        };
        if (link.file_type().is_symlink() && outside(&full)) || folder_outside() {
            return Err(ReadProblem::Outside {
                target: fs::read_link(&full)
                    .or_else(|_| fs::canonicalize(&full))
                    .unwrap_or_else(|_| full.clone())
                    .display()
                    .to_string(),
            });
        }
        // Never open a FIFO or device: reading one could block forever.
        if !meta.is_file() {
            return Err(ReadProblem::NotAFile);
        }
        if meta.len() > max {
            return Err(ReadProblem::TooLarge { size: meta.len() });
        }
        let file = fs::File::open(&full).map_err(|e| ReadProblem::Io(e.to_string()))?;
        let mut bytes = Vec::with_capacity(meta.len() as usize);
        // The file may grow between the stat and the read; the take keeps the cap.
        file.take(max + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| ReadProblem::Io(e.to_string()))?;
        if bytes.len() as u64 > max {
            return Err(ReadProblem::TooLarge {
                size: bytes.len() as u64,
            });
        }
        Ok(Some(bytes))
    }
}

/// Reads a file named on the command line (a config, a baseline, a list of
/// repositories), at most `max` bytes. It is a regular file, or a pipe the
/// shell has already opened (`<(...)`, `/dev/stdin`); a named pipe on disk
/// would block until something wrote to it, and a device or a kernel file
/// (`/proc/self/environ`) is not a file of the user's and would be quoted
/// back in an error.
pub fn read_named(path: &Path, max: u64) -> Result<Vec<u8>, String> {
    let meta = fs::metadata(path).map_err(|e| e.to_string())?;
    let open_pipe = is_open_pipe(&meta) && is_descriptor_path(path);
    if !meta.is_file() && !open_pipe {
        return Err(if meta.is_dir() {
            "it is a folder, not a file".into()
        } else {
            "it is not a regular file (a named pipe or a device)".into()
        });
    }
    let real = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    if meta.is_file() && (real.starts_with("/proc") || real.starts_with("/sys")) {
        return Err(
            "it is a kernel file under /proc or /sys, not a file to read settings from".into(),
        );
    }
    let file = fs::File::open(path).map_err(|e| e.to_string())?;
    let mut bytes = Vec::new();
    file.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() as u64 > max {
        return Err(format!("longer than the {max}-byte limit"));
    }
    Ok(bytes)
}

/// A pipe, which the shell's `<(...)` and a piped stdin are.
#[cfg(unix)]
fn is_open_pipe(meta: &fs::Metadata) -> bool {
    use std::os::unix::fs::FileTypeExt;
    meta.file_type().is_fifo()
}

#[cfg(not(unix))]
fn is_open_pipe(_: &fs::Metadata) -> bool {
    false
}

/// A path naming one of the process's open descriptors, as `<(...)` gives.
fn is_descriptor_path(path: &Path) -> bool {
    path == Path::new("/dev/stdin")
        || path.starts_with("/dev/fd")
        || path.starts_with("/proc/self/fd")
}

const SYMLINK_MODE: u32 = 0o120_000;

/// Files in git's object store: the entries of a commit's tree or of the index.
pub struct GitTree {
    repo: Repository,
    /// Path to (blob id, file mode).
    entries: BTreeMap<String, (Oid, u32)>,
    files: Vec<String>,
}

impl GitTree {
    /// The tree of the commit `rev` names.
    pub fn at_rev(repo: Repository, rev: &str, prefix: &str) -> Result<Self, CollectError> {
        let git_err =
            |e: git2::Error| CollectError::git(format!("cannot read revision `{rev}`"), &e);
        let tree = repo
            .revparse_single(rev)
            .and_then(|o| o.peel_to_commit())
            .and_then(|c| c.tree())
            .map_err(git_err)?;
        let mut entries = BTreeMap::new();
        tree.walk(TreeWalkMode::PreOrder, |dir, entry| {
            // A name that is not UTF-8 can be neither matched by a policy nor
            // reported, so it is left out, as the working tree and the index
            // leave it out: one odd file name must not fail a whole check.
            let Ok(name) = entry.name() else {
                // Not descended into either: git2 could not name what is inside.
                return TreeWalkResult::Skip;
            };
            if entry.kind() == Some(ObjectType::Blob) {
                entries.insert(
                    format!("{dir}{name}"),
                    (entry.id(), entry.filemode() as u32),
                );
            }
            TreeWalkResult::Ok
        })
        .map_err(git_err)?;
        drop(tree);
        Ok(Self::from_entries(repo, entries, prefix))
    }

    /// The staged state: the index as it would be committed.
    pub fn staged(repo: Repository, prefix: &str) -> Result<Self, CollectError> {
        let index = repo
            .index()
            .map_err(|e| CollectError::git("cannot read the git index", &e))?;
        let mut entries = BTreeMap::new();
        for entry in index.iter() {
            // Stage bits (conflicts) live in flags 12-13; keep stage 0 only.
            if (entry.flags >> 12) & 0b11 != 0 {
                continue;
            }
            if let Ok(path) = String::from_utf8(entry.path) {
                entries.insert(path, (entry.id, entry.mode));
            }
        }
        drop(index);
        Ok(Self::from_entries(repo, entries, prefix))
    }

    /// Keeps the entries under `prefix` (the checked folder inside the
    /// repository, `dir/` or empty), relative to it.
    fn from_entries(repo: Repository, entries: BTreeMap<String, (Oid, u32)>, prefix: &str) -> Self {
        let entries: BTreeMap<String, (Oid, u32)> = entries
            .into_iter()
            .filter_map(|(path, entry)| Some((path.strip_prefix(prefix)?.to_string(), entry)))
            .collect();
        let files = entries.keys().cloned().collect();
        Self {
            repo,
            entries,
            files,
        }
    }

    /// The repository the tree was read from (for git facts).
    pub fn repository(&self) -> &Repository {
        &self.repo
    }

    fn blob(&self, oid: Oid, max: u64) -> Result<Vec<u8>, ReadProblem> {
        let odb = self
            .repo
            .odb()
            .map_err(|e| ReadProblem::Io(e.message().to_string()))?;
        let (size, _) = odb
            .read_header(oid)
            .map_err(|e| ReadProblem::Io(e.message().to_string()))?;
        if size as u64 > max {
            return Err(ReadProblem::TooLarge { size: size as u64 });
        }
        // libgit2 would loop forever on a truncated loose blob.
        super::objects::check_loose_object(&self.repo.path().join("objects"), &oid.to_string())
            .map_err(|broken| ReadProblem::Io(format!("its git object {}", broken.reason)))?;
        let blob = self
            .repo
            .find_blob(oid)
            .map_err(|e| ReadProblem::Io(e.message().to_string()))?;
        Ok(blob.content().to_vec())
    }
}

impl RepoSource for GitTree {
    fn files(&self) -> &[String] {
        &self.files
    }

    fn read(&self, path: &str, max: u64) -> Result<Option<Vec<u8>>, ReadProblem> {
        let mut path = path.to_string();
        // Follow in-tree symbolic links a few hops; a link leaving the tree, or
        // to nothing, is a broken link in a commit whatever the disk holds.
        for _ in 0..8 {
            let Some(&(oid, mode)) = self.entries.get(&path) else {
                return Ok(None);
            };
            if mode != SYMLINK_MODE {
                return self.blob(oid, max).map(Some);
            }
            let target = String::from_utf8_lossy(&self.blob(oid, 4096)?).into_owned();
            let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
            match normalise(dir, &target) {
                Some(next) if self.entries.contains_key(&next) => path = next,
                Some(_) => return Err(ReadProblem::BrokenLink { target }),
                None => return Err(ReadProblem::Outside { target }),
            }
        }
        Err(ReadProblem::Io("too many levels of symbolic links".into()))
    }
}

/// Joins a link target (or a local module source) to its folder, resolving
/// `.` and `..`; `None` when it leaves the repository.
pub(crate) fn normalise(dir: &str, target: &str) -> Option<String> {
    if target.starts_with('/') {
        return None;
    }
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for part in target.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

/// An in-memory tree, for tests of the collectors.
#[derive(Debug, Default, Clone)]
pub struct MemoryTree {
    contents: BTreeMap<String, Vec<u8>>,
    files: Vec<String>,
}

impl MemoryTree {
    /// A tree holding these files.
    pub fn new<I, P, C>(files: I) -> Self
    where
        I: IntoIterator<Item = (P, C)>,
        P: Into<String>,
        C: Into<Vec<u8>>,
    {
        let contents: BTreeMap<String, Vec<u8>> = files
            .into_iter()
            .map(|(p, c)| (p.into(), c.into()))
            .collect();
        let files = contents.keys().cloned().collect();
        Self { contents, files }
    }
}

impl RepoSource for MemoryTree {
    fn files(&self) -> &[String] {
        &self.files
    }

    fn read(&self, path: &str, max: u64) -> Result<Option<Vec<u8>>, ReadProblem> {
        match self.contents.get(path) {
            Some(c) if c.len() as u64 > max => Err(ReadProblem::TooLarge {
                size: c.len() as u64,
            }),
            Some(c) => Ok(Some(c.clone())),
            None => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_link_targets_inside_the_tree() {
        assert_eq!(
            normalise("docs/adr", "../x.md").as_deref(),
            Some("docs/x.md")
        );
        assert_eq!(normalise("", "./a/b").as_deref(), Some("a/b"));
        assert_eq!(normalise("docs", "../../etc/passwd"), None);
        assert_eq!(normalise("docs", "/etc/passwd"), None);
    }

    #[test]
    fn memory_tree_enforces_the_cap() {
        let tree = MemoryTree::new([("a", "12345")]);
        assert_eq!(tree.read("a", 4), Err(ReadProblem::TooLarge { size: 5 }));
        assert_eq!(tree.read("b", 4), Ok(None));
    }
}
