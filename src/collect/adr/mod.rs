//! Architecture decision records, read the way a careful reviewer reads them:
//! Nygard and adr-tools (`## Status` heading, `Date:` line), MADR 2-4 (YAML
//! front matter or `* Status:` lines) and NHS England's "Any Decision Record"
//! template (a header table, often inside a blockquote).
//!
//! Metadata is taken only where a record states its own: the front matter,
//! the preamble between the title and the first section, or a section named
//! for it (`## Status`). A status inside a code block or quoted as an example
//! further down is not the record's own, so it is never borrowed.
//!
//! [`parse`] decides which places count; `body` cuts the Markdown into
//! located blocks and sections, `fields` reads the metadata values and
//! `links` the supersede and amend links between records.

mod body;
pub(crate) mod discover;
mod fields;
mod links;

use std::collections::BTreeMap;
use std::ops::Range;

use serde::Serialize;

use self::body::split_body;
use self::fields::{
    FrontNames, assign, badge_status, front_matter, hash_tags, is_only_an_id, labelled_values,
    read_front_matter, split_title,
};
use self::links::{read_links, read_prose_links, settle_links};
use super::error::{CollectError, yaml_error};
use crate::sourcemap::NodeSpan;
use crate::yaml::{self, YamlLimits};

/// One decision record as policies see it (`input.adrs[i]`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Adr {
    /// Repository-relative path.
    pub file: String,
    /// The number from the file name (`0004-`, `ADR-004_`), else from the title.
    pub number: Option<u32>,
    /// The title, without its number prefix.
    pub title: Option<String>,
    /// Lower-cased first word of the status (`accepted`, `superseded`, `rfc`...).
    pub status: Option<String>,
    /// ISO date of the decision: the date it was decided (`Decided:`,
    /// `Accepted:`), else its `Date`, else when it was last updated, else
    /// when it was raised (the date a proposal was made).
    pub date: Option<String>,
    /// Who decided.
    pub deciders: Vec<String>,
    /// Tags, without `#`.
    pub tags: Vec<String>,
    /// Numbers of the records this one supersedes.
    pub supersedes: Vec<u32>,
    /// Numbers of the records that supersede this one.
    pub superseded_by: Vec<u32>,
    /// Numbers of the records this one amends.
    pub amends: Vec<u32>,
    /// Numbers of the records that amend this one.
    pub amended_by: Vec<u32>,
    /// Numbers of the records this one supersedes in part ("in part
    /// supersedes [0003](...)"): they still hold where it does not reach.
    pub supersedes_in_part: Vec<u32>,
    /// Numbers of the records that supersede this one in part.
    pub superseded_in_part_by: Vec<u32>,
    /// Section text by normalised heading (`context`, `decision`, `consequences`...).
    pub sections: BTreeMap<String, String>,
    /// ISO date of the record's last review, when it gives one (`Reviewed:`,
    /// `Last reviewed:`, `Review date:`).
    pub reviewed: Option<String>,
    /// Date of the last commit that changed the file (null outside git or when uncommitted).
    pub last_changed: Option<String>,
    /// How authoritative the place `date` came from is (see `fields::date_rank`).
    #[serde(skip)]
    pub(crate) date_rank: u8,
}

/// Where each fact of an [`Adr`] came from, relative pointers to spans.
pub type AdrSpans = Vec<(String, NodeSpan)>;

/// Whether a path in an ADR folder is a decision record rather than a
/// template, index, README or asset.
pub fn is_adr_file(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    if !(lower.ends_with(".md") || lower.ends_with(".markdown")) {
        return false;
    }
    if lower
        .split('/')
        .any(|p| matches!(p, "assets" | "images" | "img" | "templates"))
    {
        return false;
    }
    let name = lower.rsplit('/').next().unwrap_or(&lower);
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    !(matches!(
        stem,
        "readme" | "index" | "toc" | "summary" | "log" | "decision-log"
    ) || stem.contains("template")
        || stem.starts_with("adr-nnn"))
}

/// Whether a page read as a record holds one: not a page that is only front
/// matter, and not a form to copy (a title such as `{short title of solved
/// problem}` or `[Title]`). The number 0 is a record like any other: MADR's
/// own first record is `0000-use-markdown-...`.
pub fn holds_a_record(text: &str, adr: &Adr) -> bool {
    let (_, body_start) = front_matter(text);
    if text
        .get(body_start..)
        .is_none_or(|body| body.trim().is_empty())
    {
        return false;
    }
    !adr.title.as_deref().is_some_and(is_placeholder)
}

/// `{short title}`, `[Title]`, `<title>`: a form's blank, not a title.
fn is_placeholder(title: &str) -> bool {
    let t = title.trim();
    let wrapped = |open: char, close: char| t.starts_with(open) && t.ends_with(close);
    wrapped('{', '}') || wrapped('[', ']') || wrapped('<', '>') || t.contains("{short title")
}

