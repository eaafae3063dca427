//! Credentials in URLs, removed before anything is printed or reported. A
//! CI checkout commonly leaves a token in the remote
//! (`https://x-access-token:TOKEN@github.com/o/r`), and signed or tokened
//! links (`?token=`, `?access_token=`) turn up in paths and lists; a report
//! or a log is read by far more people than the repository's secrets are.

use std::borrow::Cow;

/// What is shown in place of a secret.
pub const REDACTED: &str = "***";

/// Query parameters whose values are secrets (compared without case).
const SECRET_PARAMS: &[&str] = &[
    "token",
    "access_token",
    "private_token",
    "refresh_token",
    "id_token",
    "auth",
    "password",
    "passwd",
    "secret",
    "client_secret",
    "api_key",
    "apikey",
    "key",
    "sig",
    "signature",
    "x-amz-signature",
    "x-amz-credential",
    "x-goog-signature",
];

/// Ends a URL's authority or a parameter's value inside surrounding text:
/// what cannot be part of it, and the quoting of every format wgll writes.
fn ends_value(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '/' | '?'
                | '#'
                | '&'
                | '"'
                | '\''
                | '<'
                | '>'
                | '\\'
                | '`'
                | '('
                | ')'
                | '{'
                | '}'
                | '|'
                | ','
        )
}

/// `text` with each URL's user information (`user:password@`, or any
/// `token@` over http) and each secret query value replaced by `***`.
pub fn credentials(text: &str) -> Cow<'_, str> {
    let text = userinfo(text);
    match query(&text) {
        Cow::Owned(s) => Cow::Owned(s),
        Cow::Borrowed(_) => text,
    }
}

fn userinfo(text: &str) -> Cow<'_, str> {
    if !text.contains("://") {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut changed = false;
    while let Some(at) = rest.find("://") {
        let scheme_start = rest[..at]
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
            .map_or(0, |i| i + 1);
        let scheme = &rest[scheme_start..at];
        let after = &rest[at + 3..];
        let end = after.find(ends_value).unwrap_or(after.len());
        let authority = &after[..end];
        out.push_str(&rest[..at + 3]);
        match authority.rfind('@') {
            // A user name alone over ssh (`ssh://git@host`) is no secret;
            // over http it is how a token is passed.
            Some(sep)
                if authority[..sep].contains(':')
                    || scheme.to_ascii_lowercase().starts_with("http") =>
            {
                out.push_str(REDACTED);
                out.push_str(&authority[sep..]);
                changed = true;
            }
            _ => out.push_str(authority),
        }
        rest = &after[end..];
    }
    if !changed {
        return Cow::Borrowed(text);
    }
    out.push_str(rest);
    Cow::Owned(out)
}

fn query(text: &str) -> Cow<'_, str> {
    if !text.contains('=') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut last = 0;
    for (i, c) in text.char_indices() {
        if i < last || !matches!(c, '?' | '&' | ';') {
            continue;
        }
        let after = &text[i + 1..];
        // Only a short run of name characters is looked at, so text full
        // of `&` (HTML) stays linear.
        let eq = after
            .char_indices()
            .take(24)
            .find(|&(_, c)| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-')))
            .map(|(at, _)| at);
        let Some(eq) = eq.filter(|&at| after[at..].starts_with('=')) else {
            continue;
        };
        let name = &after[..eq];
        if !SECRET_PARAMS.iter().any(|p| p.eq_ignore_ascii_case(name)) {
            continue;
        }
        let value_start = i + 1 + eq + 1;
        let value = &text[value_start..];
        let len = value
            .find(|c: char| ends_value(c) || c == ';')
            .unwrap_or(value.len());
        if len == 0 {
            continue;
        }
        out.push_str(&text[last..value_start]);
        out.push_str(REDACTED);
        last = value_start + len;
        changed = true;
    }
    if !changed {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[last..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_user_information_that_carries_a_secret() {
        for (given, shown) in [
            ("https://user:pass@host/x.git", "https://***@host/x.git"),
            (
                "origin https://x-access-token:ghs_T0KEN@github.com/o/r fetch",
                "origin https://***@github.com/o/r fetch",
            ),
            (
                "https://ghp_secret@github.com/o/r",
                "https://***@github.com/o/r",
            ),
            ("\"ftp://a:b@h\"", "\"ftp://***@h\""),
        ] {
            assert_eq!(credentials(given), shown);
        }
        for kept in [
            "git@github.com:o/r.git",
            "ssh://git@github.com/o/r",
            "https://github.com/o/a@b",
            "mail me@example.com, see https://example.com",
        ] {
            assert!(matches!(credentials(kept), Cow::Borrowed(_)), "{kept}");
        }
    }

    #[test]
    fn removes_secret_query_values() {
        assert_eq!(
            credentials("https://h/r.git?token=abc&x=1"),
            "https://h/r.git?token=***&x=1"
        );
        assert_eq!(
            credentials("{\"u\":\"https://h/r?ACCESS_TOKEN=abc\"}"),
            "{\"u\":\"https://h/r?ACCESS_TOKEN=***\"}"
        );
        assert_eq!(
            credentials("https://u:p@h/r?access_token=a&sig=b"),
            "https://***@h/r?access_token=***&sig=***"
        );
        assert!(matches!(credentials("a?tokens=1&b=2"), Cow::Borrowed(_)));
    }
}
