//! One evidence file read as YAML with the project's own reader, keeping the
//! span of every node so each fact is located; a file that is not valid
//! YAML is listed in `observed.unread` with the line of its error.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use serde_json::Value;

use super::Reader;
use crate::sourcemap::{NodeSpan, escape_pointer_token};
use crate::yaml::{self, YamlLimits};

/// A parsed YAML file.
pub(super) struct YamlFile {
    /// Its path.
    pub path: String,
    /// Its text.
    pub text: Arc<str>,
    /// The document as JSON.
    pub value: Value,
    spans: HashMap<String, NodeSpan>,
}

impl YamlFile {
    /// Reads and parses `path`; `None` when it is absent, unreadable or not
    /// YAML (the last two are listed in `observed.unread`).
    pub fn read(reader: &mut Reader<'_>, path: &str) -> Option<Self> {
        let text = reader.text(path)?;
        match yaml::parse(&text, YamlLimits::default()) {
            Ok(doc) => Some(Self {
                path: path.to_string(),
                value: doc.value,
                spans: doc.spans.into_iter().collect(),
                text,
            }),
            Err(err) => {
                let line = 1 + text
                    .get(..err.offset)
                    .map_or(0, |before| before.matches('\n').count());
                reader.unreadable(
                    path,
                    format!("not valid YAML (line {line}): {}", err.message),
                );
                None
            }
        }
    }

    /// Where the node at `pointer` is written: `key: value` for a mapping
    /// entry with a one-line value, else the key, else the value; the
    /// nearest written ancestor when the node itself is not.
    pub fn span(&self, pointer: &str) -> Range<usize> {
        let mut current = pointer;
        loop {
            if let Some(span) = self.spans.get(current) {
                return match &span.key {
                    Some(key) => {
                        let value = self.text.get(span.value.clone()).unwrap_or("");
                        if value.contains('\n') || span.value.end < key.start {
                            key.clone()
                        } else {
                            key.start..span.value.end
                        }
                    }
                    None => span.value.clone(),
                };
            }
            match current.rfind('/') {
                Some(cut) => current = &current[..cut],
                None => return 0..0,
            }
        }
    }

    /// The byte range of `needle` inside the node at `pointer` (the line of
    /// a script that runs a tool), searched from `from` bytes into the node
    /// and a bounded distance on, so a long script costs one pass; the
    /// node's own place when it is not found as written (a folded scalar).
    /// Returns where to search from next.
    pub fn find_in(&self, pointer: &str, needle: &str, from: usize) -> (Range<usize>, usize) {
        /// How far past the last line found the next is looked for.
        const WINDOW: usize = 16 * 1024;
        if let Some(span) = self.spans.get(pointer)
            && let Some(inside) = self.text.get(span.value.clone())
        {
            let mut end = from.saturating_add(WINDOW + needle.len()).min(inside.len());
            while !inside.is_char_boundary(end) {
                end -= 1;
            }
            if let Some(at) = inside.get(from..end).and_then(|w| w.find(needle)) {
                let start = span.value.start + from + at;
                return (start..start + needle.len(), from + at);
            }
        }
        (self.span(pointer), from)
    }
}

/// The JSON pointer of `key` under `parent`.
pub(super) fn child(parent: &str, key: &str) -> String {
    format!("{parent}/{}", escape_pointer_token(key))
}

/// A string field of a mapping.
pub(super) fn str_field<'v>(value: &'v Value, key: &str) -> Option<&'v str> {
    value.get(key).and_then(Value::as_str)
}

/// A string at a JSON pointer of a document.
pub(super) fn str_at<'v>(value: &'v Value, pointer: &str) -> Option<&'v str> {
    value.pointer(pointer).and_then(Value::as_str)
}
