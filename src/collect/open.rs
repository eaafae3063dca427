//! Opening a repository for reading: which [`RepoSource`] (working tree,
//! index or commit), the git repository behind it, its name, and where the
//! checked folder sits in its git working tree. Every later stage reads the
//! repository through what this returns, so the configuration, the local
//! policies and the evidence all come from the same state.

use std::path::{Path, PathBuf};

use git2::Repository;

use super::ReadMode;
use super::error::CollectError;
use super::source::{GitTree, MemoryTree, RepoSource, WorkTree};

/// A repository opened in one read mode.
pub struct Opened {
    /// The repository's name: its folder's name, without a bare clone's `.git`.
    pub name: String,
    /// Where the checked folder sits in git.
    pub place: Place,
    tree: Tree,
}

/// Where a checked folder sits in its git repository: what CI formats need
/// to name files from the repository root.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Place {
    /// The folder's path inside the repository (`services/a/`), `/`-ended;
    /// empty at the root, in a bare repository or outside git.
    pub prefix: String,
    /// The git working tree's root, resolved; `None` outside git and for
    /// bare repositories.
    pub workdir: Option<PathBuf>,
}

enum Tree {
    Work {
        tree: WorkTree,
        repo: Option<Repository>,
    },
    Git {
        tree: GitTree,
        rev: Option<String>,
    },
    Memory(MemoryTree),
}

impl Opened {
    /// Opens the repository at `path` in `mode`.
    pub fn open(path: &Path, mode: &ReadMode) -> Result<Self, CollectError> {
        if !path.is_dir() {
            return Err(CollectError::NoSuchPath {
                path: path.display().to_string(),
            });
        }
        let name = repository_name(path);
        let (tree, place) = match mode {
            ReadMode::WorkTree => {
                let repo = open_if_any(path)?;
                // Its folder holds git's own files, not the project's: reading
                // them as a working tree would judge the wrong files.
                if repo.as_ref().is_some_and(Repository::is_bare) {
                    return Err(CollectError::WrongMode {
                        message: "a bare repository has no working tree to check".into(),
                        help: "read a commit from it instead, for example with --rev HEAD".into(),
                    });
                }
                let place = repo.as_ref().map(|r| place_of(r, path)).unwrap_or_default();
                let tree = WorkTree::open(path)?;
                (Tree::Work { tree, repo }, place)
            }
            ReadMode::Staged => {
                let repo = open_required(path)?;
                if repo.is_bare() {
                    return Err(CollectError::WrongMode {
                        message: "--staged needs a working tree, and a bare repository has none"
                            .into(),
                        help: "read a commit from it instead, for example with --rev HEAD".into(),
                    });
                }
                let place = place_of(&repo, path);
                let tree = GitTree::staged(repo, &place.prefix)?;
                (Tree::Git { tree, rev: None }, place)
            }
            ReadMode::Rev(rev) => {
                let repo = open_required(path)?;
                let place = place_of(&repo, path);
                let tree = GitTree::at_rev(repo, rev, &place.prefix)?;
                let rev = Some(rev.clone());
                (Tree::Git { tree, rev }, place)
            }
        };
        Ok(Self { name, place, tree })
    }

    /// An in-memory tree with no git behind it: what tests of the whole
    /// pipeline read.
    pub fn memory(tree: MemoryTree, name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            place: Place::default(),
            tree: Tree::Memory(tree),
        }
    }

    /// The files, as every stage reads them.
    pub fn source(&self) -> &dyn RepoSource {
        match &self.tree {
            Tree::Work { tree, .. } => tree,
            Tree::Git { tree, .. } => tree,
            Tree::Memory(tree) => tree,
        }
    }

    /// The git repository and the revision read (`None`: the working tree
    /// or the index), when there is one.
    pub fn git(&self) -> Option<(&Repository, Option<&str>)> {
        match &self.tree {
            Tree::Work { repo, .. } => repo.as_ref().map(|r| (r, None)),
            Tree::Git { tree, rev } => Some((tree.repository(), rev.as_deref())),
            Tree::Memory(_) => None,
        }
    }
}

/// The repository's name: its folder's name, without a bare clone's `.git`.
pub fn repository_name(path: &Path) -> String {
    let canonical = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    let name = canonical
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("repository");
    name.strip_suffix(".git").unwrap_or(name).to_string()
}

/// The repository at `path`, if the folder is one (or is inside one). A
/// `.git` that exists but cannot be opened is an error, not "no git".
fn open_if_any(path: &Path) -> Result<Option<Repository>, CollectError> {
    if is_git_folder(path) {
        return open_git_folder(path).map(Some);
    }
    if path.join(".git").exists() {
        let repo = Repository::open(path).map_err(|e| {
            CollectError::git(
                format!("{}/.git is not a readable git repository", path.display()),
                &e,
            )
        })?;
        return checked(repo).map(Some);
    }
    Repository::discover(path).ok().map(checked).transpose()
}

fn open_required(path: &Path) -> Result<Repository, CollectError> {
    if is_git_folder(path) {
        return open_git_folder(path);
    }
    let repo = Repository::open(path)
        .or_else(|_| Repository::discover(path))
        .map_err(|e| {
            CollectError::git(format!("{} is not a git repository", path.display()), &e)
        })?;
    checked(repo)
}

/// A git folder itself (a bare clone, a mirror, a backup of `.git`), told
/// by what is on disk: git's own test, which does not need the `config`
/// file that mirrors and backups may lack.
fn is_git_folder(path: &Path) -> bool {
    path.join("HEAD").is_file() && path.join("objects").is_dir() && path.join("refs").is_dir()
}

/// Opens a git folder as a bare repository; one git cannot open is an
/// error, never a folder of files to check.
fn open_git_folder(path: &Path) -> Result<Repository, CollectError> {
    let repo = Repository::open_bare(path).map_err(|e| {
        let why = if path.join("config").is_file() {
            String::new()
        } else {
            " (it has no `config` file)".to_string()
        };
        CollectError::git(
            format!(
                "{} is a git folder that cannot be opened{why}",
                path.display()
            ),
            &e,
        )
    })?;
    checked(repo)
}

/// The repository, once its loose objects are known to be whole: libgit2
/// would loop forever on a truncated one (see [`super::objects`]).
fn checked(repo: Repository) -> Result<Repository, CollectError> {
    match super::objects::check_loose_objects(&repo.path().join("objects")) {
        Ok(()) => Ok(repo),
        Err(broken) => Err(CollectError::Git {
            message: format!("the git object {} cannot be read", broken.path.display()),
            reason: broken.reason,
        }),
    }
}

/// The checked folder's place inside the repository's working tree.
fn place_of(repo: &Repository, path: &Path) -> Place {
    let workdir = repo.workdir().and_then(|w| w.canonicalize().ok());
    let prefix = match (&workdir, path.canonicalize()) {
        (Some(workdir), Ok(path)) => match path.strip_prefix(workdir) {
            Ok(rel) if !rel.as_os_str().is_empty() => {
                format!("{}/", rel.to_string_lossy().replace('\\', "/"))
            }
            _ => String::new(),
        },
        _ => String::new(),
    };
    Place { prefix, workdir }
}
