//! Links between records: the supersede and amend phrases ("Supersedes
//! [2. X](0002-x.md)", "Superseded by ADR-019", "Amended by 7"), the record
//! numbers they point at, and the paragraph that states each.

use std::ops::Range;

use super::body::Block;
use super::{Adr, AdrSpans, number_from_file_name, span, strip_adr_prefix};

/// In order: a phrase is looked for before any phrase it ends with, so "in
/// part supersedes" is found before "supersedes".
const LINK_PHRASES: [(&str, LinkKind); 16] = [
    ("in part superseded by", LinkKind::PartlySupersededBy),
    ("partially superseded by", LinkKind::PartlySupersededBy),
    ("partly superseded by", LinkKind::PartlySupersededBy),
    ("superseded in part by", LinkKind::PartlySupersededBy),
    ("in part supersedes", LinkKind::PartlySupersedes),
    ("partially supersedes", LinkKind::PartlySupersedes),
    ("partly supersedes", LinkKind::PartlySupersedes),
    ("supersedes in part", LinkKind::PartlySupersedes),
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
pub(super) enum LinkKind {
    Supersedes,
    SupersededBy,
    Amends,
    AmendedBy,
    PartlySupersedes,
    PartlySupersededBy,
}

impl LinkKind {
    /// The input document's field for this kind of link.
    fn field(self) -> &'static str {
        match self {
            Self::Supersedes => "supersedes",
            Self::SupersededBy => "superseded_by",
            Self::Amends => "amends",
            Self::AmendedBy => "amended_by",
            Self::PartlySupersedes => "supersedes_in_part",
            Self::PartlySupersededBy => "superseded_in_part_by",
        }
    }
}

fn push_link(adr: &mut Adr, kind: &LinkKind, number: u32) {
    match kind {
        LinkKind::Supersedes => adr.supersedes.push(number),
        LinkKind::SupersededBy => adr.superseded_by.push(number),
        LinkKind::Amends => adr.amends.push(number),
        LinkKind::AmendedBy => adr.amended_by.push(number),
        LinkKind::PartlySupersedes => adr.supersedes_in_part.push(number),
        LinkKind::PartlySupersededBy => adr.superseded_in_part_by.push(number),
    }
}

/// Whether the phrase found at `at` in `lower` is only the tail of a longer
/// one ("supersedes" in "in part supersedes", "superseded" in "superseded
/// in part by"), which its own entry reads.
fn inside_longer_phrase(lower: &str, at: usize, phrase: &str) -> bool {
    LINK_PHRASES.iter().any(|(longer, _)| {
        longer.len() > phrase.len()
            && longer.find(phrase).is_some_and(|offset| {
                at.checked_sub(offset)
                    .and_then(|start| lower.get(start..start + longer.len()))
                    == Some(*longer)
            })
    })
}

/// Links named in a status value itself (`superseded by ADR-0007`), the
/// first of each phrase.
pub(super) fn read_status_links(value: &str, adr: &mut Adr) {
    let lower = value.to_ascii_lowercase();
    for (phrase, kind) in LINK_PHRASES {
        if let Some(i) = lower.find(phrase)
            && !inside_longer_phrase(&lower, i, phrase)
            && let Some(n) = leading_number(&value[i + phrase.len()..])
        {
            push_link(adr, &kind, n);
        }
    }
}

/// Links in a status or preamble block: `Supersedes [2. X](0002-x.md)`,
/// `Superseded by ADR-019`, `Amended by 7`.
pub(super) fn read_links(
    block: &Block,
    adr: &mut Adr,
    found: &mut Vec<(LinkKind, u32, Range<usize>)>,
) {
    read_prose_links(block, adr, found);
    let lower = block.text.to_ascii_lowercase();
    // Bare numbers, with no Markdown link.
    for (phrase, kind) in LINK_PHRASES {
        let mut from = 0;
        while let Some(i) = lower[from..].find(phrase) {
            let at = from + i + phrase.len();
            from = at;
            let rest = &block.text[at..];
            if inside_longer_phrase(&lower, at - phrase.len(), phrase)
                || rest.trim_start().starts_with('[')
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

/// Markdown links that name a record, straight after a link phrase:
/// "superseded by [ADR #33](0033-x.md)", "in part supersedes [0003](...)".
/// A link to anything that is not a record (a spreadsheet, a web page with
/// no number) links nothing.
pub(super) fn read_prose_links(
    block: &Block,
    adr: &mut Adr,
    found: &mut Vec<(LinkKind, u32, Range<usize>)>,
) {
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
}

/// Sorts each list of links and drops repeats; each link is located at the
/// paragraph that first states it.
pub(super) fn settle_links(
    adr: &mut Adr,
    found: &[(LinkKind, u32, Range<usize>)],
    spans: &mut AdrSpans,
) {
    for (kind, list) in [
        (LinkKind::Supersedes, &mut adr.supersedes),
        (LinkKind::SupersededBy, &mut adr.superseded_by),
        (LinkKind::Amends, &mut adr.amends),
        (LinkKind::AmendedBy, &mut adr.amended_by),
        (LinkKind::PartlySupersedes, &mut adr.supersedes_in_part),
        (LinkKind::PartlySupersededBy, &mut adr.superseded_in_part_by),
    ] {
        list.sort_unstable();
        list.dedup();
        for (j, n) in list.iter().enumerate() {
            if let Some((_, _, range)) = found.iter().find(|(k, m, _)| *k == kind && m == n) {
                spans.push((format!("/{}/{j}", kind.field()), span(range.clone())));
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
