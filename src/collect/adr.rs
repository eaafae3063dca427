//! Architecture decision records, read the way a careful reviewer reads them:
//! Nygard and adr-tools (`## Status` heading, `Date:` line), MADR 2-4 (YAML
//! front matter or `* Status:` lines) and NHS England's "Any Decision Record"
//! template (a header table, often inside a blockquote).
//!
//! Metadata is taken only where a record states its own: the front matter,
//! the preamble between the title and the first section, or a section named
//! for it (`## Status`). A status inside a code block or quoted as an example
//! further down is not the record's own, so it is never borrowed.

use std::collections::BTreeMap;
use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Serialize;
use serde_json::Value;

use super::error::{CollectError, yaml_error};
use crate::date::Date;
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
    /// ISO date of the decision.
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
    let lower = text.to_ascii_lowercase();
    if lower.starts_with("adr") {
        text[3..].trim_start_matches(['-', '_', ' '])
    } else {
        text
    }
}

/// A block of body text with its source range and the links inside it.
#[derive(Debug, Default)]
struct Block {
    text: String,
    range: Range<usize>,
    /// (byte position in `text` where the link starts, destination, link text).
    links: Vec<(usize, String, String)>,
    /// Table cells: (text, range).
    cells: Vec<(String, Range<usize>)>,
}

/// The parts of a body: preamble blocks, then sections by H2.
#[derive(Debug, Default)]
struct Body {
    title: Option<(String, Range<usize>)>,
    preamble: Vec<Block>,
    /// (normalised name, heading range, end offset, blocks).
    sections: Vec<(String, Range<usize>, usize, Vec<Block>)>,
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
    for (kind, list) in [
        (LinkKind::Supersedes, &mut adr.supersedes),
        (LinkKind::SupersededBy, &mut adr.superseded_by),
        (LinkKind::Amends, &mut adr.amends),
        (LinkKind::AmendedBy, &mut adr.amended_by),
    ] {
        list.sort_unstable();
        list.dedup();
        // Each link is located at the paragraph that first states it.
        for (j, n) in list.iter().enumerate() {
            if let Some((_, _, range)) = links.iter().find(|(k, m, _)| *k == kind && m == n) {
                spans.push((format!("/{}/{j}", kind.field()), span(range.clone())));
            }
        }
    }
    Ok((adr, spans))
}

fn span(range: Range<usize>) -> NodeSpan {
    NodeSpan {
        value: range,
        key: None,
    }
}

/// The byte range of YAML front matter, and where the body starts.
fn front_matter(text: &str) -> (Option<Range<usize>>, usize) {
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

fn read_front_matter(doc: &yaml::YamlDoc, base: usize, adr: &mut Adr, spans: &mut AdrSpans) {
    let Value::Object(map) = &doc.value else {
        return;
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
        assign(adr, spans, &field, &text, s.value);
    }
}

/// Stores one labelled value (`Status`, `Date`, `Deciders`, `Tags`) unless
/// an earlier, more authoritative place already gave it.
fn assign(adr: &mut Adr, spans: &mut AdrSpans, field: &str, value: &str, range: Range<usize>) {
    let value = clean(value);
    match field {
        "status" if adr.status.is_none() => {
            if let Some(status) = normalise_status(&value) {
                adr.status = Some(status);
                spans.push(("/status".into(), span(range)));
                let lower = value.to_ascii_lowercase();
                for (phrase, kind) in LINK_PHRASES {
                    if let Some(i) = lower.find(phrase)
                        && let Some(n) = leading_number(&value[i + phrase.len()..])
                    {
                        push_link(adr, &kind, n);
                    }
                }
            }
        }
        "date" | "last_updated" | "date_decided" if adr.date.is_none() => {
            if let Some(date) = Date::parse_loose(&value) {
                adr.date = Some(date.to_string());
                spans.push(("/date".into(), span(range)));
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
];

/// The status: a known status word if the first line starts with one (after
/// a date or emoji), else the leading phrase as written, lower-cased ("on
/// hold", "rfc"), up to any punctuation that starts a remark.
fn normalise_status(value: &str) -> Option<String> {
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
    Some(words.join(" "))
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

fn hash_tags(text: &str) -> Vec<String> {
    text.split_whitespace()
        .filter_map(|w| w.strip_prefix('#'))
        .map(|t| t.trim_end_matches([',', '.', ';']).to_lowercase())
        .filter(|t| !t.is_empty())
        .collect()
}

/// `Status: Accepted` lines, `* Status: accepted` items and `| Status | x |` rows.
fn labelled_values(block: &Block) -> Vec<(String, String, Range<usize>)> {
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
                "status" | "date" | "deciders" | "decision_makers" | "tags"
            ) {
                out.push((key, value.to_string(), block.range.clone()));
            }
        }
    }
    out
}

fn label_key(label: &str) -> String {
    normalise_heading(&clean(label))
}

/// Heading text to a section key: `Decision Outcome` -> `decision_outcome`.
fn normalise_heading(text: &str) -> String {
    let text = text
        .trim()
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
        .trim();
    let mut key = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            key.extend(c.to_lowercase());
        } else if !key.ends_with('_') && !key.is_empty() {
            key.push('_');
        }
    }
    key.trim_end_matches('_').to_string()
}

