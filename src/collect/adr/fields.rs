//! A record's metadata fields (status, date, deciders, tags) from where it
//! states them: YAML front matter, `Status:` lines and `| Status | x |`
//! rows. Values are cleaned of decoration, statuses normalised to their
//! word, dates read loosely, names split; the title loses its number.

use std::ops::Range;

use serde_json::Value;

use super::body::{Block, normalise_heading};
use super::links::read_status_links;
use super::{Adr, AdrSpans, span, strip_adr_prefix};
use crate::date::Date;
use crate::sourcemap::NodeSpan;
use crate::yaml;

/// The byte range of YAML front matter, and where the body starts.
pub(super) fn front_matter(text: &str) -> (Option<Range<usize>>, usize) {
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return (None, 0);
    };
    let start = text.len() - rest.len();
    let mut offset = start;
    for line in rest.split_inclusive('\n') {
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            return (Some(start..offset), offset + line.len());
        }
        offset += line.len();
    }
    (None, 0)
}

/// The names front matter gives a record: its `title` and `description`,
/// each with the range of its value.
#[derive(Debug, Default)]
pub(super) struct FrontNames {
    pub(super) title: Option<(String, Range<usize>)>,
    pub(super) description: Option<(String, Range<usize>)>,
}

/// Assigns each front-matter key that names a field, located at its value,
/// and returns the names it gives the record.
pub(super) fn read_front_matter(
    doc: &yaml::YamlDoc,
    base: usize,
    adr: &mut Adr,
    spans: &mut AdrSpans,
) -> FrontNames {
    let mut names = FrontNames::default();
    let Value::Object(map) = &doc.value else {
        return names;
    };
    let span_of = |key: &str| {
        doc.spans
            .iter()
            .find(|(p, _)| p == &format!("/{key}"))
            .map(|(_, s)| NodeSpan {
                value: s.value.start + base..s.value.end + base,
                key: s.key.as_ref().map(|k| k.start + base..k.end + base),
            })
    };
    for (key, value) in map {
        let field = key.to_ascii_lowercase();
        let text = match value {
            Value::String(s) => s.clone(),
            Value::Array(items) => items
                .iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join(", "),
            Value::Number(n) => n.to_string(),
            _ => continue,
        };
        let Some(s) = span_of(key) else { continue };
        let text = text.trim().to_string();
        match field.as_str() {
            "title" if !text.is_empty() => names.title = Some((text, s.value)),
            "description" if !text.is_empty() => names.description = Some((text, s.value)),
            _ => assign(adr, spans, &field, &text, s.value),
        }
    }
    names
}

/// Whether a title is only the record's id (`ADR-004`, `ADR 2`, `0004`),
/// naming no decision.
pub(super) fn is_only_an_id(title: &str) -> bool {
    let (number, rest) = split_title(title);
    number.is_some() && rest == title.trim()
}

/// Stores one labelled value (`Status`, `Date`, `Deciders`, `Tags`) unless
/// an earlier, more authoritative place already gave it.
pub(super) fn assign(
    adr: &mut Adr,
    spans: &mut AdrSpans,
    field: &str,
    value: &str,
    range: Range<usize>,
) {
    let value = clean(value);
    match field {
        "status" if adr.status.is_none() => {
            if let Some(status) = normalise_status(&value) {
                adr.status = Some(status);
                spans.push(("/status".into(), span(range)));
                read_status_links(&value, adr);
            }
        }
        _ if date_rank(field).is_some_and(|rank| adr.date.is_none() || rank > adr.date_rank) => {
            if let Some(date) = Date::parse_loose(&value) {
                adr.date = Some(date.to_string());
                adr.date_rank = date_rank(field).unwrap_or(0);
                spans.retain(|(pointer, _)| pointer != "/date");
                spans.push(("/date".into(), span(range)));
            }
        }
        _ if REVIEW_LABELS.contains(&field) && adr.reviewed.is_none() => {
            if let Some(date) = Date::parse_loose(&value) {
                adr.reviewed = Some(date.to_string());
                spans.push(("/reviewed".into(), span(range)));
            }
        }
        "deciders" | "decision-makers" | "decision_makers" if adr.deciders.is_empty() => {
            adr.deciders = split_names(&value);
            if !adr.deciders.is_empty() {
                spans.push(("/deciders".into(), span(range)));
            }
        }
        "tags" if adr.tags.is_empty() => {
            adr.tags = value
                .split([',', ' '])
                .map(|t| t.trim().trim_start_matches('#').to_lowercase())
                .filter(|t| !t.is_empty())
                .collect();
            if !adr.tags.is_empty() {
                spans.push(("/tags".into(), span(range)));
            }
        }
        _ => {}
    }
}

