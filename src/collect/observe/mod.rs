//! What the repository shows, beside what its manifest claims: facts read
//! from its own files (infrastructure as code, version files, workflows and
//! bots, security and ownership files), each with the place it came from, so
//! rules can judge a repository with no manifest and hold claims against the
//! code. `input.observed` in the input document; `docs/input.md` has its shape.
//!
//! Observers never guess: a value that cannot be read as written is recorded
//! as unresolved, with its place, and a file that cannot be read at all is
//! listed in `observed.unread` with the reason, for a rule to report; neither
//! stops the check, since evidence beside the manifest is many files, any of
//! which may be large or odd.

pub mod evidence;
pub mod files;
pub mod hosting;
pub mod licence;
pub mod practice;
pub mod versions;
mod yamlfile;

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::Arc;

use serde::Serialize;

use super::error::{CollectError, decode_text};
use super::source::{ReadProblem, RepoSource};
use crate::date::Date;
use crate::sourcemap::{NodeSpan, SourceMap};

/// The largest evidence file read (a Terraform module, a workflow): far
/// above real ones, small enough that a stray dump is not parsed.
pub const CAP: u64 = 512 * 1024;

/// `input.observed`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Observed {
    /// Where the files GitHub and reviewers look for are.
    pub files: files::KnownFiles,
    /// The regions the infrastructure code puts the service in.
    pub hosting: hosting::Hosting,
    /// Each repository file the manifest names, and whether it says
    /// anything (keyed by path).
    pub evidence: BTreeMap<String, evidence::Evidence>,
    /// Engineering practice: dependency bots, secret scanning, static
    /// analysis and dependency checks in hooks and CI.
    pub practice: practice::Practice,
    /// The package ecosystems present, by Dependabot's name, with where.
    pub ecosystems: practice::Ecosystems,
    /// The runtimes, tools and base images the repository pins, with their
    /// release cycle and end of life.
    pub components: Vec<versions::Component>,
    /// Evidence files that could not be read, and why.
    pub unread: Vec<Unread>,
}

/// An evidence file that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unread {
    /// Its path.
    pub file: String,
    /// Why (too large, not text, a broken link...).
    pub why: String,
}

/// Reads evidence files for the observers, each at most once, and records
/// where each observed fact came from in the source map.
pub struct Reader<'a> {
    tree: &'a dyn RepoSource,
    sources: &'a mut SourceMap,
    /// Path -> its index in the source map and its text; `None` when it
    /// could not be read.
    read: BTreeMap<String, Option<(usize, Arc<str>)>>,
    unread: Vec<Unread>,
}

impl<'a> Reader<'a> {
    /// A reader over `tree`, recording into `sources`.
    pub fn new(tree: &'a dyn RepoSource, sources: &'a mut SourceMap) -> Self {
        Self {
            tree,
            sources,
            read: BTreeMap::new(),
            unread: Vec::new(),
        }
    }

