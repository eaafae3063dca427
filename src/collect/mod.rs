//! Stage 1 of the pipeline: facts from a repository into the input document
//! (what policies see as `input`) plus the source map that ties each fact
//! back to its file and line.

pub mod adr;
pub mod error;
pub mod git;
pub mod objects;
pub mod observe;
pub mod open;
pub mod source;

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Serialize;
use serde_json::Value;

use self::adr::Adr;
use self::error::{CollectError, caps, decode_text, yaml_error};
use self::git::GitFacts;
pub use self::open::{Opened, Place, repository_name};
use self::source::RepoSource;
use crate::date::Date;
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

/// What to collect from an opened repository.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    /// The manifest's repository-relative path.
    pub manifest: &'a str,
    /// The ADR folders the configuration names, replacing discovery.
    pub adr_dirs: Option<&'a [String]>,
    /// The evaluation date.
    pub today: Date,
    /// Read only the decision records (and the file list): `wgll adrs` needs
    /// no manifest, so a broken one must not stop it.
    pub only_decisions: bool,
    /// The manifest was named on the command line: its absence is an error,
    /// not a repository without a manifest (a typo must not turn a check of
    /// the claims into a check of the evidence alone).
    pub manifest_required: bool,
}

impl<'a> Request<'a> {
    /// Everything, with the manifest at `manifest`.
    pub fn new(manifest: &'a str, today: Date) -> Self {
        Self {
            manifest,
            adr_dirs: None,
            today,
            only_decisions: false,
            manifest_required: false,
        }
    }
}

/// The manifest's path: as given (`--manifest`), else as configured, else
/// `wgll.yaml`.
pub fn manifest_path(given: Option<&str>, configured: Option<&str>) -> String {
    given
        .or(configured)
        .unwrap_or("wgll.yaml")
        .trim_start_matches("./")
        .to_string()
}