/// The labels a record's last review is written under.
const REVIEW_LABELS: &[&str] = &[
    "reviewed",
    "last_reviewed",
    "review_date",
    "date_reviewed",
    "reviewed_on",
];

/// The labels a record's date is written under, ranked: the date it was
/// decided outranks a plain `Date`, which outranks the last update, which
/// outranks the date it was raised (a raised date alone is when it was
/// proposed). Of two labels of one rank, the first written counts.
pub(super) fn date_rank(label: &str) -> Option<u8> {
    match label {
        "decided" | "date_decided" | "decision_date" | "accepted" | "date_accepted"
        | "accepted_on" | "decided_on" => Some(4),
        "date" => Some(3),
        "last_updated" | "updated" | "last_modified" => Some(2),
        "raised" | "date_raised" | "proposed" | "date_proposed" | "proposed_on" | "raised_on"
        | "created" => Some(1),
        _ => None,
    }
}

/// Strips Markdown decoration and emoji from a value.
fn clean(value: &str) -> String {
    let value: String = value
        .chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace() || ",.:;/()-_#'[]&+@".contains(*c))
        .collect();
    value
        .trim()
        .trim_start_matches([':', '-', ' '])
        .trim()
        .to_string()
}

const STATUS_WORDS: &[&str] = &[
    "proposed",
    "accepted",
    "rejected",
    "deprecated",
    "superseded",
    "draft",
    "approved",
    "withdrawn",
    "pending",
    "rfc",
];

/// Statuses of more than one word that are kept whole, however the
/// sentence goes on ("Under review by the security team").
const STATUS_PHRASES: &[&str] = &["in discussion", "under review", "on hold", "in review"];

/// The status: a known status word if the first line starts with one (after
/// a date or emoji), else the leading phrase as written, lower-cased ("on
/// hold", "rfc"), up to any punctuation that starts a remark.
pub(super) fn normalise_status(value: &str) -> Option<String> {
    let line = value.lines().find(|l| l.chars().any(char::is_alphabetic))?;
    let start = line.find(char::is_alphabetic)?;
    let phrase: String = line[start..]
        .chars()
        .take_while(|c| !"(,.;:[".contains(*c))
        .collect();
    let words: Vec<String> = phrase
        .split_whitespace()
        .take(3)
        .map(str::to_lowercase)
        .collect();
    let first = words.first()?;
    // adr-tools' misspelling is a status all the same.
    if first == "superceded" {
        return Some("superseded".into());
    }
    if let Some(known) = STATUS_WORDS
        .iter()
        .find(|s| first == *s || (first.starts_with(*s) && s.len() > 6))
    {
        return Some((*known).to_string());
    }
    let joined = words.join(" ");
    if let Some(known) = STATUS_PHRASES.iter().find(|p| joined.starts_with(*p)) {
        return Some((*known).to_string());
    }
    Some(joined)
}

/// A status only when the text names a known one: alt text such as
/// "Generic badge" or "status" is not a status.
fn known_status(text: &str) -> Option<String> {
    normalise_status(text)
        .filter(|s| STATUS_WORDS.contains(&s.as_str()) || STATUS_PHRASES.contains(&s.as_str()))
}

