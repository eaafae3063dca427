//! `wgll check` end to end on fixture repositories: exit codes, and
//! snapshots of the rendered diagnostics and the JSON, so a change in output
//! is a reviewed change.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{TODAY, fixture, root, stdout_of, wgll};

#[test]
fn the_example_repository_passes() {
    let out = wgll()
        .args(["check", "--today", TODAY])
        .arg(root().join("examples/patient-portal"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stdout_of(&out));
    assert!(stdout_of(&out).contains("patient-portal: 0 errors, 0 warnings"));
}

#[test]
fn a_repository_with_problems_fails_with_located_diagnostics() {
    let out = wgll()
        .args(["check", "--today", TODAY])
        .arg(fixture("repos/problems"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    insta::assert_snapshot!("problems_human", stdout_of(&out));
}

#[test]
fn json_output_has_the_design_shape() {
    let out = wgll()
        .args(["check", "--format", "json", "--today", TODAY])
        .arg(fixture("repos/problems"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    insta::assert_json_snapshot!("problems_json", json);
    // Every finding in a file carries a real 1-based line.
    for f in json["findings"].as_array().unwrap() {
        if f["file"].is_string() && f["at"].is_string() {
            assert!(f["line"].as_u64().unwrap() >= 1, "{f}");
        }
    }
}

#[test]
fn the_region_finding_points_at_the_offending_line() {
    let out = wgll()
        .args(["check", "--format", "json", "--today", TODAY])
        .arg(fixture("repos/problems"))
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let region = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "CLOUD-02")
        .unwrap();
    assert_eq!(
        (
            region["file"].as_str(),
            region["line"].as_u64(),
            region["column"].as_u64()
        ),
        (Some("wgll.yaml"), Some(12), Some(7))
    );
}

#[test]
fn values_shared_through_a_merge_key_are_read_and_located() {
    let repo = common::copy_to_temp(&root().join("examples/patient-portal"));
    let manifest = repo.path().join("wgll.yaml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    let shared = "  <<: &cloud {model: public-cloud, provider: aws, regions: [us-east-1]}\n";
    let text = text.replacen(
        "  model: public-cloud\n  provider: aws\n  regions: [eu-west-2]\n",
        shared,
        1,
    );
    assert!(text.contains(shared), "the example's hosting block moved");
    std::fs::write(&manifest, &text).unwrap();
    let out = wgll()
        .args(["check", "--format", "json", "--today", TODAY])
        .arg(repo.path())
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rules: Vec<_> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["rule"].as_str().unwrap(), f["line"].as_u64().unwrap()))
        .collect();
    // No "unknown key `<<`" from the schema rule; the merged region is
    // judged and placed at the text that wrote it (and CLOUD-09 says the
    // Terraform's London is not declared, at the same list).
    let line = text[..text.find(shared).unwrap()].lines().count() as u64 + 1;
    assert_eq!(
        rules,
        [("CLOUD-09", line), ("CLOUD-02", line), ("CLOUD-03", line)]
    );
}

#[test]
fn a_missing_manifest_is_a_finding_about_the_file() {
    let dir = tempfile::tempdir().unwrap();
    common::write(dir.path(), "README.md", "# x\n");
    // A secret scanner in the hooks, so the missing manifest is the one finding.
    common::write(
        dir.path(),
        ".pre-commit-config.yaml",
        "repos:\n  - repo: https://github.com/gitleaks/gitleaks\n    rev: v8.18.4\n    hooks:\n      - id: gitleaks\n",
    );
    let out = wgll()
        .args(["check", "--format", "json", "--today", TODAY])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = json["findings"].as_array().unwrap();
    let f = findings.iter().find(|f| f["rule"] == "WL-05").unwrap();
    assert_eq!(
        (f["file"].as_str(), f["line"].is_null()),
        (Some("wgll.yaml"), true)
    );
    // What the files can judge is still judged: there is no security policy.
    let rules: Vec<&str> = findings.iter().filter_map(|f| f["rule"].as_str()).collect();
    assert_eq!(rules, ["SEC-01", "WL-05"]);
}

#[test]
fn fail_on_warning_fails_on_warnings_only_then() {
    // The example with one decision record's status removed: only the
    // ADR-01 warning is left (fixtures/cases/ADR-01.yaml shows the same).
    let dir = common::copy_to_temp(&common::root().join("examples/patient-portal"));
    let adr = dir
        .path()
        .join("docs/adr/0001-record-architecture-decisions.md");
    let text = std::fs::read_to_string(&adr).unwrap();
    std::fs::write(&adr, text.replacen("## Status\n\nAccepted\n\n", "", 1)).unwrap();
    let out = wgll()
        .args(["check", "--today", TODAY])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stdout_of(&out));
    assert!(stdout_of(&out).contains("1 warning"));
    let out = wgll()
        .args(["check", "--fail-on", "warning", "--today", TODAY])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn output_goes_to_a_file_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.json");
    let out = wgll()
        .args(["check", "--format", "json", "--today", TODAY, "--output"])
        .arg(&report)
        .arg(fixture("repos/problems"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(report).unwrap()).unwrap();
    assert_eq!(json["repository"], "problems");
}

#[test]
fn input_prints_the_document_policies_see() {
    let out = wgll()
        .args(["input", "--today", TODAY])
        .arg(root().join("examples/patient-portal"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["today"], TODAY);
    assert_eq!(json["wgll"]["input_version"], 1);
    assert_eq!(json["manifest"]["hosting"]["regions"][0], "eu-west-2");
    let adrs = json["adrs"].as_array().unwrap();
    assert_eq!(adrs.len(), 4);
    assert_eq!(adrs[3]["supersedes"], serde_json::json!([2]));
    assert_eq!(adrs[1]["superseded_by"], serde_json::json!([4]));
    assert!(
        json["files"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f == "SECURITY.md")
    );
}

#[test]
fn explain_describes_a_rule_and_rejects_an_unknown_one() {
    let out = wgll().args(["explain", "cloud-02"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    insta::assert_snapshot!("explain_cloud_02", stdout_of(&out));
    let out = wgll().args(["explain", "CLOUD-99"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(common::stderr_of(&out).contains("no rule has the id `CLOUD-99`"));
}

/// A claim the repository contradicts is one finding at the claim, with
/// the contradicting place quoted beneath it and listed in SARIF as a
/// related location.
#[test]
fn a_contradicted_claim_shows_where_the_repository_differs() {
    let dir = common::copy_to_temp(&root().join("examples/patient-portal"));
    let policy = std::fs::read(dir.path().join("SECURITY.md")).unwrap();
    std::fs::remove_file(dir.path().join("SECURITY.md")).unwrap();
    common::write(dir.path(), ".github/SECURITY.md", policy);
    let human = wgll()
        .args(["check", "--today", TODAY])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(human.status.code(), Some(1));
    let text = stdout_of(&human);
    let dir_name = dir
        .path()
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    insta::assert_snapshot!(
        "contradicted_claim_human",
        text.replace(&dir_name, "repository")
    );
    let sarif = wgll()
        .args(["check", "--format", "sarif", "--today", TODAY])
        .arg(dir.path())
        .output()
        .unwrap();
    let log: serde_json::Value = serde_json::from_slice(&sarif.stdout).unwrap();
    let result = &log["runs"][0]["results"][0];
    assert_eq!(result["ruleId"], "SEC-01");
    let related = &result["relatedLocations"][0]["physicalLocation"];
    assert_eq!(related["artifactLocation"]["uri"], ".github/SECURITY.md");
    assert_eq!(related["region"]["startLine"], 1);
}

/// On a terminal, human output wraps to the terminal's own width, not to
/// `COLUMNS` or a fixed 100: run under `script` (util-linux), which gives
/// the command a pseudo-terminal, set to 60 columns. Lines that cannot be
/// broken (a URL, a quoted source line and its markers, a rule's title)
/// may be longer.
#[test]
fn human_output_wraps_to_the_terminals_width() {
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        // No util-linux `script` here to give wgll a terminal (CI has it).
        return;
    }
    let wgll = assert_cmd::cargo::cargo_bin("wgll");
    let command = format!(
        "stty rows 40 cols 60; '{}' check --today {TODAY} '{}'",
        wgll.display(),
        fixture("repos/problems").display()
    );
    let out = std::process::Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env("NO_COLOR", "1")
        .env("COLUMNS", "200")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).replace('\r', "");
    // The diagnostics; the summary table after them is not prose.
    let diagnostics = &text[..text.find("\nproblems: ").unwrap()];
    let prose: Vec<&str> = diagnostics
        .lines()
        .filter(|l| !l.contains("https://") && !l.contains('│') && !l.contains('·'))
        .filter(|l| !l.starts_with(|c: char| c.is_ascii_uppercase()))
        .collect();
    assert!(prose.len() > 20, "{text}");
    let long: Vec<&&str> = prose.iter().filter(|l| l.chars().count() > 60).collect();
    assert!(long.is_empty(), "lines wider than the terminal: {long:#?}");
}

#[test]
fn quiet_prints_only_the_findings_and_nothing_when_there_are_none() {
    let out = wgll()
        .args(["check", "--quiet", "--today", TODAY])
        .arg(root().join("examples/patient-portal"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout_of(&out), "");

    let out = wgll()
        .args(["check", "-q", "--today", TODAY])
        .arg(fixture("repos/problems"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = stdout_of(&out);
    assert!(text.contains("CLOUD-02"), "{text}");
    assert!(text.contains("problems: 13 errors"), "{text}");
    assert!(!text.contains("success measures"), "{text}");
}