/// `# 4. Host on AWS` -> (4, "Host on AWS"); `# ADR-004: X` -> (4, "X").
fn split_title(title: &str) -> (Option<u32>, String) {
    let t = title.trim();
    let rest = strip_adr_prefix(t);
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let stripped = rest[digits.len()..].trim_start_matches(['.', ':', '-', ' ', '_']);
    // `ADR-nnn:` left in a title copied from the template carries no number.
    let stripped = if rest.to_ascii_lowercase().starts_with("nnn") {
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

const LINK_PHRASES: [(&str, LinkKind); 8] = [
    ("superseded by", LinkKind::SupersededBy),
    ("superceded by", LinkKind::SupersededBy),
    ("amended by", LinkKind::AmendedBy),
    ("supersedes", LinkKind::Supersedes),
    ("supercedes", LinkKind::Supersedes),
    ("superseded", LinkKind::SupersededBy),
    ("superceded", LinkKind::SupersededBy),
    ("amends", LinkKind::Amends),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LinkKind {
    Supersedes,
    SupersededBy,
    Amends,
    AmendedBy,
}

impl LinkKind {
    /// The input document's field for this kind of link.
    fn field(self) -> &'static str {
        match self {
            Self::Supersedes => "supersedes",
            Self::SupersededBy => "superseded_by",
            Self::Amends => "amends",
            Self::AmendedBy => "amended_by",
        }
    }
}

fn push_link(adr: &mut Adr, kind: &LinkKind, number: u32) {
    match kind {
        LinkKind::Supersedes => adr.supersedes.push(number),
        LinkKind::SupersededBy => adr.superseded_by.push(number),
        LinkKind::Amends => adr.amends.push(number),
        LinkKind::AmendedBy => adr.amended_by.push(number),
    }
}

/// Links in a status or preamble block: `Supersedes [2. X](0002-x.md)`,
/// `Superseded by ADR-019`, `Amended by 7`.
fn read_links(block: &Block, adr: &mut Adr, found: &mut Vec<(LinkKind, u32, Range<usize>)>) {
    let lower = block.text.to_ascii_lowercase();
    for (pos, dest, text) in &block.links {
        let line_start = lower[..*pos].rfind('\n').map_or(0, |i| i + 1);
        let before = &lower[line_start..*pos];
        let Some(kind) = phrase_before(before) else {
            continue;
        };
        let number = number_from_file_name(dest.split(['#', '?']).next().unwrap_or(dest))
            .or_else(|| leading_number(text));
        if let Some(n) = number {
            push_link(adr, &kind, n);
            found.push((kind, n, block.range.clone()));
        }
    }
    // Bare numbers, with no Markdown link.
    for (phrase, kind) in LINK_PHRASES {
        let mut from = 0;
        while let Some(i) = lower[from..].find(phrase) {
            let at = from + i + phrase.len();
            from = at;
            let rest = &block.text[at..];
            if rest.trim_start().starts_with('[')
                || (phrase.ends_with("seded") || phrase.ends_with("ceded"))
                    && rest.trim_start().starts_with("by")
            {
                continue;
            }
            if let Some(n) = leading_number(rest) {
                push_link(adr, &kind, n);
                found.push((kind, n, block.range.clone()));
            }
        }
    }
}

fn phrase_before(before: &str) -> Option<LinkKind> {
    let before = before.trim_end().trim_end_matches([':', '-']).trim_end();
    LINK_PHRASES
        .iter()
        .find(|(p, _)| before.ends_with(p))
        .map(|(_, k)| *k)
}

/// A number at the start of `text`, after spaces, `ADR`, `-` or `#`.
fn leading_number(text: &str) -> Option<u32> {
    let t = text.trim_start().trim_start_matches([':', ' ']);
    let t = strip_adr_prefix(t).trim_start_matches(['#', ' ', '-']);
    let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// Splits the Markdown body into a title, preamble blocks and H2 sections.
fn split_body(text: &str, start: usize) -> Body {
    let mut body = Body::default();
    let source = &text[start..];
    let parser = Parser::new_ext(
        source,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    );
    let mut block: Option<Block> = None;
    let mut heading: Option<(HeadingLevel, Range<usize>, String)> = None;
    let mut cell: Option<(String, Range<usize>)> = None;
    let mut in_code = false;
    let mut link: Option<(usize, String, usize)> = None;
    let shift = |r: Range<usize>| r.start + start..r.end + start;

    for (event, range) in parser.into_offset_iter() {
        let range = shift(range);
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                heading = Some((level, range, String::new()))
            }
            Event::End(TagEnd::Heading(_)) => {
                let Some((level, range, text)) = heading.take() else {
                    continue;
                };
                let text = text.trim().to_string();
                match level {
                    HeadingLevel::H1 if body.title.is_none() => body.title = Some((text, range)),
                    HeadingLevel::H1 | HeadingLevel::H2 => {
                        body.sections.push((
                            normalise_heading(&text),
                            range.clone(),
                            range.end,
                            Vec::new(),
                        ));
                    }
                    _ => push_block(
                        &mut body,
                        Block {
                            text,
                            range,
                            ..Block::default()
                        },
                    ),
                }
            }
            Event::Start(Tag::CodeBlock(_)) => in_code = true,
            Event::End(TagEnd::CodeBlock) => in_code = false,
            // Items of a tight list hold their text with no paragraph.
            Event::Start(Tag::Paragraph | Tag::Item) if block.is_none() => {
                block = Some(Block {
                    range,
                    ..Block::default()
                });
            }
            Event::End(TagEnd::Paragraph | TagEnd::Item) => {
                if let Some(b) = block.take() {
                    push_block(&mut body, b);
                }
            }
            Event::Start(Tag::TableRow | Tag::TableHead) => {
                block = Some(Block {
                    range,
                    ..Block::default()
                })
            }
            Event::End(TagEnd::TableRow | TagEnd::TableHead) => {
                if let Some(b) = block.take() {
                    push_block(&mut body, b);
                }
            }
            Event::Start(Tag::TableCell) => cell = Some((String::new(), range)),
            Event::End(TagEnd::TableCell) => {
                if let (Some(c), Some(b)) = (cell.take(), block.as_mut()) {
                    b.cells.push((c.0.trim().to_string(), c.1));
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                let pos = block.as_ref().map_or(0, |b| b.text.len());
                link = Some((pos, dest_url.to_string(), pos));
            }
            Event::End(TagEnd::Link) => {
                if let (Some((pos, dest, _)), Some(b)) = (link.take(), block.as_mut()) {
                    let text = b.text[pos..].to_string();
                    b.links.push((pos, dest, text));
                }
            }
            Event::Text(t) | Event::Code(t) if !in_code => {
                if let Some((_, _, text)) = heading.as_mut() {
                    text.push_str(&t);
                } else {
                    if let Some((text, _)) = cell.as_mut() {
                        text.push_str(&t);
                    }
                    if let Some(b) = block.as_mut() {
                        b.text.push_str(&t);
                    }
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(b) = block.as_mut() {
                    b.text.push('\n');
                }
            }
            _ => {}
        }
    }
    body
}

fn push_block(body: &mut Body, block: Block) {
    match body.sections.last_mut() {
        Some((_, _, end, blocks)) => {
            *end = (*end).max(block.range.end);
            blocks.push(block);
        }
        None => body.preamble.push(block),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(path: &str, text: &str) -> Adr {
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
    fn never_borrows_a_status_from_a_code_block_or_the_body() {
        let adr = read(
            "docs/adr/0009-x.md",
            "# 9. X\n\n## Context\n\nStatus: accepted is what we write.\n\n```\n## Status\nAccepted\n```\n",
        );
        assert_eq!(adr.status, None);
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
