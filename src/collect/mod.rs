//! Stage 1 of the pipeline: facts from a repository into the input document
//! (what policies see as `input`) plus the source map that ties each fact
//! back to its file and line.

pub mod adr;
pub mod error;
pub mod git;
pub mod source;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use git2::Repository;
use serde::Serialize;
use serde_json::Value;

use self::adr::Adr;
use self::error::{CollectError, caps, decode_text, yaml_error};
use self::git::GitFacts;
use self::source::{GitTree, RepoSource, WorkTree};
use crate::config::{Config, LOCAL_CONFIG, LOCAL_POLICIES};
use crate::date::Date;
use crate::evaluate::PolicyFile;
use crate::sourcemap::{NodeSpan, SourceMap};
use crate::yaml::{self, YamlLimits};

/// The version of the input document's shape; bumped on breaking changes.
pub const INPUT_VERSION: u32 = 1;

/// The ADR folders searched when `.adr-dir` names none.
pub const DEFAULT_ADR_DIRS: &[&str] = &[
    "docs/adr",
    "docs/adrs",
    "docs/decisions",
    "docs/architecture/decisions",
    "docs/architecture-decision-records",
    "doc/adr",
    "adr",
    "adrs",
    "decisions",
    "architecture/decisions",
    "architecture-decision-record",
    "architecture-decision-records",
];

/// The well-known YAML files read into `input.documents` (first spelling wins).
const DOCUMENTS: &[(&str, &[&str])] = &[
    (
        "catalog-info.yaml",
        &["catalog-info.yaml", "catalog-info.yml"],
    ),
    ("publiccode.yml", &["publiccode.yml", "publiccode.yaml"]),
    (
        ".github/dependabot.yml",
        &[".github/dependabot.yml", ".github/dependabot.yaml"],
    ),
];

/// Which state of the repository to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadMode {
    /// The files on disk.
    WorkTree,
    /// The git index: what the next commit will hold.
    Staged,
    /// A commit, from the object store.
    Rev(String),
}

/// What to collect and how.
#[derive(Debug, Clone)]
pub struct CollectOptions {
    /// The repository's root folder (a bare repository for `--rev`).
    pub path: PathBuf,
    /// Which state to read.
    pub mode: ReadMode,
    /// The manifest's repository-relative path (`--manifest`); else the
    /// config's `manifest`, else `wgll.yaml`.
    pub manifest: Option<String>,
    /// The evaluation date.
    pub today: Date,
    /// Read only the decision records (and the file list): `wgll adrs` needs
    /// no manifest, so a broken one must not stop it.
    pub only_decisions: bool,
    /// The organisation's configuration (`--config`), if any.
    pub org_config: Option<Config>,
    /// Whether to read the repository's own `.wgll/` (config and policies);
    /// `--no-local-config` turns it off.
    pub local_config: bool,
}

impl CollectOptions {
    /// Options for reading the working tree at `path` with no configuration.
    pub fn new(path: impl Into<PathBuf>, today: Date) -> Self {
        Self {
            path: path.into(),
            mode: ReadMode::WorkTree,
            manifest: None,
            today,
            only_decisions: false,
            org_config: None,
            local_config: true,
        }
    }
}

/// The input document policies see as `input`.
#[derive(Debug, Clone, Serialize)]
pub struct InputDocument {
    /// wgll's version and the input shape's version.
    pub wgll: Versions,
    /// The evaluation date, ISO.
    pub today: String,
    /// Name and git facts.
    pub repository: RepositoryFacts,
    /// The manifest's path.
    pub manifest_file: String,
    /// The manifest as JSON; null when absent.
    pub manifest: Value,
    /// Decision records, in file order.
    pub adrs: Vec<Adr>,
    /// Every file path, sorted.
    pub files: Vec<String>,
    /// Other well-known YAML documents, parsed.
    pub documents: BTreeMap<String, Value>,
}

/// `input.wgll`.
#[derive(Debug, Clone, Serialize)]
pub struct Versions {
    /// wgll's version.
    pub version: &'static str,
    /// [`INPUT_VERSION`].
    pub input_version: u32,
}

