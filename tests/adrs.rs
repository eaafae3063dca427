//! `wgll adrs`: the decision log read from every shape teams write, as
//! snapshots of the JSON (the same objects as `input.adrs`), the table and
//! the Mermaid graph; folders found as the design says; each read mode.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{TODAY, commit_all, copy_to_temp, fixture, git_init, stdout_of, wgll, write};
use serde_json::Value;

/// The shapes fixture, copied out of this repository so that git facts
/// (`last_changed`) come from no repository rather than from ours.
fn shapes() -> tempfile::TempDir {
    copy_to_temp(&fixture("repos/adr-shapes"))
}

fn adrs(args: &[&str], path: &std::path::Path) -> std::process::Output {
    wgll().arg("adrs").args(args).arg(path).output().unwrap()
}

/// The files `wgll adrs` read as decision records.
fn files_read(path: &std::path::Path) -> Vec<String> {
    let json: Value = serde_json::from_slice(&adrs(&["--format", "json"], path).stdout).unwrap();
    json.as_array()
        .unwrap()
        .iter()
        .map(|a| a["file"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn every_shape_reads_as_a_careful_reader_would() {
    let out = adrs(&["--format", "json"], shapes().path());
    assert_eq!(out.status.code(), Some(0));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    insta::assert_json_snapshot!("adr_shapes_json", json);
}

#[test]
fn templates_indexes_readmes_and_other_files_are_not_decisions() {
    let files = files_read(shapes().path());
    for not_adr in [
        "0000-TEMPLATE.md",
        "ADR-nnn_Any_Decision_Record_Template.md",
        "adr-template.md",
        "README.md",
        "index.md",
        "decisions.dot",
    ] {
        assert!(
            !files.iter().any(|f| f.ends_with(not_adr)),
            "{not_adr} read as a decision"
        );
    }
    assert_eq!(files.len(), 13);
}

#[test]
fn the_table_and_the_graph_are_stable() {
    let dir = shapes();
    let path = dir.path().to_path_buf();
    insta::assert_snapshot!("adr_shapes_table", stdout_of(&adrs(&[], &path)));
    insta::assert_snapshot!(
        "adr_shapes_mermaid",
        stdout_of(&adrs(&["--format", "mermaid"], &path))
    );
    let markdown = stdout_of(&adrs(&["--format", "markdown"], &path));
    assert!(markdown.starts_with("| # | status | date | title | links | changed | file |\n|---|"));
    assert!(markdown.contains("| 8 | on hold | 2024-07-15 | Fax retirement timeline | amends 7 |"));
}

#[test]
fn a_broken_manifest_does_not_stop_the_decision_log() {
    let dir = copy_to_temp(shapes().path());
    write(dir.path(), "wgll.yaml", "service: [unclosed\n");
    let out = adrs(&[], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr_of(&out));
}

#[test]
fn folders_are_found_as_the_design_says() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "architecture-decision-record/0001-a.md",
        "# 1. A\n\n## Status\n\nAccepted\n",
    );
    write(dir.path(), "doc/adr/0002-b.md", "# 2. B\n");
    assert_eq!(
        files_read(dir.path()),
        [
            "architecture-decision-record/0001-a.md",
            "doc/adr/0002-b.md"
        ]
    );

    // `.adr-dir` names the one folder to read.
    write(dir.path(), ".adr-dir", "records/decisions\n");
    write(dir.path(), "records/decisions/0003-c.md", "# 3. C\n");
    assert_eq!(files_read(dir.path()), ["records/decisions/0003-c.md"]);
}

#[test]
fn the_log_reads_the_index_and_commits_with_last_change() {
    let dir = tempfile::tempdir().unwrap();
    let repo = git_init(dir.path());
    write(
        dir.path(),
        "docs/adr/0001-a.md",
        "# 1. A\n\n## Status\n\nAccepted\n",
    );
    commit_all(&repo, "first", 1_780_000_000);
    write(
        dir.path(),
        "docs/adr/0001-a.md",
        "# 1. A\n\n## Status\n\nDeprecated\n",
    );
    common::stage(&repo, "docs/adr/0001-a.md");
    write(
        dir.path(),
        "docs/adr/0001-a.md",
        "# 1. A\n\n## Status\n\nRejected\n",
    );

    let status = |args: &[&str]| {
        let json: Value = serde_json::from_slice(&adrs(args, dir.path()).stdout).unwrap();
        (json[0]["status"].clone(), json[0]["last_changed"].clone())
    };
    let json = ["--format", "json"];
    assert_eq!(status(&json).0, "rejected");
    assert_eq!(status(&[&json[..], &["--staged"]].concat()).0, "deprecated");
    let (at_head, changed) = status(&[&json[..], &["--rev", "HEAD"]].concat());
    assert_eq!(at_head, "accepted");
    assert_eq!(changed, "2026-05-28");
}

#[test]
fn check_locates_decision_record_findings_in_the_record() {
    let out = wgll()
        .args(["check", "--format", "json", "--today", TODAY])
        .arg(shapes().path())
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let adr_findings: Vec<(String, String, u64)> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"].as_str().unwrap().starts_with("ADR-"))
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["file"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
            )
        })
        .collect();
    // Outside git, an accepted record's own date is its last review: the
    // fixture's older accepted records are due for review (ADR-09, info),
    // all but the founding "Record architecture decisions".
    let expected = [
        ("ADR-07", "docs/adr/0003-message-queue.md", 2),
        ("ADR-09", "docs/adr/0004-ui-toolkit.md", 3),
        ("ADR-09", "docs/adr/0009-use-a-managed-database.md", 7),
        ("ADR-02", "docs/adr/0010-rfc-search.md", 1),
        ("ADR-09", "docs/adr/0012-audit-retention.md", 7),
        ("ADR-09", "docs/adr/006-status-with-emoji.md", 5),
        ("ADR-09", "docs/adr/ADR-005_Sign_in_with_NHS_login.md", 6),
    ]
    .map(|(r, f, l)| (r.to_string(), f.to_string(), l));
    assert_eq!(adr_findings, expected);
}

