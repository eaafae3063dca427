//! `wgll audit`: discovery (working trees, bare clones, list files), a
//! broken repository among good ones, deterministic output whatever the
//! scheduling, every format, and the comparison with a baseline.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;
#[path = "../benches/support/portfolio.rs"]
mod portfolio;

use std::path::Path;

use common::{TODAY, commit_all, copy_dir, git_init, root, stderr_of, stdout_of, wgll, write};
use serde_json::Value;

/// Four bare generated services, the example as a working tree, and one
/// repository whose manifest is malformed.
fn estate() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for i in 1..=4 {
        portfolio::repository(&dir.path().join(format!("service-{i}.git")), i);
    }
    let example = dir.path().join("patient-portal");
    copy_dir(&root().join("examples/patient-portal"), &example);
    commit_all(&git_init(&example), "example", 1_780_000_000);
    let broken = dir.path().join("broken");
    write(&broken, "wgll.yaml", "service: [unclosed\n");
    commit_all(&git_init(&broken), "broken", 1_780_000_000);
    dir
}

fn audit(args: &[&str], dir: &Path) -> std::process::Output {
    wgll()
        .args(["audit", "--today", TODAY])
        .args(args)
        .arg(dir)
        .output()
        .unwrap()
}

fn json(out: &std::process::Output) -> Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}{}", stdout_of(out), stderr_of(out)))
}

#[test]
fn discovers_trees_and_bare_clones_and_reports_a_broken_one_without_stopping() {
    let dir = estate();
    let out = audit(&["--rev", "HEAD", "--format", "json"], dir.path());
    assert_eq!(
        out.status.code(),
        Some(1),
        "one repository could not be checked"
    );
    let j = json(&out);
    let repos = j["repositories"].as_array().unwrap();
    let names: Vec<&str> = repos.iter().map(|r| r["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        [
            "broken",
            "patient-portal",
            "service-1",
            "service-2",
            "service-3",
            "service-4"
        ]
    );
    let broken = &repos[0];
    assert_eq!(broken["status"], "error");
    assert!(
        broken["error"].as_str().unwrap().contains("wgll.yaml"),
        "{broken}"
    );
    for repo in &repos[1..] {
        assert_eq!(repo["status"], "checked", "{}", repo["name"]);
        assert_eq!(repo["rev"], "HEAD");
        assert_eq!(repo["measures"].as_object().unwrap().len(), 7);
    }
    let example = &repos[1];
    assert_eq!(example["summary"]["errors"], 0);
    assert_eq!(example["measures"]["well_led"]["score"], 100.0);
}

#[test]
fn the_output_is_the_same_whatever_the_scheduling() {
    let dir = estate();
    let one = audit(
        &["--rev", "HEAD", "--format", "json", "--jobs", "1"],
        dir.path(),
    );
    let many = audit(
        &["--rev", "HEAD", "--format", "json", "--jobs", "4"],
        dir.path(),
    );
    assert_eq!(stdout_of(&one), stdout_of(&many));
}

#[test]
fn a_list_file_names_repositories_relative_to_itself() {
    let dir = estate();
    write(
        dir.path(),
        "portfolio.txt",
        "# services under review\nservice-2.git\npatient-portal\n",
    );
    let out = wgll()
        .args(["audit", "--today", TODAY, "--format", "json", "--from"])
        .arg(dir.path().join("portfolio.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let names: Vec<String> = json(&out)["repositories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["patient-portal", "service-2"]);

    // A line naming nothing is that repository's error row; the rest of
    // the portfolio is still audited.
    write(
        dir.path(),
        "portfolio.txt",
        "service-2.git\n\nservice-9.git\n",
    );
    let out = wgll()
        .args(["audit", "--today", TODAY, "--format", "json", "--from"])
        .arg(dir.path().join("portfolio.txt"))
        .output()
        .unwrap();
    let report = json(&out);
    let rows: Vec<(String, Option<String>)> = report["repositories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let error = r["error"].as_str().map(str::to_string);
            (r["name"].as_str().unwrap().to_string(), error)
        })
        .collect();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(rows[0].0, "service-2");
    assert_eq!(rows[0].1, None);
    assert!(
        rows[1]
            .1
            .as_deref()
            .is_some_and(|e| e.contains("service-9.git") && e.contains("not a folder")),
        "{rows:?}"
    );
    assert_ne!(out.status.code(), Some(0));
}

