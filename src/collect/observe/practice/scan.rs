//! Shell text read for the tools it runs, wherever it is written (a
//! workflow's `run:`, a hook's `entry`, a git hook file), following the
//! repository's own scripts it calls, so a step that runs
//! `./scripts/scan-secrets.sh` is credited with the gitleaks inside.

use std::collections::BTreeSet;
use std::ops::Range;

use super::super::Reader;
use super::super::yamlfile::YamlFile;
use super::{Found, Place, shell, tools};

/// How deep scripts calling scripts are followed.
const MAX_DEPTH: usize = 3;

/// Where a piece of shell text is written, to point at the line that runs
/// a tool.
pub(super) enum At<'y> {
    /// In the YAML node at the pointer (a `run:` block, a hook's `entry`).
    Node(&'y YamlFile, &'y str),
    /// A whole file, its text being the text read.
    File(&'y str),
    /// Within one span of a file (hk's `check = "..."` line).
    Span(&'y str, Range<usize>),
}

impl At<'_> {
    /// The place of an invocation; `cursor` keeps a search in a YAML node
    /// moving forward, so a long script is read in one pass.
    fn place(&self, invocation: &shell::Invocation<'_>, cursor: &mut usize) -> Place {
        match self {
            Self::Node(doc, pointer) => {
                let (span, next) = doc.find_in(pointer, invocation.line, *cursor);
                *cursor = next;
                Place::new(&doc.path, span)
            }
            Self::File(path) => Place::new(
                path,
                invocation.offset..invocation.offset + invocation.line.len(),
            ),
            Self::Span(path, span) => Place::new(path, span.clone()),
        }
    }
}

/// The reader and what is found, with the scripts and actions already
/// followed (each is read once, and a loop of calls ends).
pub(super) struct Scan<'r, 'a> {
    /// Reads the files.
    pub reader: &'r mut Reader<'a>,
    /// Collects the tools found.
    pub found: &'r mut Found,
    followed: BTreeSet<String>,
}

impl<'r, 'a> Scan<'r, 'a> {
    /// A scan reading through `reader`, collecting into `found`.
    pub fn new(reader: &'r mut Reader<'a>, found: &'r mut Found) -> Self {
        Self {
            reader,
            found,
            followed: BTreeSet::new(),
        }
    }

    /// Whether the repository holds `path`.
    pub fn exists(&self, path: &str) -> bool {
        self.reader
            .files()
            .binary_search_by(|f| f.as_str().cmp(path))
            .is_ok()
    }

    /// Marks `path` as followed; false when it already was.
    pub fn first_visit(&mut self, path: &str) -> bool {
        self.followed.insert(path.to_string())
    }

    /// Records each tool `text` runs, as `how`, and follows the scripts it
    /// runs; returns how many tools were found.
    pub fn shell(&mut self, text: &str, at: &At<'_>, how: &str, depth: usize) -> usize {
        let mut count = 0;
        let mut cursor = 0;
        // Commands on one line share its place: found once.
        let mut last: Option<(usize, Place)> = None;
        for invocation in shell::invocations(text) {
            if let Some((category, tool)) = tools::command(&invocation.program, &invocation.args) {
                let place = match &last {
                    Some((offset, place)) if *offset == invocation.offset => place.clone(),
                    _ => at.place(&invocation, &mut cursor),
                };
                last = Some((invocation.offset, place.clone()));
                self.found.tool(category, tool, how, place);
                count += 1;
            } else if let Some(script) = &invocation.script {
                count += self.script(script, depth + 1);
            }
        }
        count
    }

    /// Follows a script the repository holds.
    fn script(&mut self, written: &str, depth: usize) -> usize {
        let path = repo_path(written);
        if depth > MAX_DEPTH || !self.exists(&path) || !self.first_visit(&path) {
            return 0;
        }
        let Some(text) = self.reader.text(&path) else {
            return 0;
        };
        self.shell(&text, &At::File(&path), "script", depth)
    }
}

/// A script's path from the repository root, as a step or hook writes it.
pub(super) fn repo_path(written: &str) -> String {
    let mut path = written;
    for prefix in ["$GITHUB_WORKSPACE/", "${GITHUB_WORKSPACE}/", "./"] {
        path = path.strip_prefix(prefix).unwrap_or(path);
    }
    path.trim_start_matches("./").to_string()
}
