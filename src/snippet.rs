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
/// It may hold only an excerpt of a file (see [`Source::around`]): spans
/// and line numbers stay those of the whole file.
#[derive(Debug)]
pub struct Source {
    inner: NamedSource<String>,
    /// Where the excerpt starts in the whole text, in bytes and in lines.
    base: usize,
    base_line: usize,
}

/// Lines quoted either side of a span by [`Source::around`]: more than
/// miette shows as context.
const AROUND_LINES: usize = 3;

/// Lines of a span labelled by [`Source::around`]; the rest is cut.
const MAX_LABEL_LINES: usize = 6;

impl Source {
    /// `text` (already made [`quotable`]) under `name`, its control
    /// characters shown as placeholders of the same length (see
    /// [`mask_controls`]) so that no span moves.
    pub fn new(name: &str, text: String) -> Self {
        Self {
            inner: NamedSource::new(escape_controls(name), mask_controls(text)),
            base: 0,
            base_line: 0,
        }
    }

    /// The lines of `text` around `span`, made [`quotable`], and the span to
    /// label in it. Quoting a whole file for each finding cost a pass over
    /// it every time: thousands of findings in one large file took minutes.
    pub fn around(name: &str, text: &str, span: Range<usize>) -> (Self, Range<usize>) {
        let bytes = text.as_bytes();
        let start = span.start.min(text.len());
        let mut end = span.end.clamp(start, text.len());
        // A label over a whole long section (thousands of links) would be
        // quoted whole, for every finding in it: its first lines say where.
        if let Some(cut) = bytes[start..end]
            .iter()
            .enumerate()
            .filter(|&(_, &b)| b == b'\n')
            .nth(MAX_LABEL_LINES - 1)
            .map(|(i, _)| start + i)
        {
            end = cut;
        }
        // Line breaks are ASCII, so both ends fall on character boundaries.
        let mut from = start;
        let mut seen = 0;
        while from > 0 {
            if bytes[from - 1] == b'\n' {
                seen += 1;
                if seen > AROUND_LINES {
                    break;
                }
            }
            from -= 1;
        }
        let mut to = end;
        let mut seen = 0;
        while to < bytes.len() {
            if bytes[to] == b'\n' {
                seen += 1;
                if seen > AROUND_LINES {
                    break;
                }
            }
            to += 1;
        }
        let base_line = bytes[..from].iter().filter(|&&b| b == b'\n').count();
        let (quoted, moved) = quotable_at(&text[from..to], start - from..end - from);
        let source = Self {
            inner: NamedSource::new(escape_controls(name), mask_controls(quoted)),
            base: from,
            base_line,
        };
        (source, moved.start + from..moved.end + from)
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
        let at = span.offset().saturating_sub(self.base);
        let inner_span = SourceSpan::new(at.into(), span.len());
        let contents =
            self.inner
                .read_span(&inner_span, context_lines_before, context_lines_after)?;
        // With context lines miette starts the contents at a line start
        // (column 0); only the header's own read has a column to fix.
        let column = if context_lines_before > 0 {
            contents.column()
        } else {
            let text = self.inner.inner().as_str();
            let mut at = at.min(text.len());
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            let line_start = text[..at].rfind(['\n', '\r']).map_or(0, |i| i + 1);
            text[line_start..at].chars().count()
        };
        let shown = contents.span();
        Ok(Box::new(MietteSpanContents::new_named(
            self.inner.name().to_string(),
            contents.data(),
            SourceSpan::new((shown.offset() + self.base).into(), shown.len()),
            contents.line() + self.base_line,
            column,
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
    fn an_excerpt_keeps_the_whole_files_lines_and_spans() {
        let text: String = (1..=100).map(|i| format!("line {i}: é\n")).collect();
        let at = text.find("line 50:").unwrap();
        let (source, span) = Source::around("f.md", &text, at + 5..at + 7);
        assert_eq!(span, at + 5..at + 7);
        assert!(source.inner.inner().len() < 200, "an excerpt, not the file");
        let contents = source.read_span(&span.clone().into(), 0, 0).unwrap();
        assert_eq!((contents.line(), contents.column()), (49, 5));
        let contents = source.read_span(&span.into(), 1, 1).unwrap();
        assert_eq!(contents.line(), 48);
        assert_eq!(
            std::str::from_utf8(contents.data()).unwrap(),
            "line 49: é\nline 50: é\nline 51: é\n"
        );
    }

    #[test]
    fn a_label_over_many_lines_is_cut_to_its_first() {
        let text: String = (1..=1000).map(|i| format!("link {i}\n")).collect();
        let (source, span) = Source::around("f.md", &text, 0..text.len());
        assert_eq!(
            &text[span],
            "link 1\nlink 2\nlink 3\nlink 4\nlink 5\nlink 6"
        );
        assert!(source.inner.inner().len() < 100);
    }

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
