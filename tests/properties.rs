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

/// Collects one file and checks that every place the source map gives for
/// a fact observed in it (`input.observed`) lies inside the file: a byte span within the text
/// on character boundaries, a line that exists and a column within it.
fn every_observed_place_is_inside(path: &str, text: &str) -> Result<(), TestCaseError> {
    every_place_is_inside(path, text, "observed")
}

/// Collects one file and checks every place given for a fact under the
/// input's `root` key as [`every_observed_place_is_inside`] does.
fn every_place_is_inside(path: &str, text: &str, root: &str) -> Result<(), TestCaseError> {
    let tree = MemoryTree::new([(path, text)]);
    let request = Request::new("wgll.yaml", Date::new(2026, 11, 23).unwrap());
    let Ok(collected) = collect(&Opened::memory(tree, "r"), &request) else {
        return Ok(());
    };
    let input = serde_json::to_value(&collected.input).unwrap();
    let mut pointers = Vec::new();
    pointers_under(&format!("/{root}"), &input[root], &mut pointers);
    for pointer in pointers {
        let Some(place) = collected.sources.locate(&pointer) else {
            continue;
        };
        let text = &place.file.text;
        let span = place.span.clone();
        prop_assert!(
            span.start <= span.end && span.end <= text.len(),
            "{pointer}: {span:?} outside {} bytes",
            text.len()
        );
        prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        for offset in [span.start, span.end] {
            let (line, column) = place.file.line_col(offset);
            let lines = lines_of(text);
            prop_assert!(
                line >= 1 && line <= lines.len().max(1) + 1,
                "{pointer}: line {line}"
            );
            let width = lines.get(line - 1).map_or(0, |l| l.chars().count());
            prop_assert!(
                column >= 1 && column <= width + 1,
                "{pointer}: column {column} of {width}"
            );
        }
    }
    Ok(())
}

/// The lines of a text with their breaks, a break being LF, CRLF or a lone
/// CR, as editors count them.
fn lines_of(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            lines.push(&text[start..=i]);
            start = i + 1;
        }
    }
    lines.push(&text[start..]);
    lines
}

/// Every JSON pointer into `value`, itself included.
fn pointers_under(at: &str, value: &serde_json::Value, out: &mut Vec<String>) {
    out.push(at.to_string());
    match value {
        serde_json::Value::Object(map) => {
            for (key, inner) in map {
                let token = key.replace('~', "~0").replace('/', "~1");
                pointers_under(&format!("{at}/{token}"), inner, out);
            }
        }
        serde_json::Value::Array(items) => {
            for (i, inner) in items.iter().enumerate() {
                pointers_under(&format!("{at}/{i}"), inner, out);
            }
        }
        _ => {}
    }
}

/// Terraform-like text: blocks, attributes, strings, references and the
/// provider and region words the hosting reader looks for.
fn terraform_like() -> impl Strategy<Value = String> {
    let token = prop::sample::select(vec![
        "provider",
        "\"aws\"",
        "\"azurerm\"",
        "\"google\"",
        "resource",
        "module",
        "variable",
        "locals",
        "region",
        "location",
        "alias",
        "source",
        "default",
        "=",
        "{",
        "}",
        "[",
        "]",
        "\"eu-west-2\"",
        "\"us-east-1\"",
        "\"uksouth\"",
        "var.region",
        "local.x",
        "${var.r}",
        "\"./m\"",
        "\n",
        "\n",
        " ",
        "#",
        "//",
        "/*",
        "*/",
        "\"",
        "é",
        "\r\n",
        ",",
        "(",
        ")",
        "lookup",
        "each.value",
        "count",
        "1",
        "true",
        "<<EOT\n",
        "EOT\n",
    ]);
    prop::collection::vec(token, 0..60).prop_map(|t| t.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn arbitrary_terraform_never_panics_and_places_facts_inside_the_file(text in terraform_like()) {
        every_observed_place_is_inside("infra/main.tf", &text)?;
        every_observed_place_is_inside("infra/prod.tfvars", &text)?;
    }

    #[test]
    fn random_bytes_as_terraform_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let text = String::from_utf8_lossy(&bytes);
        every_observed_place_is_inside("main.tf", &text)?;
    }

    #[test]
    fn arbitrary_version_files_never_panic_and_place_pins_inside_the_file(
        name in prop::sample::select(vec![
            ".tool-versions", ".nvmrc", ".python-version", ".ruby-version", "global.json",
            "go.mod", "package.json", "pyproject.toml", "Gemfile", "Dockerfile",
            "web/Dockerfile", ".devcontainer/devcontainer.json", ".devcontainer.json",
        ]),
        text in "([a-zA-Z0-9 .:=@/\"{},\\-_\\[\\]<>^~*#\n\t\r]|FROM |AS |node|python|ruby|golang|engines|requires-python|ruby |go |sdk|version|image|é){0,80}",
    ) {
        every_observed_place_is_inside(name, &text)?;
    }

    #[test]
    fn random_bytes_as_version_files_never_panic(
        name in prop::sample::select(vec![".tool-versions", ".nvmrc", "go.mod", "package.json", "pyproject.toml", "Gemfile", "Dockerfile"]),
        bytes in proptest::collection::vec(any::<u8>(), 0..300),
    ) {
        every_observed_place_is_inside(name, &String::from_utf8_lossy(&bytes))?;
    }
}