/// The status a row of badges shows (shields.io, badgen and the like): the
/// alt text when it names a status, else a status word in the image's
/// address (`/badge/status-accepted-green`, `/badge/status/superseded/grey`,
/// `?message=accepted`); `None` when neither names one.
pub(super) fn badge_status(block: &Block) -> Option<String> {
    for (alt, url) in &block.images {
        if let Some(status) = block.text.get(alt.clone()).and_then(known_status) {
            return Some(status);
        }
        let address = url.split_once("://").map_or(url.as_str(), |(_, rest)| rest);
        let path = address.split_once('/').map_or("", |(_, path)| path);
        let path = path.to_lowercase().replace("%20", " ");
        let words: Vec<&str> = path
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        for (i, word) in words.iter().enumerate() {
            let pair = words.get(i + 1).map(|next| format!("{word} {next}"));
            if let Some(phrase) = pair.filter(|p| STATUS_PHRASES.contains(&p.as_str())) {
                return Some(phrase);
            }
            if *word == "superceded" {
                return Some("superseded".into());
            }
            if STATUS_WORDS.contains(word) {
                return Some((*word).to_string());
            }
        }
    }
    None
}

fn split_names(value: &str) -> Vec<String> {
    value
        .split([',', ';'])
        .flat_map(|s| s.split(" and "))
        .map(|s| {
            s.trim()
                .trim_matches(['[', ']', '"', '\''])
                .trim()
                .to_string()
        })
        .filter(|s| !s.is_empty())
        .collect()
}

pub(super) fn hash_tags(text: &str) -> Vec<String> {
    text.split_whitespace()
        .filter_map(|w| w.strip_prefix('#'))
        .map(|t| t.trim_end_matches([',', '.', ';']).to_lowercase())
        .filter(|t| !t.is_empty())
        .collect()
}

/// `Status: Accepted` lines, `* Status: accepted` items and `| Status | x |` rows.
pub(super) fn labelled_values(block: &Block) -> Vec<(String, String, Range<usize>)> {
    let mut out = Vec::new();
    if !block.cells.is_empty() {
        if let [(label, _), (value, range), ..] = block.cells.as_slice() {
            out.push((label_key(label), value.clone(), range.clone()));
        }
        return out;
    }
    for line in block.text.lines() {
        let line = line.trim().trim_start_matches(['*', '-', '+', '>']).trim();
        let split = line.split_once(':').or_else(|| {
            // "Date 2023-01-04": a label word followed by a value, no colon.
            let (label, rest) = line.split_once(' ')?;
            matches!(label.to_ascii_lowercase().as_str(), "date" | "status")
                .then_some((label, rest))
        });
        if let Some((label, value)) = split {
            let key = label_key(label);
            if matches!(
                key.as_str(),
                "status" | "deciders" | "decision_makers" | "tags"
            ) || REVIEW_LABELS.contains(&key.as_str())
                || date_rank(&key).is_some()
            {
                out.push((key, value.to_string(), block.range.clone()));
            }
        }
    }
    out
}

fn label_key(label: &str) -> String {
    normalise_heading(&clean(label))
}

/// `# 4. Host on AWS` -> (4, "Host on AWS"); `# ADR-004: X` -> (4, "X").
pub(super) fn split_title(title: &str) -> (Option<u32>, String) {
    let t = title.trim();
    let rest = strip_adr_prefix(t);
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let stripped = rest[digits.len()..].trim_start_matches(['.', ':', '-', ' ', '_']);
    // `ADR-nnn:` left in a title copied from the template carries no number.
    let placeholder = rest.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("nnn"))
        && !rest[3..].chars().next().is_some_and(char::is_alphanumeric);
    let stripped = if placeholder {
        rest[3..].trim_start_matches(['.', ':', '-', ' '])
    } else {
        stripped
    };
    let number = if digits.is_empty() {
        None
    } else {
        digits.parse().ok()
    };
    let title = if stripped.is_empty() {
        t.to_string()
    } else {
        stripped.to_string()
    };
    (number, title)
}

