//! The source map: for each JSON pointer into the input document that came
//! from a file, the file and byte span it came from.
//!
//! `collect` fills it; `report` uses it to turn a finding's `at` pointer into
//! a file, line and column. A pointer with no entry of its own (a field that
//! was never written) resolves to its nearest ancestor that has one, and says
//! so, so the diagnostic can label the parent and name what is missing.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::Arc;

/// Where a node came from in its file (byte ranges).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NodeSpan {
    /// The node's value.
    pub value: Range<usize>,
    /// The mapping key that names the node, when it has one.
    pub key: Option<Range<usize>>,
}

/// One file that contributed to the input document, with its text, so
/// diagnostics can quote it without reading the repository again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// Path relative to the repository root, `/`-separated.
    pub path: String,
    /// The file's text (valid UTF-8, checked when collected).
    pub text: Arc<str>,
    /// Where each line starts, built on the first [`SourceFile::line_col`]:
    /// counting from the top for every finding made locating 20,000 of them
    /// in one file take seconds.
    lines: LineIndex,
}

impl SourceFile {
    /// A file and its text.
    pub fn new(path: impl Into<String>, text: Arc<str>) -> Self {
        Self {
            path: path.into(),
            text,
            lines: LineIndex::default(),
        }
    }

    /// The 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(&self.text, offset);
        let starts = self.lines.0.get_or_init(|| line_starts(&self.text));
        // The last line starting at or before the offset.
        let line = starts.partition_point(|&start| start <= offset);
        let line_start = starts[line - 1];
        let column = self.text[line_start..offset].chars().count() + 1;
        (line, column)
    }
}

/// Byte offsets where lines start. YAML breaks lines at LF, CRLF and a lone
/// CR (old Mac files); they are counted the same way, or a CR-only file is
/// one long line.
fn line_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut starts = vec![0];
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            starts.push(i + 1);
        }
    }
    starts
}

/// A cache of line starts; two files are equal whatever their caches hold.
#[derive(Debug, Clone, Default)]
struct LineIndex(std::sync::OnceLock<Vec<usize>>);

impl PartialEq for LineIndex {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for LineIndex {}

fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    file: usize,
    span: NodeSpan,
}

/// The map from JSON pointers to the files and spans they came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceMap {
    files: Vec<SourceFile>,
    entries: BTreeMap<String, Entry>,
}

/// A pointer resolved to a place in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located<'a> {
    /// The file.
    pub file: &'a SourceFile,
    /// The byte range to label.
    pub span: Range<usize>,
    /// The pointer that had an entry: the one asked for, or its nearest ancestor.
    pub found: String,
    /// Whether `found` is the pointer asked for (false: the node is missing
    /// and an ancestor is labelled instead).
    pub exact: bool,
}

impl SourceMap {
    /// Adds a file and returns its index for [`SourceMap::insert`].
    pub fn add_file(&mut self, path: impl Into<String>, text: Arc<str>) -> usize {
        self.files.push(SourceFile::new(path, text));
        self.files.len() - 1
    }

    /// Records where `pointer` came from.
    pub fn insert(&mut self, pointer: String, file: usize, span: NodeSpan) {
        self.entries.insert(pointer, Entry { file, span });
    }

    /// Records every span of a parsed YAML document under a pointer prefix.
    pub fn insert_all(
        &mut self,
        prefix: &str,
        file: usize,
        base: usize,
        spans: Vec<(String, NodeSpan)>,
    ) {
        for (pointer, span) in spans {
            let shift = |r: Range<usize>| r.start + base..r.end + base;
            let span = NodeSpan {
                value: shift(span.value),
                key: span.key.map(shift),
            };
            self.insert(format!("{prefix}{pointer}"), file, span);
        }
    }

    /// The files, in the order they were added.
    pub fn files(&self) -> &[SourceFile] {
        &self.files
    }

    /// The file with this repository-relative path, if it was read.
    pub fn file(&self, path: &str) -> Option<&SourceFile> {
        self.files.iter().find(|f| f.path == path)
    }

    /// Resolves a pointer to a place, falling back to the nearest ancestor.
    ///
    /// For a collection the key is labelled (`hosting:` rather than the
    /// first line of its body); for a scalar, its value.
    pub fn locate(&self, pointer: &str) -> Option<Located<'_>> {
        let mut current = pointer;
        loop {
            if let Some(entry) = self.entries.get(current) {
                let exact = current == pointer;
                let file = self.files.get(entry.file)?;
                let span = match (&entry.span.key, exact) {
                    (Some(key), false) => key.clone(),
                    (Some(key), true) if is_collection_start(&file.text, &entry.span.value) => {
                        key.clone()
                    }
                    // The document itself (a whole top-level section is
                    // missing): its first content line, not a comment above it.
                    (None, false) if is_yaml(&file.path) => {
                        past_comments(&file.text, &entry.span.value)
                    }
                    _ => entry.span.value.clone(),
                };
                return Some(Located {
                    file,
                    span,
                    found: current.to_string(),
                    exact,
                });
            }
            let cut = current.rfind('/')?;
            current = &current[..cut];
        }
    }
}