#[test]
fn every_format_renders_the_matrix() {
    let dir = estate();
    let table = stdout_of(&audit(&["--rev", "HEAD"], dir.path()));
    assert!(table.starts_with("repository"), "{table}");
    assert!(table.contains("WL") && table.contains("HP"));
    assert!(table.contains("broken") && table.contains("error: "));
    assert!(table.contains("6 repositories: 5 checked, 1 could not be checked"));
    assert!(table.contains("where to act first"));

    let csv = stdout_of(&audit(&["--rev", "HEAD", "--format", "csv"], dir.path()));
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 7);
    assert!(
        lines[0].starts_with("name,path,remote,rev,commit,status,error,well_led,smart_foundations")
    );
    assert!(lines[1].starts_with("broken,"));

    let md = stdout_of(&audit(
        &["--rev", "HEAD", "--format", "markdown"],
        dir.path(),
    ));
    assert!(
        md.contains("| repository | path | commit | well led | smart foundations |"),
        "{md}"
    );
    assert!(md.contains("## Where to act first"));
    assert!(md.contains("## Could not be checked"));
    // The broken repository's row says so rather than reading as blank.
    assert!(
        md.lines()
            .any(|l| l.starts_with("| broken |") && l.contains("| **not checked** (see below) |")),
        "{md}"
    );

    let html = stdout_of(&audit(&["--rev", "HEAD", "--format", "html"], dir.path()));
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(
        html.contains("<table class=\"matrix stack\">")
            && html.contains("<table class=\"gaps stack\">")
    );
    // Every repository's findings are on the page, not folded away, so a
    // printed copy holds them.
    assert_eq!(html.matches("<section class=\"repo\" id=\"r").count(), 6);
    assert!(!html.contains("<details"));
    for forbidden in ["<script", "http://", "src=\"http", "<link"] {
        assert!(
            !html.contains(forbidden),
            "the page must be self-contained: {forbidden}"
        );
    }
}

/// The page writes a finding several repositories share once, under its
/// rule with the repositories it affects, and keeps in each repository's
/// section what is particular to it and the rules of its shared findings.
#[test]
fn the_page_writes_a_shared_finding_once() {
    let dir = estate();
    let html = stdout_of(&audit(&["--rev", "HEAD", "--format", "html"], dir.path()));
    let j = json(&audit(&["--rev", "HEAD", "--format", "json"], dir.path()));
    let mut holders: std::collections::BTreeMap<String, Vec<usize>> = Default::default();
    for (i, repo) in j["repositories"].as_array().unwrap().iter().enumerate() {
        for f in repo["findings"].as_array().unwrap() {
            let message = f["message"].as_str().unwrap();
            // Messages the page shows as they are (no code, nothing escaped).
            if !message.contains(['`', '<', '>', '&', '"', '\'']) {
                holders.entry(message.to_string()).or_default().push(i);
            }
        }
    }
    let (shared, many) = holders.iter().find(|(_, r)| r.len() >= 3).unwrap();
    assert_eq!(html.matches(shared.as_str()).count(), 1, "{shared}");
    let entry = &html[html.find(shared.as_str()).unwrap()..];
    let entry = &entry[..entry.find('\n').unwrap()];
    // It names the repositories it affects, or the few it spares.
    let spares = entry.contains("every repository except these");
    for i in many {
        let named = entry.contains(&format!("href=\"#r{i}\""));
        assert!(named != spares, "{entry}");
    }
    assert!(html.find(shared.as_str()) < html.find("<section class=\"repo\""));
    let section = &html[html.find(&format!("id=\"r{}\"", many[0])).unwrap()..];
    let section = &section[..section.find("</section>").unwrap()];
    assert!(
        section.contains("shared with other repositories, each written once under its rule"),
        "{section}"
    );
    // A finding one repository has stays in its section.
    let (own, one) = holders.iter().find(|(_, r)| r.len() == 1).unwrap();
    assert_eq!(html.matches(own.as_str()).count(), 1, "{own}");
    let section = &html[html.find(&format!("id=\"r{}\"", one[0])).unwrap()..];
    let section = &section[..section.find("</section>").unwrap()];
    assert!(section.contains(own.as_str()), "{own}");
}

