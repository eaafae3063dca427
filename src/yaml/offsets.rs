//! saphyr counts characters; spans and errors are byte offsets into the
//! text, so every position passes through here.

use std::ops::Range;

use saphyr_parser::Span;

/// Maps saphyr's character indices to byte offsets.
pub(super) struct CharOffsets {
    /// Byte offset of each char; empty when the text is ASCII (identity).
    table: Vec<usize>,
    len: usize,
}

impl CharOffsets {
    pub(super) fn new(text: &str) -> Self {
        let table = if text.is_ascii() {
            Vec::new()
        } else {
            text.char_indices().map(|(i, _)| i).collect()
        };
        Self {
            table,
            len: text.len(),
        }
    }

    pub(super) fn byte(&self, char_index: usize) -> usize {
        if self.table.is_empty() {
            char_index.min(self.len)
        } else {
            self.table.get(char_index).copied().unwrap_or(self.len)
        }
    }

    pub(super) fn range(&self, span: Span) -> Range<usize> {
        self.byte(span.start.index())..self.byte(span.end.index())
    }
}

#[cfg(test)]
mod tests {
    use crate::yaml::tests::span_of;
    use crate::yaml::{YamlLimits, parse};

    #[test]
    fn spans_are_byte_offsets_even_after_multibyte_text() {
        let text = "name: “Café”\nregion: eu-west-2\n";
        let Ok(doc) = parse(text, YamlLimits::default()) else {
            panic!("parse failed")
        };
        let Some(span) = span_of(&doc, "/region") else {
            panic!("no span")
        };
        assert_eq!(&text[span.value.clone()], "eu-west-2");
        let key = span.key.clone().unwrap_or_default();
        assert_eq!(&text[key], "region");
    }
}