/// `input.repository`.
#[derive(Debug, Clone, Serialize)]
pub struct RepositoryFacts {
    /// The folder name (without `.git` for a bare repository).
    pub name: String,
    /// Null outside a git repository.
    pub git: Option<GitFacts>,
}

/// The result of collecting one repository.
#[derive(Debug, Clone)]
pub struct Collected {
    /// What policies see.
    pub input: InputDocument,
    /// The configuration in force: the organisation's with the repository's over it.
    pub config: Config,
    /// The repository's own policies (`.wgll/policies/`).
    pub local_policies: Vec<PolicyFile>,
    /// How many waivers the repository's own config records, whether or
    /// not it was applied (`None`: no readable `.wgll/config.yaml`).
    pub local_waivers: Option<usize>,
    /// Where each fact came from.
    pub sources: SourceMap,
    /// The checked folder's place in its git working tree (`services/a/`),
    /// empty at the root or outside git: what CI formats put before a file
    /// so code scanning and annotations find it from the repository root.
    pub in_repository: String,
    /// Files from outside the checked folder (an organisation's `--config`),
    /// as named in findings -> their path from the git repository's root,
    /// or as given when they lie outside it.
    pub outside: std::collections::BTreeMap<String, String>,
}

/// Reads a repository into an input document and source map.
pub fn collect(options: &CollectOptions) -> Result<Collected, CollectError> {
    let path = &options.path;
    if !path.is_dir() {
        return Err(CollectError::NoSuchPath {
            path: path.display().to_string(),
        });
    }
    let name = repository_name(path);
    match &options.mode {
        ReadMode::WorkTree => {
            let repo = open_if_any(path)?;
            // Its folder holds git's own files, not the project's: reading
            // them as a working tree would judge the wrong files.
            if repo.as_ref().is_some_and(|r| r.is_bare()) {
                return Err(CollectError::WrongMode {
                    message: "a bare repository has no working tree to check".into(),
                    help: "read a commit from it instead, for example with --rev HEAD".into(),
                });
            }
            let tree = WorkTree::open(path)?;
            let git = repo.as_ref().map(|r| GitContext {
                repo: r,
                rev: None,
                prefix: prefix_in(r, path),
            });
            build(&tree, git, name, options)
        }
        ReadMode::Staged => {
            let repo = open_required(path)?;
            if repo.is_bare() {
                return Err(CollectError::WrongMode {
                    message: "--staged needs a working tree, and a bare repository has none".into(),
                    help: "read a commit from it instead, for example with --rev HEAD".into(),
                });
            }
            let prefix = prefix_in(&repo, path);
            let tree = GitTree::staged(repo, &prefix)?;
            build(
                &tree,
                Some(GitContext {
                    repo: tree.repository(),
                    rev: None,
                    prefix,
                }),
                name,
                options,
            )
        }
        ReadMode::Rev(rev) => {
            let repo = open_required(path)?;
            let prefix = prefix_in(&repo, path);
            let tree = GitTree::at_rev(repo, rev, &prefix)?;
            build(
                &tree,
                Some(GitContext {
                    repo: tree.repository(),
                    rev: Some(rev),
                    prefix,
                }),
                name,
                options,
            )
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
    if path.join(".git").exists() {
        return Repository::open(path).map(Some).map_err(|e| {
            CollectError::git(
                format!("{}/.git is not a readable git repository", path.display()),
                &e,
            )
        });
    }
    Ok(Repository::discover(path).ok())
}

fn open_required(path: &Path) -> Result<Repository, CollectError> {
    Repository::open(path)
        .or_else(|_| Repository::discover(path))
        .map_err(|e| CollectError::git(format!("{} is not a git repository", path.display()), &e))
}

/// The repository a tree was read from, and where the checked folder sits in it.
struct GitContext<'a> {
    repo: &'a Repository,
    rev: Option<&'a str>,
    /// The checked folder's path inside the repository (`examples/x/`), or empty.
    prefix: String,
}

/// The checked folder's place inside the repository's working tree, as a
/// `/`-terminated prefix; empty at the root or in a bare repository.
fn prefix_in(repo: &Repository, path: &Path) -> String {
    let (Some(workdir), Ok(path)) = (
        repo.workdir().and_then(|w| w.canonicalize().ok()),
        path.canonicalize(),
    ) else {
        return String::new();
    };
    match path.strip_prefix(&workdir) {
        Ok(rel) if !rel.as_os_str().is_empty() => {
            format!("{}/", rel.to_string_lossy().replace('\\', "/"))
        }
        _ => String::new(),
    }
}

/// Collects from any [`RepoSource`] with no git facts: the entry point for
/// tests of the collectors on in-memory trees.
pub fn collect_from(
    tree: &dyn RepoSource,
    name: String,
    options: &CollectOptions,
) -> Result<Collected, CollectError> {
    build(tree, None, name, options)
}

fn build(
    tree: &dyn RepoSource,
    git: Option<GitContext<'_>>,
    name: String,
    options: &CollectOptions,
) -> Result<Collected, CollectError> {
    let mut sources = SourceMap::default();
    let (config, local_policies, local_waivers) = local_settings(tree, options, &mut sources)?;
    let manifest_path = options
        .manifest
        .as_deref()
        .or(config.manifest.as_deref())
        .unwrap_or("wgll.yaml")
        .trim_start_matches("./")
        .to_string();
    let manifest = if options.only_decisions {
        Value::Null
    } else {
        read_yaml(tree, &manifest_path, "/manifest", &mut sources)?.unwrap_or(Value::Null)
    };

    let mut documents = BTreeMap::new();
    let wanted_documents = if options.only_decisions {
        &[][..]
    } else {
        DOCUMENTS
    };
    for (key, spellings) in wanted_documents {
        for path in *spellings {
            if let Some(value) = read_yaml(
                tree,
                path,
                &format!("/documents/{}", crate::sourcemap::escape_pointer_token(key)),
                &mut sources,
            )? {
                documents.insert((*key).to_string(), value);
                break;
            }
        }
    }

    let mut adrs = Vec::new();
    for path in adr_files(tree, config.adr_dirs.as_deref())? {
        let Some(text) = read_text(tree, &path, caps::ADR)? else {
            continue;
        };
        let (adr, spans) = adr::parse(&path, &text)?;
        let file = sources.add_file(path.clone(), Arc::from(text));
        let prefix = format!("/adrs/{}", adrs.len());
        sources.insert_all(&prefix, file, 0, spans);
        adrs.push(adr);
    }

    let in_repository = git.as_ref().map(|g| g.prefix.clone()).unwrap_or_default();
    let workdir = git
        .as_ref()
        .and_then(|g| g.repo.workdir())
        .and_then(|w| w.canonicalize().ok());
    let outside = options
        .org_config
        .iter()
        .flat_map(|c| c.files.iter())
        .map(|(named, _)| {
            let from_root = workdir.as_ref().and_then(|w| {
                let rel = Path::new(named).canonicalize().ok()?;
                let rel = rel.strip_prefix(w).ok()?;
                Some(rel.to_string_lossy().replace('\\', "/"))
            });
            (named.clone(), from_root.unwrap_or_else(|| named.clone()))
        })
        .collect();
    let git_facts = match git {
        Some(GitContext { repo, rev, prefix }) => {
            let facts = git::facts(repo, rev)?;
            if let Some(start) = git::start_commit(repo, rev)? {
                let paths: Vec<String> =
                    adrs.iter().map(|a| format!("{prefix}{}", a.file)).collect();
                let changed = git::last_changed(repo, &start, &paths);
                for adr in &mut adrs {
                    adr.last_changed = changed.get(&format!("{prefix}{}", adr.file)).cloned();
                }
            }
            Some(facts)
        }
        None => None,
    };

    let input = InputDocument {
        wgll: Versions {
            version: env!("CARGO_PKG_VERSION"),
            input_version: INPUT_VERSION,
        },
        today: options.today.to_string(),
        repository: RepositoryFacts {
            name,
            git: git_facts,
        },
        manifest_file: manifest_path,
        manifest,
        adrs,
        files: tree.files().to_vec(),
        documents,
    };
    Ok(Collected {
        input,
        sources,
        config,
        local_policies,
        local_waivers,
        in_repository,
        outside,
    })
}

/// The configuration in force and the repository's own policies, read from
/// the same state of the repository as everything else.
fn local_settings(
    tree: &dyn RepoSource,
    options: &CollectOptions,
    sources: &mut SourceMap,
) -> Result<(Config, Vec<PolicyFile>, Option<usize>), CollectError> {
    let mut config = options.org_config.clone().unwrap_or_default();
    for (path, text) in &config.files {
        sources.add_file(path.clone(), Arc::from(text.as_str()));
    }
    let mut policies = Vec::new();
    let mut local_waivers = None;
    if !options.local_config {
        // Not applied, but an auditor is told how many waivers it records.
        if let Ok(Some(text)) = read_text(tree, LOCAL_CONFIG, caps::YAML) {
            local_waivers = crate::config::parse(LOCAL_CONFIG, &text)
                .ok()
                .map(|c| c.waivers.len());
        }
    } else {
        if let Some(text) = read_text(tree, LOCAL_CONFIG, caps::YAML)? {
            let local = crate::config::parse(LOCAL_CONFIG, &text)?;
            local_waivers = Some(local.waivers.len());
            sources.add_file(LOCAL_CONFIG, Arc::from(text.as_str()));
            config = config.merged(local);
        }
        let prefix = format!("{LOCAL_POLICIES}/");
        for path in tree.files() {
            let Some(rel) = path.strip_prefix(&prefix) else {
                continue;
            };
            let name = rel.rsplit('/').next().unwrap_or(rel);
            let wanted =
                name.ends_with(".rego") || matches!(name, "data.yaml" | "data.yml" | "data.json");
            if !wanted {
                continue;
            }
            if let Some(text) = read_text(tree, path, caps::YAML)? {
                policies.push(PolicyFile::new(path, rel, &text));
            }
        }
    }
    Ok((config, policies, local_waivers))
}

/// The ADR files: in the folder `.adr-dir` names, else in every default
/// folder that exists, in number order.
fn adr_files(
    tree: &dyn RepoSource,
    configured: Option<&[String]>,
) -> Result<Vec<String>, CollectError> {
    if let Some(dirs) = configured {
        return Ok(files_in(tree, dirs));
    }
    let named = read_text(tree, ".adr-dir", 4096)?
        .map(|t| {
            t.trim()
                .trim_start_matches("./")
                .trim_end_matches('/')
                .to_string()
        })
        .filter(|d| !d.is_empty());
    let dirs: Vec<String> = match named {
        Some(dir) => vec![dir],
        None => DEFAULT_ADR_DIRS.iter().map(|d| (*d).to_string()).collect(),
    };
    Ok(files_in(tree, &dirs))
}

/// The decision records in any of these folders, in number order.
fn files_in(tree: &dyn RepoSource, dirs: &[String]) -> Vec<String> {
    let mut files: Vec<String> = tree
        .files()
        .iter()
        .filter(|f| {
            dirs.iter().any(|d| {
                f.strip_prefix(d.as_str())
                    .is_some_and(|r| r.starts_with('/'))
            })
        })
        .filter(|f| adr::is_adr_file(f))
        .cloned()
        .collect();
    // The decision log's order: by the number in the file name, then path.
    files.sort_by_cached_key(|f| {
        let n = adr::number_from_file_name(f);
        (n.is_none(), n, f.clone())
    });
    files.dedup();
    files
}

/// Reads a text file, `None` when it does not exist.
fn read_text(tree: &dyn RepoSource, path: &str, cap: u64) -> Result<Option<String>, CollectError> {
    match tree.read(path, cap) {
        Ok(Some(bytes)) => decode_text(path, bytes).map(Some),
        Ok(None) => Ok(None),
        Err(problem) => Err(CollectError::read(path, problem, cap)),
    }
}

/// Reads and parses a YAML file, recording its spans under `prefix`.
fn read_yaml(
    tree: &dyn RepoSource,
    path: &str,
    prefix: &str,
    sources: &mut SourceMap,
) -> Result<Option<Value>, CollectError> {
    let Some(text) = read_text(tree, path, caps::YAML)? else {
        return Ok(None);
    };
    let doc =
        yaml::parse(&text, YamlLimits::default()).map_err(|e| yaml_error(path, &text, 0, e))?;
    let file = sources.add_file(path, Arc::from(text));
    sources.insert(
        prefix.to_string(),
        file,
        NodeSpan {
            value: 0..0,
            key: None,
        },
    );
    let spans = doc
        .spans
        .into_iter()
        .filter(|(p, _)| !p.is_empty())
        .collect();
    sources.insert_all(prefix, file, 0, spans);
    Ok(Some(doc.value))
}

#[cfg(test)]
mod tests {
    use super::source::MemoryTree;
    use super::*;

    fn options() -> CollectOptions {
        CollectOptions::new(
            ".",
            Date::new(2026, 11, 23).unwrap_or(Date {
                year: 2026,
                month: 1,
                day: 1,
            }),
        )
    }

    #[test]
    fn builds_the_input_document_from_a_tree() {
        let tree = MemoryTree::new([
            ("wgll.yaml", "wgll: 1\nhosting:\n  regions: [eu-west-2]\n"),
            (
                "docs/adr/0001-record.md",
                "# 1. Record decisions\n\n## Status\n\nAccepted\n",
            ),
            ("docs/adr/README.md", "# Index\n"),
            ("publiccode.yml", "name: x\n"),
        ]);
        let Ok(c) = build(&tree, None, "demo".into(), &options()) else {
            panic!()
        };
        assert_eq!(c.input.manifest["hosting"]["regions"][0], "eu-west-2");
        assert_eq!(c.input.adrs.len(), 1);
        assert_eq!(c.input.adrs[0].status.as_deref(), Some("accepted"));
        assert_eq!(c.input.documents["publiccode.yml"]["name"], "x");
        assert_eq!(c.input.today, "2026-11-23");
        let Some(at) = c.sources.locate("/manifest/hosting/regions/0") else {
            panic!()
        };
        assert_eq!(at.file.line_col(at.span.start), (3, 13));
        let Some(at) = c.sources.locate("/adrs/0/status") else {
            panic!()
        };
        assert_eq!(at.file.line_col(at.span.start), (5, 1));
    }

    #[test]
    fn a_missing_manifest_is_null_not_an_error() {
        let tree = MemoryTree::new([("README.md", "# x\n")]);
        let Ok(c) = build(&tree, None, "demo".into(), &options()) else {
            panic!()
        };
        assert_eq!(c.input.manifest, Value::Null);
    }

    #[test]
    fn follows_adr_dir() {
        let tree = MemoryTree::new([
            (".adr-dir", "architecture/records\n"),
            ("architecture/records/0001-a.md", "# 1. A\n"),
            ("docs/adr/0001-b.md", "# 1. B\n"),
        ]);
        let Ok(c) = build(&tree, None, "demo".into(), &options()) else {
            panic!()
        };
        let files: Vec<&str> = c.input.adrs.iter().map(|a| a.file.as_str()).collect();
        assert_eq!(files, vec!["architecture/records/0001-a.md"]);
    }

    #[test]
    fn malformed_manifest_is_located() {
        let tree = MemoryTree::new([("wgll.yaml", "a: 1\nb: [\n")]);
        let Err(CollectError::Yaml { path, .. }) = build(&tree, None, "demo".into(), &options())
        else {
            panic!()
        };
        assert_eq!(path, "wgll.yaml");
    }
}