/// The number in a file name: `0004-x.md`, `004_x.md`, `ADR-004_x.md`, `adr-4-x.md`.
pub fn number_from_file_name(path: &str) -> Option<u32> {
    let name = path.rsplit('/').next().unwrap_or(path);
    let rest = strip_adr_prefix(name);
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let after = rest[digits.len()..].chars().next();
    if digits.is_empty() || !matches!(after, Some('-' | '_' | '.' | ' ')) {
        return None;
    }
    digits.parse().ok()
}

fn strip_adr_prefix(text: &str) -> &str {
    // `ADR-4`, `adr_004`, `ADR 7`, but not a word that starts with the
    // letters (`Adrenaline supply`).
    let word_goes_on = text
        .get(3..)
        .and_then(|rest| rest.chars().next())
        .is_some_and(char::is_alphabetic);
    if text.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("adr")) && !word_goes_on {
        text[3..].trim_start_matches(['-', '_', ' '])
    } else {
        text
    }
}

/// Reads one ADR. Fails only on malformed front matter.
pub fn parse(path: &str, text: &str) -> Result<(Adr, AdrSpans), CollectError> {
    let mut adr = Adr {
        file: path.to_string(),
        number: number_from_file_name(path),
        ..Adr::default()
    };
    let mut spans: AdrSpans = vec![(
        String::new(),
        NodeSpan {
            value: 0..0,
            key: None,
        },
    )];
    let (front, body_start) = front_matter(text);
    let mut names = FrontNames::default();
    if let Some(fm) = front {
        let doc = yaml::parse(&text[fm.clone()], YamlLimits::default())
            .map_err(|e| yaml_error(path, text, fm.start, e))?;
        names = read_front_matter(&doc, fm.start, &mut adr, &mut spans);
    }
    let body = split_body(text, body_start);
    // The heading names the record, else the front matter's title; a
    // title that is only the record's id (`ADR-004`) gives way to a
    // description or heading that names the decision.
    let candidates = [body.title.clone(), names.title, names.description];
    let chosen = candidates
        .iter()
        .flatten()
        .find(|(t, _)| !is_only_an_id(t))
        .or_else(|| candidates.iter().flatten().next());
    for (t, _) in candidates.iter().flatten() {
        if adr.number.is_none() {
            adr.number = split_title(t).0;
        }
    }
    if let Some((title, range)) = chosen {
        adr.title = Some(split_title(title).1);
        spans.push(("/title".into(), span(range.clone())));
        // A missing field of the record is shown at its title.
        spans[0].1 = span(range.clone());
    }
    for (name, heading, end, blocks) in &body.sections {
        if adr.sections.contains_key(name) {
            continue;
        }
        let content: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        adr.sections.insert(name.clone(), content.join("\n\n"));
        spans.push((
            format!("/sections/{name}"),
            NodeSpan {
                value: heading.start..*end,
                key: Some(heading.clone()),
            },
        ));
    }

    let mut links = Vec::new();
    // Metadata lines and table rows are the record's own only in the preamble.
    for block in &body.preamble {
        for (field, value, range) in labelled_values(block) {
            assign(&mut adr, &mut spans, &field, &value, range);
        }
    }
    for (name, heading, _, blocks) in &body.sections {
        let field = match name.as_str() {
            "status" => "status",
            "date" => "date",
            "reviewed" | "last_reviewed" | "review_date" => "reviewed",
            "deciders" | "decision_makers" => "deciders",
            "tags" => "tags",
            _ => continue,
        };
        if field == "tags" {
            let tags: Vec<String> = blocks.iter().flat_map(|b| hash_tags(&b.text)).collect();
            if adr.tags.is_empty() && !tags.is_empty() {
                adr.tags = tags;
                spans.push(("/tags".into(), span(heading.clone())));
            }
            continue;
        }
        if field == "status" {
            // A row of badges shows the status in its alt text or address;
            // badges that name none are passed over for the words after.
            let first = blocks
                .iter()
                .filter(|b| !b.text.trim().is_empty() || !b.images.is_empty())
                .find_map(|b| {
                    if b.is_only_images() {
                        return badge_status(b).map(|status| (b, status));
                    }
                    let words = b.words_beside_images();
                    let line = words.lines().find(|l| !l.trim().is_empty());
                    Some((b, line.unwrap_or("").to_string()))
                });
            if let Some((first, value)) = first {
                assign(&mut adr, &mut spans, field, &value, first.range.clone());
            }
            for block in blocks {
                read_links(block, &mut adr, &mut links);
            }
        } else if let Some(first) = blocks.iter().find(|b| !b.text.trim().is_empty()) {
            let value = first.text.lines().next().unwrap_or("").to_string();
            assign(&mut adr, &mut spans, field, &value, first.range.clone());
        }
    }
    for block in &body.preamble {
        read_links(block, &mut adr, &mut links);
    }
    // Elsewhere in the body, only a link that names a record counts
    // ("superseded by [ADR #33](...)"): prose naming none links nothing.
    for (name, _, _, blocks) in &body.sections {
        if name != "status" {
            for block in blocks {
                read_prose_links(block, &mut adr, &mut links);
            }
        }
    }
    settle_links(&mut adr, &links, &mut spans);
    Ok((adr, spans))
}