/// Whether a file is a YAML document (where `#` starts a comment; in an
/// ADR it starts the title).
fn is_yaml(path: &str) -> bool {
    path.ends_with(".yaml") || path.ends_with(".yml")
}

/// `span` moved past the blank and comment lines it starts with, to its
/// first line of content (an empty span there).
fn past_comments(text: &str, span: &Range<usize>) -> Range<usize> {
    let mut at = span.start.min(text.len());
    for line in text[at..].split_inclusive('\n') {
        let content = line.trim_start();
        if !(content.is_empty() || content.starts_with('#') || content.starts_with("---")) {
            at += line.len() - content.len();
            break;
        }
        at += line.len();
    }
    // The document's own span may be empty (saphyr marks where it starts).
    let at = at.min(text.len());
    at..at
}

/// Whether a value span is the start of a block collection (an empty span, or
/// one that opens a nested mapping or list on later lines).
fn is_collection_start(text: &str, span: &Range<usize>) -> bool {
    let value = text.get(span.clone()).unwrap_or("");
    value.is_empty() || value.contains('\n')
}

/// Escapes one JSON pointer token (RFC 6901: `~` as `~0`, `/` as `~1`).
pub fn escape_pointer_token(token: &str) -> Cow<'_, str> {
    if token.contains(['~', '/']) {
        Cow::Owned(token.replace('~', "~0").replace('/', "~1"))
    } else {
        Cow::Borrowed(token)
    }
}

/// Unescapes one JSON pointer token.
pub fn unescape_pointer_token(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

use std::borrow::Cow;

#[cfg(test)]
mod tests {
    use super::*;

    fn map() -> SourceMap {
        let text: Arc<str> = Arc::from("hosting:\n  regions:\n    - eu-west-2\n");
        let mut map = SourceMap::default();
        let file = map.add_file("wgll.yaml", text);
        map.insert(
            "/manifest".into(),
            file,
            NodeSpan {
                value: 0..0,
                key: None,
            },
        );
        map.insert(
            "/manifest/hosting".into(),
            file,
            NodeSpan {
                value: 11..37,
                key: Some(0..7),
            },
        );
        map.insert(
            "/manifest/hosting/regions/0".into(),
            file,
            NodeSpan {
                value: 26..35,
                key: None,
            },
        );
        map
    }

    #[test]
    fn locates_an_exact_pointer() {
        let map = map();
        let Some(found) = map.locate("/manifest/hosting/regions/0") else {
            panic!()
        };
        assert!(found.exact);
        assert_eq!(found.file.line_col(found.span.start), (3, 7));
    }

    #[test]
    fn falls_back_to_the_nearest_ancestor_key() {
        let map = map();
        let Some(found) = map.locate("/manifest/hosting/exit_plan") else {
            panic!()
        };
        assert!(!found.exact);
        assert_eq!(found.found, "/manifest/hosting");
        assert_eq!(found.span, 0..7);
    }

    #[test]
    fn knows_nothing_outside_mapped_files() {
        assert_eq!(map().locate("/files/0"), None);
    }

    #[test]
    fn escapes_pointer_tokens_both_ways() {
        assert_eq!(escape_pointer_token("a/b~c"), "a~1b~0c");
        assert_eq!(unescape_pointer_token("a~1b~0c"), "a/b~c");
    }

    #[test]
    fn columns_count_characters() {
        let file = SourceFile::new("x", Arc::from("é: x\n"));
        assert_eq!(file.line_col(4), (1, 4));
    }

    #[test]
    fn a_missing_top_level_section_is_placed_at_the_first_content_line() {
        let text = "# comment\n\n# more\nwgll: 1\n";
        let mut map = SourceMap::default();
        let file = map.add_file("wgll.yaml", Arc::from(text));
        map.insert(
            "/manifest".into(),
            file,
            NodeSpan {
                value: 0..0,
                key: None,
            },
        );
        let found = map.locate("/manifest/security/mfa").unwrap();
        assert_eq!(found.file.line_col(found.span.start), (4, 1));
    }

    #[test]
    fn lines_break_at_lf_crlf_and_a_lone_cr() {
        for text in [
            "a: 1\nb: 2\nc: 3",
            "a: 1\r\nb: 2\r\nc: 3",
            "a: 1\rb: 2\rc: 3",
        ] {
            let file = SourceFile::new("x", Arc::from(text));
            let at = text.find("c:").unwrap() + 3;
            assert_eq!(file.line_col(at), (3, 4), "{text:?}");
        }
    }
}