#[test]
fn a_baseline_shows_what_improved_and_what_regressed() {
    let dir = estate();
    let before = audit(&["--format", "json"], &dir.path().join("patient-portal"));
    let baseline = dir.path().join("before.json");
    std::fs::write(&baseline, &before.stdout).unwrap();

    // The example loses its Cyber Essentials certificate and its hosting region.
    let example = dir.path().join("patient-portal");
    let manifest = std::fs::read_to_string(example.join("wgll.yaml")).unwrap();
    write(
        &example,
        "wgll.yaml",
        manifest.replace("regions: [eu-west-2]", "regions: [us-east-1]"),
    );
    let out = audit(
        &["--format", "json", "--baseline", baseline.to_str().unwrap()],
        &example,
    );
    let j = json(&out);
    let measures = &j["repositories"][0]["measures"];
    assert_eq!(
        measures["smart_foundations"]["change"]["trend"],
        "regressed"
    );
    assert!(
        measures["smart_foundations"]["change"]["by"]
            .as_f64()
            .unwrap()
            > 0.0
    );
    assert_eq!(measures["well_led"]["change"]["trend"], "unchanged");
    let table = stdout_of(&audit(
        &["--baseline", baseline.to_str().unwrap()],
        &example,
    ));
    assert!(table.contains("\u{25bc}"), "a regression's arrow: {table}");
    assert!(
        table.contains("\u{25bc} 1 regressed"),
        "the trend's counts: {table}"
    );
    assert_eq!(j["baseline"]["trend"]["regressed"], 1, "{}", j["baseline"]);
    let html = stdout_of(&audit(
        &["--format", "html", "--baseline", baseline.to_str().unwrap()],
        &example,
    ));
    assert!(html.contains("<span class=\"vh\">regressed "), "{html}");
    let bad = audit(&["--baseline", "/nonexistent.json"], &example);
    assert_eq!(bad.status.code(), Some(2));

    // Without its manifest the example is scored on well led only: the
    // measures it had scores for are reported as no longer scored.
    std::fs::remove_file(example.join("wgll.yaml")).unwrap();
    let out = audit(
        &["--format", "json", "--baseline", baseline.to_str().unwrap()],
        &example,
    );
    let j = json(&out);
    let change = &j["repositories"][0]["measures"]["improve_care"]["change"];
    assert_eq!(change["trend"], "unscored", "{change}");
    assert!(change["was"].as_f64().unwrap() > 0.0, "{change}");
}

#[test]
fn waivers_in_a_repository_are_counted_not_applied() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path().join("svc");
    copy_dir(&root().join("examples/patient-portal"), &repo);
    let manifest = std::fs::read_to_string(repo.join("wgll.yaml")).unwrap();
    write(
        &repo,
        "wgll.yaml",
        manifest.replace("regions: [eu-west-2]", "regions: [us-east-1]"),
    );
    write(
        &repo,
        ".wgll/config.yaml",
        "waivers:\n  - rule: CLOUD-02\n    reason: pilot\n    approved_by: SIRO\n    expires: 2027-01-31\n",
    );
    let j = json(&audit(&["--format", "json"], &repo));
    let r = &j["repositories"][0];
    assert_eq!(r["waivers"], 1);
    assert_eq!(
        r["summary"]["errors"], 1,
        "the auditor's default ignores the repository's waivers"
    );
    let j = json(&audit(&["--format", "json", "--local-config"], &repo));
    assert_eq!(j["repositories"][0]["summary"]["waived"], 1);
}

#[test]
fn a_folder_without_repositories_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("empty")).unwrap();
    let out = audit(&[], &dir.path().join("empty"));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("is not a git repository and holds none"));
}