    /// Every file path in the repository, sorted.
    pub fn files(&self) -> &'a [String] {
        self.tree.files()
    }

    /// A file's text; `None` when it does not exist or cannot be read (the
    /// reason is kept for `observed.unread`).
    pub fn text(&mut self, path: &str) -> Option<Arc<str>> {
        if let Some(known) = self.read.get(path) {
            return known.as_ref().map(|(_, text)| text.clone());
        }
        let loaded = match self.tree.read(path, CAP) {
            Ok(Some(bytes)) => match decode_text(path, bytes) {
                Ok(text) => {
                    let text: Arc<str> = Arc::from(text);
                    let index = self.sources.add_file(path, text.clone());
                    Some((index, text))
                }
                Err(e) => {
                    self.unread.push(Unread {
                        file: path.to_string(),
                        why: e.to_string(),
                    });
                    None
                }
            },
            Ok(None) => None,
            Err(problem) => {
                self.unread.push(Unread {
                    file: path.to_string(),
                    why: describe(&problem),
                });
                None
            }
        };
        let text = loaded.as_ref().map(|(_, text)| text.clone());
        self.read.insert(path.to_string(), loaded);
        text
    }

    /// Records that the fact at `pointer` came from `span` of `path` (a file
    /// read through [`Reader::text`]; others are ignored).
    pub fn record(&mut self, pointer: String, path: &str, span: Range<usize>) {
        if let Some(Some((index, _))) = self.read.get(path) {
            let span = NodeSpan {
                value: span,
                key: None,
            };
            self.sources.insert(pointer, *index, span);
        }
    }

    /// Lists a file that was read but could not be understood (a workflow
    /// that is not valid YAML) in `observed.unread`, with why.
    pub fn unreadable(&mut self, path: &str, why: String) {
        self.unread.push(Unread {
            file: path.to_string(),
            why,
        });
    }

    /// The files that could not be read.
    pub fn into_unread(self) -> Vec<Unread> {
        self.unread
    }
}

fn describe(problem: &ReadProblem) -> String {
    match problem {
        ReadProblem::TooLarge { size } => {
            format!("larger than {} KiB ({} KiB)", CAP / 1024, size / 1024)
        }
        ReadProblem::NotAFile => "not a regular file".into(),
        ReadProblem::BrokenLink { target } => format!("a broken link to `{target}`"),
        ReadProblem::LinkLoop { target } => format!("a loop of links through `{target}`"),
        ReadProblem::Outside { target } => {
            format!("leads outside the repository, to `{target}`")
        }
        ReadProblem::Io(message) => message.clone(),
    }
}

/// Observes everything the repository shows; `manifest` (`null` when
/// there is none) names the evidence files to look into, and `today` is the
/// date support is judged on.
pub fn observe(
    tree: &dyn RepoSource,
    sources: &mut SourceMap,
    manifest: &serde_json::Value,
    today: Date,
) -> Result<Observed, CollectError> {
    let mut reader = Reader::new(tree, sources);
    let files = files::observe(&mut reader);
    let hosting = hosting::observe(&mut reader);
    let evidence = evidence::observe(&mut reader, manifest);
    let (practice, ecosystems) = practice::observe(&mut reader);
    let components = versions::observe(&mut reader, today);
    Ok(Observed {
        files,
        hosting,
        evidence,
        practice,
        ecosystems,
        components,
        unread: reader.into_unread(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::collect::source::MemoryTree;

    #[test]
    fn a_file_is_read_once_and_its_facts_are_located() {
        let tree = MemoryTree::new([("a.tf", "region = \"eu-west-2\"\n")]);
        let mut sources = SourceMap::default();
        let mut reader = Reader::new(&tree, &mut sources);
        assert!(reader.text("a.tf").is_some());
        assert!(reader.text("a.tf").is_some());
        assert!(reader.text("missing.tf").is_none());
        reader.record("/observed/x".into(), "a.tf", 9..20);
        assert!(reader.into_unread().is_empty());
        assert_eq!(sources.files().len(), 1);
        let Some(at) = sources.locate("/observed/x") else {
            panic!("located")
        };
        assert_eq!(at.file.line_col(at.span.start), (1, 10));
    }

    #[test]
    fn an_unreadable_file_is_listed_not_fatal() {
        let big = "x".repeat(CAP as usize + 1);
        let tree = MemoryTree::new([
            ("huge.tf", big.into_bytes()),
            ("binary.tf", vec![0xff, 0xfe, 0x00]),
        ]);
        let mut sources = SourceMap::default();
        let mut reader = Reader::new(&tree, &mut sources);
        assert!(reader.text("huge.tf").is_none());
        assert!(reader.text("binary.tf").is_none());
        let unread = reader.into_unread();
        assert_eq!(unread.len(), 2);
        assert!(unread[0].why.starts_with("larger than"), "{unread:?}");
    }
}