/// Writes `count` records where each supersedes the one before it, both
/// records saying so, and, if `closed`, the first supersedes the last,
/// closing a cycle through all.
fn supersede_chain(dir: &std::path::Path, count: u32, closed: bool) {
    let link = |phrase: &str, n: u32| format!("{phrase} [{n}. Decision {n}]({n:04}-d.md)\n\n");
    for n in 1..=count {
        let older = match n {
            1 if closed => Some(count),
            1 => None,
            _ => Some(n - 1),
        };
        let newer = match n {
            _ if n < count => Some(n + 1),
            _ if closed => Some(1),
            _ => None,
        };
        let status = match newer {
            Some(newer) => link("Superseded by", newer),
            None => "Accepted\n\n".to_string(),
        };
        let supersedes = older.map(|o| link("Supersedes", o)).unwrap_or_default();
        write(
            dir,
            &format!("docs/adr/{n:04}-d.md"),
            format!(
                "# {n}. Decision {n}\n\nDate: 2026-11-01\n\n## Status\n\n{status}{supersedes}## Context\n\nWhy.\n"
            ),
        );
    }
}

/// The ADR-06 findings of a check, and its exit code.
fn cycle_findings(args: &[&str], path: &std::path::Path) -> (Option<i32>, Vec<String>) {
    // The rule itself is held to the policy time limit by its Rego test;
    // here the whole library reads 5,000 records, which an unoptimised
    // build on a busy machine may take longer than the default limit to do.
    let out = wgll()
        .args([
            "check",
            "--format",
            "json",
            "--timeout",
            "300",
            "--today",
            TODAY,
        ])
        .args(args)
        .arg(path)
        .timeout(std::time::Duration::from_secs(600))
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", common::stderr_of(&out)));
    let found = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "ADR-06")
        .map(|f| f["file"].as_str().unwrap().to_string())
        .collect();
    (out.status.code(), found)
}

#[test]
fn a_supersede_chain_of_5000_records_has_no_cycle() {
    let dir = tempfile::tempdir().unwrap();
    supersede_chain(dir.path(), 5000, false);
    let (code, found) = cycle_findings(&[], dir.path());
    assert_eq!(code, Some(1), "the missing manifest is still reported");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_cycle_through_5000_committed_records_is_found_in_every_one() {
    let dir = tempfile::tempdir().unwrap();
    supersede_chain(dir.path(), 5000, true);
    let repo = git_init(dir.path());
    commit_all(&repo, "a closed chain", 1_780_000_000);
    let (code, found) = cycle_findings(&["--rev", "HEAD"], dir.path());
    assert_eq!(code, Some(1));
    assert_eq!(found.len(), 5000);
    assert!(found.contains(&"docs/adr/0001-d.md".to_string()));
}