#[cfg(test)]
mod tests {
    #[test]
    fn titles_that_start_like_a_prefix_keep_their_words() {
        assert_eq!(
            super::split_title("Adrenaline auto-injector stock"),
            (None, "Adrenaline auto-injector stock".to_string())
        );
        assert_eq!(super::split_title("Nnna"), (None, "Nnna".to_string()));
        assert_eq!(
            super::split_title("ADR-nnn: Title"),
            (None, "Title".to_string())
        );
        assert_eq!(
            super::split_title("ADR-004: Use FHIR"),
            (Some(4), "Use FHIR".to_string())
        );
    }

    use super::super::tests::read;

    #[test]
    fn reads_madr_front_matter() {
        let adr = read(
            "docs/decisions/0005-use-fhir.md",
            "---\nstatus: accepted\ndate: 2025-01-10\ndeciders: [Ann Lee, Raj Patel]\n---\n# Use FHIR R4\n\n## Context and Problem Statement\n\nText.\n",
        );
        assert_eq!(adr.status.as_deref(), Some("accepted"));
        assert_eq!(adr.date.as_deref(), Some("2025-01-10"));
        assert_eq!(adr.deciders, vec!["Ann Lee", "Raj Patel"]);
        assert!(adr.sections.contains_key("context_and_problem_statement"));
    }

    #[test]
    fn reads_madr_2_status_lines() {
        let adr = read(
            "docs/adr/0003-x.md",
            "# Use X\n\n* Status: superseded by [ADR-0007](0007-y.md)\n* Deciders: Ann, Bo\n* Date: 2021-05-04\n\n## Context\n\nText.\n",
        );
        assert_eq!(adr.status.as_deref(), Some("superseded"));
        assert_eq!(adr.superseded_by, vec![7]);
        assert_eq!(adr.deciders, vec!["Ann", "Bo"]);
        assert_eq!(adr.date.as_deref(), Some("2021-05-04"));
    }

    #[test]
    fn reads_the_nhs_header_table_in_a_blockquote() {
        let adr = read(
            "docs/adr/ADR-004_Audit_logging.md",
            "# ADR-004: Audit logging\n\n>| | |\n>|---|---|\n>| Date | `04/07/2023` |\n>| Status | `Accepted` |\n>| Deciders | `Engineering` |\n\n## Context\n\nWhy.\n\n## Tags\n\n#security, #logging\n",
        );
        assert_eq!(adr.number, Some(4));
        assert_eq!(adr.title.as_deref(), Some("Audit logging"));
        assert_eq!(adr.status.as_deref(), Some("accepted"));
        assert_eq!(adr.date.as_deref(), Some("2023-07-04"));
        assert_eq!(adr.tags, vec!["security", "logging"]);
    }

    #[test]
    fn keeps_unusual_statuses_and_drops_decoration() {
        let adr = read(
            "adr/0001-x.md",
            "# X\n\n## Status\n\n- ✅ **RFC** (open for comment)\n",
        );
        assert_eq!(adr.status.as_deref(), Some("rfc"));
        let adr = read("adr/0001-x.md", "# X\n\n## Status\n\nRejected (see 19)\n");
        assert_eq!(adr.status.as_deref(), Some("rejected"));
    }

    #[test]
    fn the_decision_date_outranks_other_dates_whatever_their_order() {
        let adr = read(
            "docs/decisions/0004-x.md",
            "# X\n\n* Raised: 2024-01-02\n* Last updated: 2024-06-30\n* Decided: 2024-03-04\n\n## Context\n\nWhy.\n",
        );
        assert_eq!(adr.date.as_deref(), Some("2024-03-04"));
        let adr = read(
            "docs/decisions/0004-x.md",
            "---\naccepted: 2024-03-04\ndate: 2024-01-01\n---\n# X\n",
        );
        assert_eq!(adr.date.as_deref(), Some("2024-03-04"));
    }

