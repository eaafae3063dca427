//! Why a YAML text could not be read, located by byte offset: the parser's
//! own syntax errors and the hostile or ambiguous shapes the receiver stops.

use saphyr_parser::ScanError;

use super::offsets::CharOffsets;

/// Why a YAML text could not be read; `offset` is a byte offset into the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    /// What went wrong, in words for the user.
    pub message: String,
    /// Where it went wrong (byte offset).
    pub offset: usize,
    /// A second place worth pointing at (the first of two duplicate keys).
    pub related: Option<usize>,
}

impl YamlError {
    /// A saphyr syntax error, moved from its character index to a byte offset.
    pub(super) fn from_scan(err: &ScanError, text: &str, offsets: &CharOffsets) -> Self {
        let mut offset = offsets.byte(err.marker().index());
        // saphyr marks a disallowed tab just after it; point at the tab.
        if err.info().starts_with("tabs disallowed")
            && offset > 0
            && text.as_bytes().get(offset - 1) == Some(&b'\t')
        {
            offset -= 1;
        }
        // An error at the end of the stream is marked after the final line
        // break, on a line the file does not have; mark the end of the last
        // line instead.
        let content_end = text.trim_end_matches(['\n', '\r']).len();
        if offset > content_end {
            offset = content_end;
        }
        Self {
            message: err.info().to_string(),
            offset,
            related: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::yaml::{YamlLimits, parse};

    #[test]
    fn rejects_duplicate_keys_pointing_at_both() {
        let Err(err) = parse("a: 1\nb: 2\na: 3\n", YamlLimits::default()) else {
            panic!()
        };
        assert_eq!(err.message, "duplicate key `a`");
        assert_eq!((err.offset, err.related), (10, Some(0)));
    }

    #[test]
    fn reports_syntax_errors_with_their_offset() {
        let Err(err) = parse("a: [1, 2\nb: 3\n", YamlLimits::default()) else {
            panic!()
        };
        assert!(err.offset > 0);
    }

    #[test]
    fn an_error_at_the_end_is_placed_on_the_last_line() {
        let text = "wgll: 1\nservice: [\n  a\n\n";
        let Err(err) = parse(text, YamlLimits::default()) else {
            panic!("parsed");
        };
        assert_eq!(err.offset, text.trim_end().len());
    }

    #[test]
    fn a_tab_in_indentation_is_pointed_at() {
        let Err(err) = parse("a:\n\tb: 1\n", YamlLimits::default()) else {
            panic!()
        };
        assert!(err.message.contains("tabs"), "{}", err.message);
        assert_eq!(err.offset, 3);
    }

    #[test]
    fn rejects_a_second_document() {
        let Err(err) = parse("a: 1\n---\nb: 2\n", YamlLimits::default()) else {
            panic!()
        };
        assert!(err.message.contains("second"));
    }
}
