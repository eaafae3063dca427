//! Property tests: no byte sequence as a manifest or an ADR makes the
//! collectors panic; each either reads or returns a located error.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use proptest::prelude::*;
use wgll::collect::source::MemoryTree;
use wgll::collect::{Opened, Request, collect};
use wgll::date::Date;

/// Collects a tree; what matters is that it returns.
fn collect_from(tree: MemoryTree) {
    let request = Request::new("wgll.yaml", Date::new(2026, 11, 23).unwrap());
    let _ = collect(&Opened::memory(tree, "r"), &request);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn random_bytes_as_a_manifest_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let tree = MemoryTree::new([("wgll.yaml", bytes)]);
        collect_from(tree);
    }

    #[test]
    fn random_yaml_like_text_as_a_manifest_never_panics(text in "[a-z:\\-\\[\\]{}&*!|>'\" \n#,?0-9]{0,300}") {
        let tree = MemoryTree::new([("wgll.yaml", text)]);
        collect_from(tree);
    }

    #[test]
    fn random_bytes_as_an_adr_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let tree = MemoryTree::new([("docs/adr/0001-x.md", bytes)]);
        collect_from(tree);
    }

    /// Letters whose lower case is longer or shorter in bytes (İ, the
    /// Kelvin sign) before a link phrase: offsets found in a lower-cased
    /// copy must still fit the original text.
    #[test]
    fn letters_that_change_length_in_lower_case_never_panic(
        before in "(İ|\u{212a}|ẞ|é|a| ){0,24}",
        phrase in "(superseded by|Supersedes|amended by|Superceded by) ",
        number in 1u32..999,
    ) {
        for text in [
            format!("# 5. X\n\n## Status\n\n{before}{phrase}{number}\n"),
            format!("# 5. X\n\nStatus: Accepted, {before}{phrase}[ADR {number}](000{number}-x.md)\n"),
        ] {
            let tree = MemoryTree::new([("docs/adr/0005-x.md", text)]);
            collect_from(tree);
        }
    }

    #[test]
    fn random_markdown_like_text_as_an_adr_never_panics(text in "[#*>|`\\-_:\\[\\]()a-zA-Z0-9 \n/.✅é]{0,400}") {
        let tree = MemoryTree::new([("docs/adr/0001-x.md", text)]);
        collect_from(tree);
    }
}

/// The facts of one decision, to be written in every shape.
#[derive(Debug, Clone)]
struct Facts {
    number: u32,
    title: String,
    /// (as written, as read)
    status: (&'static str, &'static str),
    date: (u32, u32, u32),
    supersedes: Option<u32>,
}

fn facts() -> impl Strategy<Value = Facts> {
    let statuses = prop::sample::select(vec![
        ("Accepted", "accepted"),
        ("Proposed", "proposed"),
        ("Rejected", "rejected"),
        ("Deprecated", "deprecated"),
        ("RFC", "rfc"),
        ("On hold", "on hold"),
        ("Draft", "draft"),
    ]);
    (
        1u32..999,
        "[A-Z][a-z]{2,8}( [a-z]{2,8}){0,4}",
        statuses,
        (2000u32..2030, 1u32..13, 1u32..29),
        prop::option::of(1u32..999),
    )
        .prop_map(|(number, title, status, date, supersedes)| Facts {
            number,
            title,
            status,
            date,
            supersedes,
        })
}

/// The same facts in each shape teams write: (file name, text).
fn shapes(f: &Facts) -> Vec<(String, String)> {
    let (y, m, d) = f.date;
    let iso = format!("{y:04}-{m:02}-{d:02}");
    let uk = format!("{d:02}/{m:02}/{y:04}");
    let uk_short = format!("{d:02}/{m:02}/{:02}", y % 100);
    let n = f.number;
    let (status, _) = f.status;
    let title = &f.title;
    let link_md = f
        .supersedes
        .map(|s| format!("Supersedes [{s}. Earlier decision]({s:04}-earlier.md)\n\n"))
        .unwrap_or_default();
    let link_bare = f
        .supersedes
        .map(|s| format!("Supercedes {s}\n\n"))
        .unwrap_or_default();
    let link_adr = f
        .supersedes
        .map(|s| format!("Supersedes [ADR-{s:03}](ADR-{s:03}_Earlier.md)\n\n"))
        .unwrap_or_default();
    vec![
        (
            format!("{n:04}-nygard.md"),
            format!(
                "# {n}. {title}\n\nDate: {iso}\n\n## Status\n\n{status}\n\n{link_md}## Context\n\nWhy.\n"
            ),
        ),
        (
            format!("{n:04}-madr-front-matter.md"),
            format!(
                "---\nstatus: {status}\ndate: {iso}\n---\n# {title}\n\n{link_bare}## Context and Problem Statement\n\nWhy.\n"
            ),
        ),
        (
            format!("{n:03}-madr-bullets.md"),
            format!(
                "# {title}\n\n* Status: {status}\n* Date: {iso}\n\n{link_md}## Context and Problem Statement\n\nWhy.\n"
            ),
        ),
        (
            format!("ADR-{n:03}_Any_decision_record.md"),
            format!(
                "# ADR-{n:03}: {title}\n\n> |              |                  |\n> | ------------ | ---------------- |\n> | Date         | `{uk}` _when the decision was last updated_ |\n> | Status       | `{status}`       |\n> | Deciders     | `Team`           |\n\n{link_adr}---\n\n## Context\n\nWhy.\n"
            ),
        ),
        (
            format!("ADR-{n:03}-bold.md"),
            format!(
                "# ADR {n}: {title}\n\n**Status:** {status}\n\n**Date:** {uk_short}\n\n{link_bare}## Context\n\nWhy.\n"
            ),
        ),
        (
            format!("{n:04}-list-and-emoji.md"),
            format!(
                "# {n}. {title}\n\n## Status\n\n- ✅ {status}\n\n{link_md}## Date\n\n{uk}\n\n## Context\n\nWhy.\n"
            ),
        ),
        (
            format!("{n:04}-table.md"),
            format!(
                "# {n}. {title}\n\n| Field | Value |\n| --- | --- |\n| Status | {status} |\n| Date | {iso} |\n\n{link_md}## Context\n\nWhy.\n"
            ),
        ),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn the_same_facts_read_the_same_in_every_shape(f in facts()) {
        let (y, m, d) = f.date;
        let date = format!("{y:04}-{m:02}-{d:02}");
        for (name, text) in shapes(&f) {
            let path = format!("docs/adr/{name}");
            let (adr, _) = wgll::collect::adr::parse(&path, &text)
                .unwrap_or_else(|e| panic!("{name}: {e}\n{text}"));
            prop_assert_eq!(adr.number, Some(f.number), "number in {}:\n{}", name, text);
            prop_assert_eq!(adr.title.as_deref(), Some(f.title.as_str()), "title in {}:\n{}", name, text);
            prop_assert_eq!(adr.status.as_deref(), Some(f.status.1), "status in {}:\n{}", name, text);
            prop_assert_eq!(adr.date.as_deref(), Some(date.as_str()), "date in {}:\n{}", name, text);
            prop_assert_eq!(&adr.supersedes, &f.supersedes.into_iter().collect::<Vec<_>>(), "links in {}:\n{}", name, text);
        }
    }
}
