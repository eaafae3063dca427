//! Source text made safe to quote in a diagnostic.
//!
//! miette pads each label to its column, and Rust's formatter refuses a
//! width over 65,535, so a label far along one very long line (minified
//! YAML, a pasted blob) would panic the renderer. A line that long is also
//! unreadable in a terminal. Such lines are cut to a window around the
//! labelled place, keeping every line, so line numbers stay true; the
//! columns in JSON, SARIF and annotations come from the full text.

use std::ops::Range;

use miette::{MietteError, MietteSpanContents, NamedSource, SourceCode, SourceSpan, SpanContents};

/// A named source for a diagnostic whose columns count characters, as the
/// JSON, SARIF and annotations do; miette on its own counts bytes, so a
/// header after `é` or an emoji would disagree with every other format.
#[derive(Debug)]
pub struct Source(NamedSource<String>);

impl Source {
    /// `text` (already made [`quotable`]) under `name`, its control
    /// characters shown as placeholders of the same length (see
    /// [`mask_controls`]) so that no span moves.
    pub fn new(name: &str, text: String) -> Self {
        Self(NamedSource::new(escape_controls(name), mask_controls(text)))
    }
}

/// A control character other than a line break or tab: what a terminal or
/// a CI log would act on (ESC starts a sequence that can retitle a window
/// or clear the screen) rather than show.
fn is_hostile(c: char) -> bool {
    c.is_control() && !matches!(c, '\n' | '\t' | '\r')
}

/// Text from a repository made safe to print: each control character
/// (C0, DEL, C1; line breaks included, since a message is one line) written
/// as its escape, `\u{1b}`.
pub fn escape_controls(text: &str) -> String {
    if !text.chars().any(char::is_control) {
        return text.to_string();
    }
    text.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Quoted source with each control character but line breaks and tabs
/// replaced by a visible one of the same UTF-8 length (`?` for C0 and DEL,
/// `¿` for the two-byte C1), so byte spans into it still hold.
fn mask_controls(text: String) -> String {
    if !text.chars().any(is_hostile) {
        return text;
    }
    text.chars()
        .map(|c| match c {
            c if !is_hostile(c) => c,
            c if c.len_utf8() == 1 => '?',
            _ => '¿',
        })
        .collect()
}

impl SourceCode for Source {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let contents = self
            .0
            .read_span(span, context_lines_before, context_lines_after)?;
        // With context lines miette starts the contents at a line start
        // (column 0); only the header's own read has a column to fix.
        if context_lines_before > 0 {
            return Ok(contents);
        }
        let text = self.0.inner().as_str();
        let mut at = span.offset().min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let line_start = text[..at].rfind(['\n', '\r']).map_or(0, |i| i + 1);
        Ok(Box::new(MietteSpanContents::new_named(
            self.0.name().to_string(),
            contents.data(),
            *contents.span(),
            contents.line(),
            text[line_start..at].chars().count(),
            contents.line_count(),
        )))
    }
}

/// Longest line, in bytes, quoted whole.
pub const MAX_LINE: usize = 1000;
/// Bytes kept either side of a label on a shortened line.
const CONTEXT: usize = 60;
const ELLIPSIS: &str = "…";

/// [`quotable`] for one span.
pub fn quotable_at(text: &str, span: Range<usize>) -> (String, Range<usize>) {
    let (quoted, mut spans) = quotable(text, std::slice::from_ref(&span));
    (quoted, spans.pop().unwrap_or(span))
}

