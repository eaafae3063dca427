//! One waiver entry read and checked: a waiver holds only with a rule, a
//! reason, an approver and an expiry date, so each missing or malformed
//! part is a problem at its place.

use serde_json::Value;

use super::read::{Reader, kept};
use super::{ConfigError, WaiverEntry};
use crate::date::Date;
use crate::findings::Waiver;

/// The keys a waiver must have.
const WAIVER_REQUIRED: [&str; 4] = ["rule", "reason", "approved_by", "expires"];

/// `a`, `a or b`, `a, b or c`: the names in backticks.
fn either(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.split_last() {
        Some((last, others)) if !others.is_empty() => format!("{} or {last}", others.join(", ")),
        _ => quoted.concat(),
    }
}

/// One waiver, each of its problems recorded; `None` when it has any, as a
/// waiver holds only when all of it is right.
pub(super) fn waiver(
    r: &Reader<'_>,
    pointer: &str,
    value: &Value,
    problems: &mut Vec<ConfigError>,
) -> Option<WaiverEntry> {
    let Value::Object(map) = value else {
        problems.push(r.wrong_type(
            pointer,
            "a waiver",
            "a mapping with rule, reason, approved_by and expires",
        ));
        return None;
    };
    let found_before = problems.len();
    let help = "a waiver needs `rule`, `reason`, `approved_by` and `expires` (YYYY-MM-DD), and may limit itself to a `path`";
    for key in map.keys() {
        if !WAIVER_REQUIRED.contains(&key.as_str()) && key != "path" {
            problems.push(r.error(
                r.key_span(&format!("{pointer}/{key}")),
                format!("unknown waiver key `{key}`"),
                help,
            ));
        }
    }
    // Every missing key in one problem: they are all at the same place.
    let missing: Vec<&str> = WAIVER_REQUIRED
        .into_iter()
        .filter(|key| !map.contains_key(*key))
        .collect();
    if !missing.is_empty() {
        problems.push(r.error(
            r.key_span(pointer),
            format!(
                "this waiver has no {}: a waiver is rejected without a reason, an approver and an expiry date",
                either(&missing)
            ),
            help,
        ));
    }
    let mut text_of = |key: &str| -> Option<String> {
        let v = map.get(key)?;
        kept(problems, r.string(v, &format!("{pointer}/{key}"), key))
    };
    let rule = text_of("rule").map(|rule| rule.to_ascii_uppercase());
    let reason = text_of("reason");
    let approved_by = text_of("approved_by");
    let expires_text = text_of("expires");
    let path = map.contains_key("path").then(|| {
        text_of("path").map(|p| p.trim_start_matches("./").trim_end_matches('/').to_string())
    });
    let expires_span = r.span(&format!("{pointer}/expires"));
    let expires = expires_text.and_then(|text| match text.parse::<Date>() {
        Ok(date) => Some(date),
        Err(_) => {
            problems.push(r.error(
                expires_span.clone(),
                format!("`expires` must be a date written YYYY-MM-DD, not `{text}`"),
                help,
            ));
            None
        }
    });
    if problems.len() > found_before {
        return None;
    }
    let (Some(rule), Some(reason), Some(approved_by), Some(expires)) =
        (rule, reason, approved_by, expires)
    else {
        return None;
    };
    let path = match path {
        Some(Some(path)) => Some(path),
        Some(None) => return None,
        None => None,
    };
    // The `rule: ...` line stands for the whole entry in messages.
    let origin = r.origin(&format!("{pointer}/rule"));
    let line = r.text[..origin.span.start.min(r.text.len())]
        .matches('\n')
        .count()
        + 1;
    Some(WaiverEntry {
        waiver: Waiver {
            rule,
            path,
            reason,
            approved_by,
            expires: expires.to_string(),
            file: r.file.to_string(),
            line: Some(line),
        },
        origin,
        expires_span,
        expires,
    })
}

#[cfg(test)]
mod tests {
    use crate::config::parse;
    use crate::config::tests::{err, problems};

    #[test]
    fn rejects_a_waiver_without_reason_approver_or_expiry() {
        let base = "waivers:\n  - rule: SEC-02\n    reason: r\n    approved_by: a\n    expires: 2027-01-01\n";
        assert!(parse("c", base).is_ok());
        for (field, line) in [
            ("reason", "    reason: r\n"),
            ("approved_by", "    approved_by: a\n"),
            ("expires", "    expires: 2027-01-01\n"),
        ] {
            let text = base.replace(line, "");
            assert!(err(&text).contains(&format!("no `{field}`")), "{field}");
        }
        assert!(err(&base.replace("2027-01-01", "next year")).contains("YYYY-MM-DD"));
        assert!(err(&base.replace("reason: r", "reason: \"\"")).contains("non-empty"));
    }

    #[test]
    fn a_waiver_missing_several_keys_names_them_all_in_one_problem() {
        let found = problems("waivers:\n  - rule: SEC-02\n    expires: 2027-01-01\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0]
                .0
                .starts_with("this waiver has no `reason` or `approved_by`:"),
            "{found:?}"
        );
        let found = problems("waivers:\n  - path: x\n");
        assert!(
            found[0]
                .0
                .starts_with("this waiver has no `rule`, `reason`, `approved_by` or `expires`:"),
            "{found:?}"
        );
    }

    #[test]
    fn each_waiver_is_checked_on_its_own() {
        let good = "  - rule: SEC-02\n    reason: r\n    approved_by: a\n    expires: 2027-01-01\n";
        let text = format!(
            "waivers:\n{}{good}{}",
            good.replace("2027-01-01", "x"),
            good.replace("reason: r", "reason: 5")
        );
        let found = problems(&text);
        let lines: Vec<usize> = found.iter().map(|(_, line)| *line).collect();
        assert_eq!(lines, [5, 11], "{found:?}");
    }
}