/// Decision-record-like text: front matter, headings, metadata lines in
/// several shapes, tables, quotes, code fences and link phrases.
fn adr_like() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "---\n",
        "status: accepted\n",
        "date: 2024-01-02\n",
        "deciders: [a, b]\n",
        "tags: [x]\n",
        "status: [\n",
        "date: 31/02/2024\n",
        "# 3. Title\n",
        "# ADR-004: T\n",
        "## Status\n",
        "## Date\n",
        "## Tags\n",
        "## Context\n",
        "Accepted\n",
        "* Status: proposed\n",
        "**Status:** Rejected\n",
        "- ✅ Accepted\n",
        "Date: 2024-03-01\n",
        "> | Status | `Accepted` |\n",
        "| --- | --- |\n",
        "| Date | 02/01/25 |\n",
        "```\n",
        "Supersedes [2. X](0002-x.md)\n",
        "Superseded by 7\n",
        "Supercedes ADR-1\n",
        "Amended by [ADR 9](ADR-009_X.md)\n",
        "#tag #other\n",
        "\n",
        "\n",
        "text ",
        "İ",
        "\r\n",
        "<!-- c -->\n",
        "[link]: http://x\n",
        "    indented\n",
        "1. item\n",
    ]);
    prop::collection::vec(piece, 0..40).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Whatever mix of shapes a record is written in, reading it returns
    /// (or fails on its front matter) promptly, and every fact it gives is
    /// placed inside the file.
    #[test]
    fn arbitrary_records_read_promptly_and_place_facts_inside_the_file(text in adr_like()) {
        let started = std::time::Instant::now();
        let _ = wgll::collect::adr::parse("docs/adr/0003-x.md", &text);
        prop_assert!(started.elapsed() < std::time::Duration::from_secs(2), "slow on:\n{}", text);
        every_place_is_inside("docs/adr/0003-x.md", &text, "adrs")?;
    }

    /// A fact given in the front matter reads the same as in the body's
    /// `## Status` and `Date:` shapes.
    #[test]
    fn front_matter_and_body_state_the_same_facts(f in facts()) {
        let (y, m, d) = f.date;
        let iso = format!("{y:04}-{m:02}-{d:02}");
        let (status, _) = f.status;
        let title = &f.title;
        let n = f.number;
        let path = format!("docs/adr/{n:04}-x.md");
        let front = format!("---\nstatus: {status}\ndate: {iso}\n---\n# {title}\n\n## Context\n\nWhy.\n");
        let body = format!("# {n}. {title}\n\nDate: {iso}\n\n## Status\n\n{status}\n\n## Context\n\nWhy.\n");
        let (a, _) = wgll::collect::adr::parse(&path, &front).unwrap();
        let (b, _) = wgll::collect::adr::parse(&path, &body).unwrap();
        prop_assert_eq!(
            (a.number, a.title, a.status, a.date),
            (b.number, b.title, b.status, b.date)
        );
    }
}
