//! Property tests: a decision record's facts (number, title, status, date,
//! deciders) written in each shape wgll reads come back the same, whatever
//! the shape: Nygard and adr-tools, MADR front matter and bullets, NHS
//! England's header table, bold inline labels, a status badge, a front-matter
//! title that is only the id beside a description, and MADR's ranked dates.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use proptest::prelude::*;
use wgll::collect::adr::{Adr, parse};

/// What a record states, whichever way it is written.
#[derive(Debug, Clone)]
struct Facts {
    number: u32,
    title: String,
    /// As read: lower case (`under review`).
    status: &'static str,
    /// (year, month, day).
    date: (u32, u32, u32),
    deciders: Vec<String>,
}

const STATUSES: &[&str] = &[
    "proposed",
    "accepted",
    "rejected",
    "deprecated",
    "superseded",
    "draft",
    "rfc",
    "pending",
    "under review",
    "in discussion",
];

fn facts() -> impl Strategy<Value = Facts> {
    (
        1u32..10_000,
        proptest::collection::vec("[a-z]{4,9}", 2..6),
        0..STATUSES.len(),
        (2000u32..2030, 1u32..13, 1u32..29),
        proptest::collection::vec("[A-Z][a-z]{2,7}", 0..4),
    )
        .prop_map(|(number, words, status, date, deciders)| {
            let mut title = words.join(" ");
            title[..1].make_ascii_uppercase();
            Facts {
                number,
                title,
                status: STATUSES[status],
                date,
                deciders,
            }
        })
}

/// `Under review`: the status as a person writes it.
fn written(status: &str) -> String {
    let mut s = status.to_string();
    s[..1].make_ascii_uppercase();
    s
}

fn iso((y, m, d): (u32, u32, u32)) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

fn uk((y, m, d): (u32, u32, u32)) -> String {
    format!("{d:02}/{m:02}/{y:04}")
}

/// The record in every shape: (shape, path, text, states deciders).
fn shapes(f: &Facts) -> Vec<(&'static str, String, String, bool)> {
    let n = f.number;
    let (title, status, iso, uk) = (&f.title, written(f.status), iso(f.date), uk(f.date));
    let names = f.deciders.join(", ");
    let body = "## Context\n\nThe service needs a decision.\n\n## Decision\n\nWe decide.\n";
    let badge = f.status.replace(' ', "_");
    vec![
        (
            "nygard",
            format!("doc/adr/{n:04}-x.md"),
            format!("# {n}. {title}\n\nDate: {iso}\n\n## Status\n\n{status}\n\n{body}"),
            false,
        ),
        (
            "madr front matter",
            format!("docs/decisions/{n:04}-x.md"),
            format!(
                "---\nstatus: {}\ndate: {iso}\ndeciders: [{names}]\n---\n# {title}\n\n{body}",
                f.status
            ),
            true,
        ),
        (
            "madr bullets",
            format!("docs/adr/{n:04}-x.md"),
            format!(
                "# {title}\n\n* Status: {status}\n* Deciders: {names}\n* Date: {iso}\n\n{body}"
            ),
            true,
        ),
        (
            "nhs header table",
            format!("docs/adr/ADR-{n:03}_X.md"),
            format!(
                "# ADR-{n:03}: {title}\n\n>| | |\n>|---|---|\n>| Date | `{uk}` |\n>| Status | `{status}` |\n>| Deciders | `{names}` |\n\n---\n\n{body}"
            ),
            true,
        ),
        (
            "bold inline",
            format!("adr/{n:04}-x.md"),
            format!("# ADR {n}: {title}\n\n**Status:** {status}\n\n**Date:** {uk}\n\n{body}"),
            false,
        ),
        (
            "status badge",
            format!("docs/adr/{n:04}-x.md"),
            format!(
                "# {n}. {title}\n\nDate: {iso}\n\n## Status\n\n![Generic badge](https://img.shields.io/badge/status-{badge}-blue.svg)\n\n{body}"
            ),
            false,
        ),
        (
            "front matter id and description",
            format!("_adrs/{n:04}-x.md"),
            format!(
                "---\nlayout: adr\ntitle: ADR-{n:04}\ndescription: {title}\nstatus: {}\ndate: {iso}\n---\n\n{body}",
                f.status
            ),
            false,
        ),
        (
            "ranked dates",
            format!("docs/decisions/{n:04}-x.md"),
            format!(
                "# {title}\n\n* Status: {status}\n* Raised: 1999-12-31\n* Decided: {iso}\n* Last updated: 2031-01-01\n\n{body}"
            ),
            false,
        ),
    ]
}

fn read(path: &str, text: &str) -> Adr {
    parse(path, text)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .0
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_records_facts_read_the_same_in_every_shape(f in facts()) {
        for (shape, path, text, has_deciders) in shapes(&f) {
            let adr = read(&path, &text);
            prop_assert_eq!(adr.number, Some(f.number), "{} number\n{}", shape, text);
            prop_assert_eq!(adr.title.as_deref(), Some(f.title.as_str()), "{} title\n{}", shape, text);
            prop_assert_eq!(adr.status.as_deref(), Some(f.status), "{} status\n{}", shape, text);
            let date = iso(f.date);
            prop_assert_eq!(adr.date.as_deref(), Some(date.as_str()), "{} date\n{}", shape, text);
            if has_deciders {
                prop_assert_eq!(&adr.deciders, &f.deciders, "{} deciders\n{}", shape, text);
            }
        }
    }
}