/// With no manifest, only the rules that what the repository shows can
/// judge are scored; a measure none of whose rules could judge anything is
/// not assessed, never a pass.
#[test]
fn a_repository_without_a_manifest_scores_only_what_it_shows() {
    let dir = tempfile::tempdir().unwrap();
    let bare = dir.path().join("no-manifest");
    write(&bare, "README.md", "# A service with no wgll.yaml\n");
    commit_all(&git_init(&bare), "readme", 1_780_000_000);
    let out = audit(&["--format", "json"], dir.path());
    let report = json(&out);
    let repo = &report["repositories"][0];
    assert_eq!(repo["status"], "checked", "{repo}");
    let measures = repo["measures"].as_object().unwrap();
    // WL-05 judges whether there is a manifest, and fails.
    assert!(
        measures["well_led"]["score"].as_f64().unwrap() < 100.0,
        "{repo}"
    );
    for name in [
        "support_people",
        "empower_citizens",
        "improve_care",
        "healthy_populations",
    ] {
        let measure = &measures[name];
        assert!(measure["score"].is_null(), "{name}: {measure}");
        assert_eq!(measure["passed"], 0, "{name}: {measure}");
    }
    // Safe practice is judged only on the file list (SEC-14): most of its
    // rules say so by being not assessed.
    let safe = &measures["safe_practice"];
    assert!(safe["not_assessed"].as_u64().unwrap() > 30, "{safe}");
    // The portfolio's coverage says how little of each measure was judged.
    let coverage = &report["coverage"];
    assert_eq!(coverage["improve_care"]["rules_assessed"], 0, "{coverage}");
    assert_eq!(coverage["improve_care"]["repositories_assessed"], 0);
    assert_eq!(coverage["well_led"]["repositories_assessed"], 1);
    for name in ["support_people", "improve_care"] {
        assert_eq!(measures[name]["band"], "not_assessed", "{name}");
        let rules = measures[name]["rules"].as_object().unwrap();
        assert!(
            rules.values().all(|r| r == "not_assessed"),
            "{name}: {rules:?}"
        );
    }
    let table = String::from_utf8(audit(&[], dir.path()).stdout).unwrap();
    let row = table
        .lines()
        .find(|l| l.starts_with("assessed"))
        .unwrap_or_else(|| panic!("an assessed row:\n{table}"));
    assert!(row.split_whitespace().any(|c| c == "0%"), "{row}");
    let repo_row = table
        .lines()
        .find(|l| l.starts_with("no-manifest"))
        .unwrap();
    // The four measures nothing judged: no score and the not-assessed mark.
    assert_eq!(repo_row.matches(" -  n/a").count(), 4, "{repo_row}");
    let markdown = String::from_utf8(audit(&["--format", "markdown"], dir.path()).stdout).unwrap();
    assert!(markdown.contains("| *assessed* |"), "{markdown}");
    let md_row = markdown
        .lines()
        .find(|l| l.starts_with("| no-manifest |"))
        .unwrap();
    assert_eq!(md_row.matches(" - not assessed |").count(), 4, "{md_row}");
    let csv = String::from_utf8(audit(&["--format", "csv"], dir.path()).stdout).unwrap();
    let header = csv.lines().next().unwrap();
    assert!(header.contains("improve_care_assessed"), "{header}");
    let row = csv.lines().nth(1).unwrap();
    assert!(row.contains(",0%"), "{csv}");
    assert_eq!(row.matches(",not assessed").count(), 4, "{row}");
    let html = String::from_utf8(audit(&["--format", "html"], dir.path()).stdout).unwrap();
    assert!(
        html.contains("<tfoot><tr><th scope=\"row\">share of rules judged</th>"),
        "the matrix's coverage row"
    );
    let html_row = html
        .lines()
        .find(|l| l.contains("<a href=\"#r0\">no-manifest</a></th>"))
        .unwrap();
    assert_eq!(html_row.matches("b-not_assessed").count(), 4, "{html_row}");
    // A measure judged by a lone file-list rule while an error is open in
    // it is not shown as met.
    assert!(!html_row.contains("safe practice\">100"), "{html_row}");
}

/// Without --rev, working trees are read as they stand and bare clones at
/// their HEAD (they have no working tree), with the same results as --rev.
#[test]
fn without_rev_bare_clones_are_read_at_head() {
    let dir = estate();
    let at_head = json(&audit(&["--rev", "HEAD", "--format", "json"], dir.path()));
    let plain = json(&audit(&["--format", "json"], dir.path()));
    let repos = plain["repositories"].as_array().unwrap();
    for (repo, reference) in repos
        .iter()
        .zip(at_head["repositories"].as_array().unwrap())
    {
        let name = repo["name"].as_str().unwrap();
        if name.starts_with("service-") {
            assert_eq!(repo["rev"], "HEAD", "{name}");
        } else {
            assert!(repo["rev"].is_null(), "{name}");
        }
        assert_eq!(repo["findings"], reference["findings"], "{name}");
        assert_eq!(repo["measures"], reference["measures"], "{name}");
    }
}