    #[test]
    fn a_raised_date_alone_is_the_date_it_was_proposed() {
        let adr = read(
            "docs/decisions/0004-x.md",
            "# X\n\n* Status: proposed\n* Proposed: 12/02/2024\n",
        );
        assert_eq!(adr.date.as_deref(), Some("2024-02-12"));
        let adr = read(
            "docs/decisions/0004-x.md",
            "# X\n\nRaised: 2024-02-12\nLast updated: 2024-05-01\n",
        );
        assert_eq!(adr.date.as_deref(), Some("2024-05-01"));
    }

    #[test]
    fn a_label_that_holds_no_date_gives_none() {
        let adr = read(
            "docs/decisions/0004-x.md",
            "# X\n\nAccepted: by the board\n",
        );
        assert_eq!(adr.date, None);
    }

    #[test]
    fn a_badge_gives_the_status_it_names_and_generic_alt_text_gives_none() {
        let status = |section: &str| {
            read("adr/0001-x.md", &format!("# X\n\n## Status\n\n{section}\n")).status
        };
        let shields = "![Generic badge](https://img.shields.io/badge/status-accepted-green.svg)";
        assert_eq!(status(shields).as_deref(), Some("accepted"));
        let badgen = "[![status](https://badgen.net/badge/status/in%20discussion/blue)](x)";
        assert_eq!(status(badgen).as_deref(), Some("in discussion"));
        let alt = "![Rejected](https://example.org/state.svg)";
        assert_eq!(status(alt).as_deref(), Some("rejected"));
        let build = "![Generic badge](https://img.shields.io/badge/build-passing-green.svg)";
        assert_eq!(status(build), None);
        let then_words = format!("{build}\n\nDeprecated");
        assert_eq!(status(&then_words).as_deref(), Some("deprecated"));
        let beside = format!("{build} Rejected");
        assert_eq!(status(&beside).as_deref(), Some("rejected"));
    }

    #[test]
    fn undecided_phrases_are_kept_whole() {
        for (written, read_as) in [
            ("Under review by the security team", "under review"),
            ("In discussion (see the forum)", "in discussion"),
            ("Pending sign-off", "pending"),
            ("RFC", "rfc"),
        ] {
            assert_eq!(super::normalise_status(written).as_deref(), Some(read_as));
        }
    }

    #[test]
    fn a_front_matter_title_that_is_only_an_id_gives_way() {
        let adr = read(
            "docs/adr/0001-x.md",
            "---\ntitle: ADR-001\ndescription: Serve one domain\n---\n\n## Context\n\nWhy.\n",
        );
        assert_eq!(adr.title.as_deref(), Some("Serve one domain"));
        let adr = read(
            "docs/adr/0001-x.md",
            "---\ntitle: ADR 1\n---\n# Cache nightly\n",
        );
        assert_eq!(adr.title.as_deref(), Some("Cache nightly"));
        let adr = read(
            "x/y.md",
            "---\ntitle: Use OpenTelemetry\n---\n\n## Context\n\nWhy.\n",
        );
        assert_eq!(adr.title.as_deref(), Some("Use OpenTelemetry"));
        let adr = read(
            "x/y.md",
            "---\ntitle: ADR-0004\n---\n\n## Context\n\nWhy.\n",
        );
        assert_eq!(
            (adr.number, adr.title.as_deref()),
            (Some(4), Some("ADR-0004"))
        );
    }

    #[test]
    fn reads_a_written_review_date() {
        let adr = read(
            "adr/0001-x.md",
            "# X\n\n* Status: accepted\n* Last reviewed: 03/02/2026\n",
        );
        assert_eq!(adr.reviewed.as_deref(), Some("2026-02-03"));
        let adr = read("adr/0001-x.md", "# X\n\n## Review date\n\n2026-02-03\n");
        assert_eq!(adr.reviewed.as_deref(), Some("2026-02-03"));
    }
}