/// Refuses a manifest path that cannot name a file of the repository, by
/// its spelling and the tree's listing, so the working tree, the index and
/// a commit answer alike: reading first would print `.git/config` from a
/// working tree yet find "no manifest" in a commit.
fn check_manifest_path(tree: &dyn RepoSource, path: &str) -> Result<(), CollectError> {
    let refuse = |reason: &str| CollectError::ManifestPath {
        path: path.to_string(),
        reason: reason.to_string(),
    };
    if let Some(why) = crate::config::paths::outside_repository(path) {
        return Err(refuse(why));
    }
    let inside = format!("{}/", path.trim_end_matches('/'));
    if path.trim_matches('/').is_empty() || tree.files().iter().any(|f| f.starts_with(&inside)) {
        return Err(refuse("is a folder, not a file"));
    }
    Ok(())
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
    /// Every folder that holds a file, at any depth, sorted.
    pub folders: Vec<String>,
    /// Other well-known YAML documents, parsed.
    pub documents: BTreeMap<String, Value>,
    /// What the repository's own files show (see [`observe`]).
    pub observed: observe::Observed,
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

/// What collecting one repository yields: the input and where each of its
/// facts came from.
#[derive(Debug, Clone)]
pub struct Collected {
    /// What policies see.
    pub input: InputDocument,
    /// Where each fact came from.
    pub sources: SourceMap,
}

/// Reads an opened repository into an input document and source map.
pub fn collect(opened: &Opened, request: &Request<'_>) -> Result<Collected, CollectError> {
    let tree = opened.source();
    let mut sources = SourceMap::default();
    let manifest = if request.only_decisions {
        Value::Null
    } else {
        check_manifest_path(tree, request.manifest)?;
        match read_yaml(tree, request.manifest, "/manifest", &mut sources)? {
            Some(manifest) => manifest,
            None if request.manifest_required => {
                return Err(CollectError::ManifestPath {
                    path: request.manifest.to_string(),
                    reason: "is not in the repository".into(),
                });
            }
            None => Value::Null,
        }
    };

    let mut documents = BTreeMap::new();
    let wanted_documents = if request.only_decisions {
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
    for path in adr_files(tree, request.adr_dirs)? {
        let Some(text) = read_text(tree, &path, caps::ADR)? else {
            continue;
        };
        let (adr, spans) = adr::parse(&path, &text)?;
        if !adr::holds_a_record(&text, &adr) {
            continue;
        }
        let file = sources.add_file(path.clone(), Arc::from(text));
        let prefix = format!("/adrs/{}", adrs.len());
        sources.insert_all(&prefix, file, 0, spans);
        adrs.push(adr);
    }

    let observed = if request.only_decisions {
        observe::Observed::default()
    } else {
        observe::observe(tree, &mut sources, &manifest, request.today)?
    };

    let git_facts = match opened.git() {
        Some((repo, rev)) => {
            let facts = git::facts(repo, rev)?;
            if let Some(start) = git::start_commit(repo, rev)? {
                let prefix = &opened.place.prefix;
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
        today: request.today.to_string(),
        repository: RepositoryFacts {
            name: opened.name.clone(),
            git: git_facts,
        },
        manifest_file: request.manifest.to_string(),
        manifest,
        adrs,
        files: tree.files().to_vec(),
        folders: folders_of(tree.files()),
        documents,
        observed,
    };
    Ok(Collected { input, sources })
}

/// Every folder holding one of `files` (`docs`, `docs/adr`, ...), sorted:
/// worked out here once, because in Rego it costs a string join for every
/// prefix of every path on every evaluation.
fn folders_of(files: &[String]) -> Vec<String> {
    let mut folders = std::collections::BTreeSet::new();
    for file in files {
        let mut end = 0;
        while let Some(slash) = file[end..].find('/') {
            end += slash;
            folders.insert(&file[..end]);
            end += 1;
        }
    }
    folders.into_iter().map(str::to_string).collect()
}

/// The ADR files: in the folders configured, else the one `.adr-dir`
/// names, else in every default folder that exists; when none of those
/// holds a record, in every folder found by what it holds. Searching only
/// then keeps a site's published copy of `docs/adr` (a `_adrs/` collection
/// built from it) from being read as a second log. In number order.
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
    if let Some(dir) = named {
        return Ok(files_in(tree, &[dir]));
    }
    let defaults: Vec<String> = DEFAULT_ADR_DIRS.iter().map(|d| (*d).to_string()).collect();
    let found = files_in(tree, &defaults);
    if !found.is_empty() {
        return Ok(found);
    }
    let searched = adr::discover::found_by_content(tree, DEFAULT_ADR_DIRS);
    Ok(files_in(tree, &searched))
}

/// The decision records in any of these folders, in number order.
fn files_in(tree: &dyn RepoSource, dirs: &[String]) -> Vec<String> {
    let mut files: Vec<String> = tree
        .files()
        .iter()
        .filter(|f| {
            dirs.iter().any(|d| {
                // The root (``) holds the files not in any folder.
                if d.is_empty() {
                    !f.contains('/')
                } else {
                    f.strip_prefix(d.as_str())
                        .is_some_and(|r| r.starts_with('/'))
                }
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
pub(crate) fn read_text(
    tree: &dyn RepoSource,
    path: &str,
    cap: u64,
) -> Result<Option<String>, CollectError> {
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

    fn today() -> Date {
        Date::new(2026, 11, 23).unwrap_or(Date {
            year: 2026,
            month: 1,
            day: 1,
        })
    }

    fn collected(files: &[(&str, &str)]) -> Result<Collected, CollectError> {
        let opened = Opened::memory(MemoryTree::new(files.iter().copied()), "demo");
        collect(&opened, &Request::new("wgll.yaml", today()))
    }

    #[test]
    fn lists_every_folder_that_holds_a_file_once() {
        let files = [
            "README.md",
            "docs/adr/0001-a.md",
            "docs/adr/0002-b.md",
            "docs/x.md",
            "infra/env/prod/main.tf",
        ]
        .map(String::from);
        assert_eq!(
            folders_of(&files),
            ["docs", "docs/adr", "infra", "infra/env", "infra/env/prod"]
        );
    }

    #[test]
    fn builds_the_input_document_from_a_tree() {
        let Ok(c) = collected(&[
            ("wgll.yaml", "wgll: 1\nhosting:\n  regions: [eu-west-2]\n"),
            (
                "docs/adr/0001-record.md",
                "# 1. Record decisions\n\n## Status\n\nAccepted\n",
            ),
            ("docs/adr/README.md", "# Index\n"),
            ("publiccode.yml", "name: x\n"),
        ]) else {
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
        let Ok(c) = collected(&[("README.md", "# x\n")]) else {
            panic!()
        };
        assert_eq!(c.input.manifest, Value::Null);
    }

    #[test]
    fn follows_adr_dir() {
        let Ok(c) = collected(&[
            (".adr-dir", "architecture/records\n"),
            ("architecture/records/0001-a.md", "# 1. A\n"),
            ("docs/adr/0001-b.md", "# 1. B\n"),
        ]) else {
            panic!()
        };
        let files: Vec<&str> = c.input.adrs.iter().map(|a| a.file.as_str()).collect();
        assert_eq!(files, vec!["architecture/records/0001-a.md"]);
    }

    #[test]
    fn folders_are_searched_by_content_only_when_no_built_in_one_holds_records() {
        let record = "# 1. A\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n";
        let site = [
            ("site/_adrs/0001-a.md", record),
            ("site/_adrs/0002-b.md", record),
        ];
        let files = |tree: &[(&str, &str)]| -> Vec<String> {
            let Ok(c) = collected(tree) else { panic!() };
            c.input.adrs.into_iter().map(|a| a.file).collect()
        };
        assert_eq!(
            files(&site),
            ["site/_adrs/0001-a.md", "site/_adrs/0002-b.md"]
        );
        let both = [site[0], site[1], ("docs/adr/0001-a.md", record)];
        assert_eq!(
            files(&both),
            ["docs/adr/0001-a.md"],
            "the copy is not a second log"
        );
    }

    #[test]
    fn malformed_manifest_is_located() {
        let Err(CollectError::Yaml { path, .. }) = collected(&[("wgll.yaml", "a: 1\nb: [\n")])
        else {
            panic!()
        };
        assert_eq!(path, "wgll.yaml");
    }

    #[test]
    fn the_manifest_path_is_given_then_configured_then_the_default() {
        assert_eq!(manifest_path(Some("./a.yaml"), Some("b.yaml")), "a.yaml");
        assert_eq!(manifest_path(None, Some("b.yaml")), "b.yaml");
        assert_eq!(manifest_path(None, None), "wgll.yaml");
    }
}