/// One pipeline for both: a repository's findings in an audit are the ones
/// `wgll check` reports for it, field for field.
#[test]
fn check_and_audit_report_the_same_findings_for_a_repository() {
    let dir = tempfile::tempdir().unwrap();
    for (name, from) in [
        ("problems", root().join("fixtures/repos/problems")),
        ("patient-portal", root().join("examples/patient-portal")),
    ] {
        let repo = dir.path().join(name);
        copy_dir(&from, &repo);
        commit_all(&git_init(&repo), name, 1_780_000_000);
    }
    // The audit applies each repository's own .wgll/ only when asked, so
    // the check is run without it too.
    let audited: Value =
        serde_json::from_slice(&audit(&["--format", "json"], dir.path()).stdout).unwrap();
    for repo in audited["repositories"].as_array().unwrap() {
        let path = repo["path"].as_str().unwrap();
        let out = wgll()
            .args([
                "check",
                "--format",
                "json",
                "--no-local-config",
                "--today",
                TODAY,
            ])
            .arg(path)
            .output()
            .unwrap();
        let checked: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(repo["findings"], checked["findings"], "{path}");
        assert_eq!(repo["summary"], checked["summary"], "{path}");
    }
    let problems = &audited["repositories"][1]["findings"];
    assert!(problems.as_array().is_some_and(|f| !f.is_empty()));
}

#[test]
fn worker_processes_give_the_same_report_as_threads() {
    let dir = estate();
    let isolated = audit(&["--rev", "HEAD", "--format", "json"], dir.path());
    let threads = audit(
        &["--rev", "HEAD", "--format", "json", "--in-process"],
        dir.path(),
    );
    assert_eq!(json(&isolated), json(&threads));
    assert_eq!(isolated.status.code(), threads.status.code());
}

/// A repository whose own policy loops, one whose worker aborts, and two
/// good ones: each bad one is an error row saying why, the rest are scored.
#[test]
fn a_repository_that_hangs_or_aborts_costs_only_its_own_row() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["a-good", "b-hangs", "c-aborts", "d-good", "e-hogs"] {
        write(&dir.path().join(name), "wgll.yaml", "wgll: 1\n");
    }
    write(
        &dir.path().join("b-hangs"),
        ".wgll/policies/spin.rego",
        "package local.spin\n\nxs := numbers.range(1, 3000)\n\ndeny contains a if {\n  some a in xs\n  some b in xs\n  some c in xs\n  a + b + c < 0\n}\n",
    );
    write(
        &dir.path().join("e-hogs"),
        ".wgll/policies/hog.rego",
        "package local.hog\n\ndeny contains n if n := count([x | some x in numbers.range(1, 20000000)])\n",
    );
    let start = std::time::Instant::now();
    let out = wgll()
        .env(wgll::audit::worker::ABORT_ON, "c-aborts")
        .args(["audit", "--today", TODAY, "--format", "json", "--jobs", "2"])
        .args(["--local-config", "--timeout", "600", "--repo-timeout", "5"])
        .args(["--repo-memory", "512"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(start.elapsed() < std::time::Duration::from_secs(30));
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    let j = json(&out);
    let rows: Vec<(&str, &str, &str)> = j["repositories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["name"].as_str().unwrap(),
                r["status"].as_str().unwrap(),
                r["error"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(rows[0].0, "a-good", "{rows:?}");
    assert_eq!(rows[0].1, "checked", "{rows:?}");
    assert_eq!(rows[3].1, "checked", "{rows:?}");
    assert_eq!(rows[1].1, "error");
    assert!(rows[1].2.contains("did not finish within 5 s"), "{rows:?}");
    assert_eq!(rows[2].1, "error");
    assert!(rows[2].2.contains("aborted"), "{rows:?}");
    assert_eq!(rows[4].1, "error");
    assert!(rows[4].2.contains("memory limit"), "{rows:?}");
}