/// `text` with lines over [`MAX_LINE`] bytes shortened, and `spans` moved
/// to the same places in the result. Text with no long line comes back as
/// it is.
pub fn quotable(text: &str, spans: &[Range<usize>]) -> (String, Vec<Range<usize>>) {
    if text.split('\n').all(|line| line.len() <= MAX_LINE) {
        return (text.to_string(), spans.to_vec());
    }
    let mut out = String::with_capacity(text.len().min(1 << 20));
    // (old line start, old line end, kept from, kept to, new start of kept)
    let mut lines: Vec<(usize, usize, usize, usize, usize)> = Vec::new();
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let body = piece.strip_suffix('\n').unwrap_or(piece);
        let end = start + body.len();
        let (from, to) = if body.len() <= MAX_LINE {
            (start, end)
        } else {
            window(text, start, end, spans)
        };
        if from > start {
            out.push_str(ELLIPSIS);
        }
        lines.push((start, end, from, to, out.len()));
        out.push_str(&text[from..to]);
        if to < end {
            out.push_str(ELLIPSIS);
        }
        out.push_str(&piece[body.len()..]);
        start += piece.len();
    }
    let map = |p: usize| -> usize {
        let p = p.min(text.len());
        // The line holding p: the last whose start is at or before it.
        let i = lines.partition_point(|l| l.0 <= p).saturating_sub(1);
        let Some(&(_, line_end, from, to, new)) = lines.get(i) else {
            return out.len();
        };
        if p > line_end {
            // The newline itself.
            let shown_end = new + (to - from) + if to < line_end { ELLIPSIS.len() } else { 0 };
            return shown_end + (p - line_end);
        }
        new + (p.clamp(from, to) - from)
    };
    let moved = spans
        .iter()
        .map(|s| {
            let a = map(s.start);
            a..map(s.end).max(a)
        })
        .collect();
    (out, moved)
}

/// The part of the long line `start..end` to keep: around the first span
/// that starts on it, else its beginning. Ends fall on character boundaries.
fn window(text: &str, start: usize, end: usize, spans: &[Range<usize>]) -> (usize, usize) {
    let (from, to) = match spans.iter().find(|s| (start..=end).contains(&s.start)) {
        Some(s) => (
            s.start.saturating_sub(CONTEXT).max(start),
            (s.end.max(s.start) + CONTEXT).min(end),
        ),
        None => (start, (start + 2 * CONTEXT).min(end)),
    };
    let mut from = from;
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = to;
    while !text.is_char_boundary(to) {
        to += 1;
    }
    (from, to)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "a: [\"é😀\", us-east-1]\n".to_string();
        let at = text.find("us-east-1").unwrap();
        let source = Source::new("wgll.yaml", text);
        let contents = source.read_span(&(at..at + 9).into(), 0, 0).unwrap();
        assert_eq!((contents.line(), contents.column()), (0, 10));
    }

    #[test]
    fn ordinary_text_is_unchanged() {
        let (text, span) = quotable_at("a: 1\nb: 2\n", 5..9);
        assert_eq!((text.as_str(), span), ("a: 1\nb: 2\n", 5..9));
    }

    #[test]
    fn a_long_line_is_cut_around_the_label_and_line_numbers_hold() {
        let long = format!("x: [{}us-east-1]", " ".repeat(70_000));
        let text = format!("# head\n{long}\nz: 3\n");
        let at = text.find("us-east-1").unwrap();
        let z = text.find("z: 3").unwrap();
        let (out, spans) = quotable(&text, &[at..at + 9, z..z + 1]);
        assert!(out.len() < 400, "{}", out.len());
        assert_eq!(out.lines().count(), 3);
        assert_eq!(&out[spans[0].clone()], "us-east-1");
        assert_eq!(&out[spans[1].clone()], "z");
        assert!(out.lines().nth(1).unwrap().starts_with(ELLIPSIS));
    }

    #[test]
    fn a_long_line_without_a_label_keeps_its_start_and_multibyte_text_is_not_split() {
        let text = format!("{}\nok: 1\n", "é".repeat(5_000));
        let at = text.find("ok").unwrap();
        let (out, span) = quotable_at(&text, at..at + 2);
        assert_eq!(&out[span], "ok");
        assert!(out.starts_with('é'));
    }

    #[test]
    fn control_characters_are_escaped_in_messages_and_masked_in_quotes() {
        let hostile = "us-east-1\u{1b}]0;PWNED\u{7}\u{1b}[2J\u{9b}x";
        let escaped = escape_controls(hostile);
        assert!(!escaped.chars().any(char::is_control), "{escaped}");
        assert!(escaped.contains("\\u{1b}]0;PWNED\\u{7}"), "{escaped}");
        let masked = mask_controls(format!("a: {hostile}\n\tb: 1\n"));
        assert_eq!(masked.len(), format!("a: {hostile}\n\tb: 1\n").len());
        assert!(!masked.chars().any(is_hostile), "{masked}");
        assert!(masked.contains('\n') && masked.contains('\t'));
    }
}
