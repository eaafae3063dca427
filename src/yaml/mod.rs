//! YAML to JSON with a byte span for every node, for the manifest, ADR front
//! matter, config files and the well-known documents.
//!
//! We drive saphyr's event parser ourselves instead of its document loader so
//! that hostile input is stopped where it is found: nesting deeper than a
//! limit, alias expansion past a node budget (the "billion laughs"), duplicate
//! keys and non-scalar keys each become a located error, never a crash.
//!
//! Merge keys (`<<: *defaults`, from YAML 1.1 and still what docker-compose,
//! GitLab CI and GitHub Actions accept) are honoured, so a manifest that
//! shares a block through an anchor reads as the reader meant it.
//!
//! The parts: `receiver` builds JSON and spans from parser events,
//! `merge` handles merge keys, `limits` holds the caps, `offsets` turns
//! character indices into byte offsets and `error` says what went wrong.

mod error;
mod limits;
mod merge;
mod offsets;
mod receiver;

use saphyr_parser::Parser;
use serde_json::Value;

pub use self::error::YamlError;
pub use self::limits::YamlLimits;
use self::offsets::CharOffsets;
use self::receiver::Receiver;
use crate::sourcemap::NodeSpan;

/// A parsed YAML document: its JSON value and, for each JSON pointer relative
/// to the document root (`""` is the root), the byte spans it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct YamlDoc {
    /// The document as JSON (`null` for an empty document).
    pub value: Value,
    /// Spans keyed by JSON pointer relative to the document root.
    pub spans: Vec<(String, NodeSpan)>,
}

/// Parses one YAML document into JSON plus spans.
pub fn parse(text: &str, limits: YamlLimits) -> Result<YamlDoc, YamlError> {
    // YAML 1.2 allows no control character but tab, line breaks and NEL
    // anywhere in a stream; saphyr lets them through plain scalars, from
    // where an ESC would reach a terminal or CI log as it is.
    let forbidden = |c: char| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{85}');
    if let Some((offset, c)) = text.char_indices().find(|&(_, c)| forbidden(c)) {
        return Err(YamlError {
            message: format!(
                "control character U+{:04X} is not allowed in YAML; write it as an escape in a double-quoted string (\"\\e\", \"\\x07\")",
                c as u32
            ),
            offset,
            related: None,
        });
    }
    let offsets = CharOffsets::new(text);
    let mut receiver = Receiver::new(limits, &offsets);
    let scanned = Parser::new_from_str(text).load(&mut receiver, true);
    // The receiver stops at the first shape it refuses; that error names the
    // real place even when the scanner went on to fail further down.
    let doc = receiver.finish()?;
    match scanned {
        Ok(()) => Ok(doc),
        Err(err) => Err(YamlError::from_scan(&err, text, &offsets)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The span recorded for a pointer, for the tests of every part.
    pub(super) fn span_of<'a>(doc: &'a YamlDoc, pointer: &str) -> Option<&'a NodeSpan> {
        doc.spans.iter().find(|(p, _)| p == pointer).map(|(_, s)| s)
    }

    #[test]
    fn control_characters_are_refused_where_they_stand() {
        let Err(err) = parse("a: ok\nb: x\u{1b}[2J\n", YamlLimits::default()) else {
            panic!("parsed");
        };
        assert_eq!(err.offset, 10);
        assert!(err.message.contains("U+001B"), "{}", err.message);
        // Escapes in double quotes, tabs in them and CRLF line ends are fine.
        assert!(parse("a: \"x\\e[2J\t\"\r\nb: 1\r\n", YamlLimits::default()).is_ok());
    }

    #[test]
    fn converts_to_json_keeping_yaml_core_types() {
        let doc = parse(
            "a: 1\nb: [x, 'y', true, ~, 1.5]\nd: 2026-01-01\n",
            YamlLimits::default(),
        )
        .map_err(|e| e.message);
        let doc = doc.as_ref().map(|d| &d.value);
        assert_eq!(
            doc,
            Ok(&serde_json::json!({"a": 1, "b": ["x", "y", true, null, 1.5], "d": "2026-01-01"}))
        );
    }
}
