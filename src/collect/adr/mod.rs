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
mod fields;
mod links;

use std::collections::BTreeMap;
use std::ops::Range;

use serde::Serialize;

use self::body::split_body;
use self::fields::{
    assign, front_matter, hash_tags, labelled_values, read_front_matter, split_title,
};
use self::links::{read_links, settle_links};
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
    /// Section text by normalised heading (`context`, `decision`, `consequences`...).
    pub sections: BTreeMap<String, String>,
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
        || stem.starts_with("adr-nnn")
        || stem.starts_with("0000-"))
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
    if let Some(fm) = front {
        let doc = yaml::parse(&text[fm.clone()], YamlLimits::default())
            .map_err(|e| yaml_error(path, text, fm.start, e))?;
        read_front_matter(&doc, fm.start, &mut adr, &mut spans);
    }
    let body = split_body(text, body_start);
    if let Some((title, range)) = &body.title {
        let (number, title) = split_title(title);
        adr.title = Some(title);
        if adr.number.is_none() {
            adr.number = number;
        }
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
        if let Some(first) = blocks.iter().find(|b| !b.text.trim().is_empty()) {
            let value = first.text.lines().next().unwrap_or("").to_string();
            assign(&mut adr, &mut spans, field, &value, first.range.clone());
        }
        if field == "status" {
            for block in blocks {
                read_links(block, &mut adr, &mut links);
            }
        }
    }
    for block in &body.preamble {
        read_links(block, &mut adr, &mut links);
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
}
