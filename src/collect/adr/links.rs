//! Links between records: the supersede and amend phrases ("Supersedes
//! [2. X](0002-x.md)", "Superseded by ADR-019", "Amended by 7"), the record
//! numbers they point at, and the paragraph that states each.

use std::ops::Range;

use super::body::Block;
use super::{Adr, AdrSpans, number_from_file_name, span, strip_adr_prefix};

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
pub(super) enum LinkKind {
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

/// Links named in a status value itself (`superseded by ADR-0007`), the
/// first of each phrase.
pub(super) fn read_status_links(value: &str, adr: &mut Adr) {
    let lower = value.to_ascii_lowercase();
    for (phrase, kind) in LINK_PHRASES {
        if let Some(i) = lower.find(phrase)
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