/// A span of a value with no key of its own.
fn span(range: Range<usize>) -> NodeSpan {
    NodeSpan {
        value: range,
        key: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn read(path: &str, text: &str) -> Adr {
        match parse(path, text) {
            Ok((adr, _)) => adr,
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn reads_nygard_and_adr_tools() {
        let adr = read(
            "doc/adr/0002-use-postgres.md",
            "# 2. Use Postgres\n\nDate: 2024-03-01\n\n## Status\n\nAccepted\n\nSupercedes [1. Use MySQL](0001-use-mysql.md)\n\n## Context\n\nWe need a database.\n\n## Decision\n\nPostgres.\n",
        );
        assert_eq!(adr.number, Some(2));
        assert_eq!(adr.title.as_deref(), Some("Use Postgres"));
        assert_eq!(adr.status.as_deref(), Some("accepted"));
        assert_eq!(adr.date.as_deref(), Some("2024-03-01"));
        assert_eq!(adr.supersedes, vec![1]);
        assert_eq!(
            adr.sections.get("context").map(String::as_str),
            Some("We need a database.")
        );
    }

    #[test]
    fn never_borrows_a_status_from_a_code_block_or_the_body() {
        let adr = read(
            "docs/adr/0009-x.md",
            "# 9. X\n\n## Context\n\nStatus: accepted is what we write.\n\n```\n## Status\nAccepted\n```\n",
        );
        assert_eq!(adr.status, None);
    }

    #[test]
    fn trusts_the_file_name_over_the_title() {
        let adr = read("docs/adr/ADR-001-Use_Django.md", "# ADR-nnn: Use Django\n");
        assert_eq!(adr.number, Some(1));
        assert_eq!(adr.title.as_deref(), Some("Use Django"));
    }

    #[test]
    fn tells_records_from_templates_and_indexes() {
        assert!(is_adr_file("docs/adr/0001-x.md"));
        assert!(!is_adr_file("docs/adr/template.md"));
        assert!(!is_adr_file(
            "docs/adr/ADR-nnn_Any_Decision_Record_Template.md"
        ));
        assert!(!is_adr_file("docs/adr/README.md"));
        assert!(!is_adr_file("docs/adr/assets/diagram.md"));
        assert!(!is_adr_file("docs/adr/diagram.png"));
    }

    #[test]
    fn malformed_front_matter_is_a_located_error() {
        assert!(parse("adr/0001-x.md", "---\nstatus: [\n---\n# X\n").is_err());
    }

    #[test]
    fn number_zero_is_a_record_and_forms_and_bare_front_matter_are_not() {
        assert!(is_adr_file(
            "docs/adr/0000-use-markdown-architectural-decision-records.md"
        ));
        assert!(!is_adr_file("docs/adr/0000-TEMPLATE.md"));
        let text = "# Use Markdown\n\n## Status\n\nAccepted\n";
        assert!(holds_a_record(text, &read("adr/0000-x.md", text)));
        let only_front = "---\nlayout: adr\ntitle: ADR-0003\n---\n\n";
        assert!(!holds_a_record(
            only_front,
            &read("adr/0003-x.md", only_front)
        ));
        let form = "---\ntitle: \"{short title of solved problem and solution}\"\n---\n\n## Context\n\n{Describe}\n";
        assert!(!holds_a_record(form, &read("adr/0009-x.md", form)));
    }

    #[test]
    fn supersession_in_the_body_needs_a_link_to_a_record() {
        let adr = read(
            "adr/0031-x.md",
            "# 31. X\n\n## Notes\n\nThese ranges have been superseded by [ADR #33](0033-y.md).\n\nHours were superseded by events, and superseded by 12 people.\n",
        );
        assert_eq!(adr.superseded_by, vec![33]);
        let adr = read(
            "adr/0033-x.md",
            "# 33. X\n\n## Decision\n\nThis ADR in part supersedes [0003](0003-z.md) and supersedes [a sheet](https://example.org/a.xlsx).\n",
        );
        assert_eq!(adr.supersedes_in_part, vec![3]);
        assert!(adr.supersedes.is_empty());
    }

    #[test]
    fn a_partial_supersession_in_the_status_is_not_a_whole_one() {
        let adr = read(
            "adr/0003-x.md",
            "# 3. X\n\n## Status\n\nAccepted, partially superseded by ADR-7\n\nIn part supersedes 2\n",
        );
        assert_eq!(adr.superseded_in_part_by, vec![7]);
        assert_eq!(adr.supersedes_in_part, vec![2]);
        assert!(adr.superseded_by.is_empty() && adr.supersedes.is_empty());
    }
}
