//! The last step before anything reaches a terminal, a CI log or a report
//! file: every renderer's text, and every error, passes through [`output`].
//! Repository text is escaped where each renderer knows its syntax (GitHub
//! workflow commands, Markdown, HTML, XML, JSON); this pass catches what no
//! renderer can be trusted to remember: a raw control character (ESC can
//! retitle a window, clear the screen or forge a log line) and a
//! credential in a URL.

use std::borrow::Cow;

/// A control character a terminal or log viewer would act on rather than
/// show: C0 but tab and line feed, DEL, and C1. A carriage return counts
/// unless it ends a line (CSV's CRLF): on its own it overwrites the line.
fn is_hostile(c: char, next: Option<char>) -> bool {
    c.is_control() && !matches!(c, '\n' | '\t') && !(c == '\r' && next == Some('\n'))
}

fn any_hostile(text: &str) -> bool {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if is_hostile(c, chars.peek().copied()) {
            return true;
        }
    }
    false
}

/// The length of the colour sequence (SGR, `ESC [ digits ; m`) starting
/// `text`, if it is one: the only sequence wgll's own renderers write.
fn colour_sequence(text: &str) -> Option<usize> {
    let rest = text.strip_prefix("\u{1b}[")?;
    let end = rest.find(|c: char| !(c.is_ascii_digit() || c == ';'))?;
    (rest[end..].starts_with('m')).then_some(2 + end + 1)
}

/// `text` made safe to print: credentials in URLs redacted, each hostile
/// control character written as its escape (`\u001b`). With `colour`, the
/// colour sequences a renderer wrote for a terminal are kept (they can only
/// change colour); every other sequence is escaped.
pub fn output(text: &str, colour: bool) -> Cow<'_, str> {
    let text = crate::redact::credentials(text);
    if !any_hostile(&text) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text.as_ref();
    while let Some(c) = rest.chars().next() {
        if colour && let Some(len) = colour_sequence(rest) {
            out.push_str(&rest[..len]);
            rest = &rest[len..];
            continue;
        }
        if is_hostile(c, rest[c.len_utf8()..].chars().next()) {
            // JSON's own escape: serde_json leaves DEL and C1 raw inside
            // strings, and this form keeps JSON and SARIF valid (and the
            // same text) where Rust's `\u{9b}` would break them.
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    Cow::Owned(out)
}

/// One field of repository text for a one-line place (a table cell, a
/// title): every control character, line breaks included, escaped.
pub fn line(text: &str) -> Cow<'_, str> {
    if text.chars().any(char::is_control) {
        Cow::Owned(crate::snippet::escape_controls(text))
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTILE: &str = "us-east-1\u{1b}]0;PWNED\u{7}\u{1b}[2J\r\u{9b}31m\u{0}";

    fn clean(text: &str) -> bool {
        !any_hostile(text)
    }

    #[test]
    fn escapes_every_control_but_line_feed_and_tab() {
        let text = format!("a\tb\n{HOSTILE}\n");
        let out = output(&text, false);
        assert!(clean(&out), "{out:?}");
        assert!(
            out.starts_with("a\tb\nus-east-1\\u001b]0;PWNED\\u0007"),
            "{out}"
        );
        assert!(matches!(output("plain\n", false), Cow::Borrowed(_)));
        assert!(matches!(output("a,b\r\nc,d\r\n", false), Cow::Borrowed(_)));
        assert_eq!(output("a\rb\r", false), "a\\u000db\\u000d");
    }

    #[test]
    fn keeps_only_colour_sequences_for_a_terminal() {
        let out = output("\u{1b}[1;31merror\u{1b}[0m \u{1b}[2J\u{1b}]0;x\u{7}", true);
        assert_eq!(
            out,
            "\u{1b}[1;31merror\u{1b}[0m \\u001b[2J\\u001b]0;x\\u0007"
        );
        assert!(clean(&output("\u{1b}[31m", false)));
    }

    /// serde_json leaves DEL and C1 raw inside strings; escaped here, the
    /// document must still parse, to the same text.
    #[test]
    fn json_stays_valid_and_means_the_same() {
        let value = serde_json::json!({"title": "x\u{9b}2J\u{7f}y\u{1b}"});
        let json = serde_json::to_string(&value).unwrap_or_default();
        let out = output(&json, false);
        assert!(clean(&out), "{out}");
        let back: serde_json::Value = serde_json::from_str(&out).unwrap_or_default();
        assert_eq!(back, value);
    }

    #[test]
    fn a_line_escapes_line_breaks_too() {
        assert_eq!(line("a\nb\u{1b}"), "a\\u{a}b\\u{1b}");
        assert!(matches!(line("plain"), Cow::Borrowed(_)));
    }
}
