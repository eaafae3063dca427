//! What an audit report says about itself and its repositories: names
//! that identify a repository (the remote's `owner/name`, else the path
//! under the audit's root) and are unique, a path column, and provenance
//! (version, rule library, configuration, date, each commit) in every
//! format.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::Path;

use common::{TODAY, commit_all, git_init, stderr_of, stdout_of, wgll, write};
use serde_json::Value;

/// Two `api` folders of two teams, and three mirrors each called `repo`,
/// two of them of the same remote.
fn portfolio() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for team in ["team-a", "team-b"] {
        let path = dir.path().join(team).join("api");
        write(&path, "README.md", format!("# {team}'s api\n"));
        commit_all(&git_init(&path), "readme", 1_780_000_000);
    }
    for (mirror, remote) in [
        ("m1", "https://github.com/nhs/portal.git"),
        ("m2", "https://github.com/nhs/portal"),
        ("m3", "git@github.com:nhs/web.git"),
    ] {
        let path = dir.path().join("mirrors").join(mirror).join("repo");
        write(&path, "README.md", "# mirror\n");
        let repo = git_init(&path);
        repo.remote("origin", remote).unwrap();
        commit_all(&repo, "readme", 1_780_000_000);
    }
    dir
}

fn audit(dir: &Path, args: &[&str]) -> String {
    let out = wgll()
        .args(["audit", "--in-process", "--today", TODAY])
        .args(args)
        .args(["team-a", "team-b", "mirrors/m1", "mirrors/m2", "mirrors/m3"])
        .current_dir(dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    stdout_of(&out)
}

#[test]
fn names_are_unique_and_come_from_the_remote_else_the_path() {
    let dir = portfolio();
    let report: Value = serde_json::from_str(&audit(dir.path(), &["--format", "json"])).unwrap();
    let rows: Vec<(&str, &str)> = report["repositories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["name"].as_str().unwrap(), r["path"].as_str().unwrap()))
        .collect();
    // Sorted by name, then path.
    assert_eq!(
        rows,
        [
            ("nhs/portal (mirrors/m1/repo)", "mirrors/m1/repo"),
            ("nhs/portal (mirrors/m2/repo)", "mirrors/m2/repo"),
            ("nhs/web", "mirrors/m3/repo"),
            ("team-a/api", "team-a/api"),
            ("team-b/api", "team-b/api"),
        ]
    );
    let table = audit(dir.path(), &[]);
    let header = table.lines().next().unwrap();
    assert!(
        header.contains("  path") && header.ends_with("commit"),
        "{header}"
    );
    assert!(
        table
            .lines()
            .any(|l| l.starts_with("team-b/api ") && l.contains("  team-b/api  ")),
        "{table}"
    );
    // The terminal's measure columns have a legend.
    assert!(table.contains("WL well led") && table.contains("n/a = not assessed"));
}

#[test]
fn every_format_says_what_judged_it_and_which_commit() {
    let dir = portfolio();
    let json: Value = serde_json::from_str(&audit(dir.path(), &["--format", "json"])).unwrap();
    let provenance = &json["provenance"];
    assert_eq!(provenance["wgll"], env!("CARGO_PKG_VERSION"));
    assert_eq!(provenance["today"], TODAY);
    let rules = provenance["rules"].as_str().unwrap();
    assert!(rules.starts_with("sha256:") && rules.len() == 23, "{rules}");
    let commit = json["repositories"][0]["commit"].as_str().unwrap();
    assert_eq!(commit.len(), 40);
    assert_eq!(json["repositories"][0]["remote"], "nhs/portal");
    assert!(
        json["score_definition"]
            .as_str()
            .unwrap()
            .contains("an unwaived error caps the band")
    );
    for format in ["table", "csv", "markdown", "html"] {
        let text = audit(dir.path(), &["--format", format]);
        assert!(text.contains(rules), "{format}: no rule library digest");
        assert!(text.contains(&commit[..12]), "{format}: no commit");
        assert!(text.contains(TODAY), "{format}: no date");
        assert!(
            text.contains(env!("CARGO_PKG_VERSION")),
            "{format}: no version"
        );
        if format != "csv" {
            assert!(
                text.contains("an unwaived error caps the band"),
                "{format}: the score's definition"
            );
        }
    }

    // The configuration's digest, when there is one.
    write(dir.path(), "org.yaml", "params: {}\n");
    let json: Value = serde_json::from_str(&audit(
        dir.path(),
        &["--format", "json", "--config", "org.yaml"],
    ))
    .unwrap();
    assert!(
        json["provenance"]["config"]
            .as_str()
            .is_some_and(|c| c.starts_with("sha256:")),
        "{}",
        json["provenance"]
    );
}
