//! `wgll check --format sarif|junit|github|markdown`: each format with the
//! same three cases (a report with findings, an empty one, a finding with no
//! place in a file), snapshotted, and each checked the way the place it
//! lands would read it: SARIF against the official 2.1.0 schema, JUnit as
//! XML, annotations by file and line.
//!
//! The rule catalogue grows as rules are added, so the parts of a snapshot
//! that list every rule (SARIF `tool.driver.rules` and `ruleIndex`, JUnit's
//! passing test cases and totals, the Markdown rule count) are redacted and
//! checked by assertions instead; the rest is exact.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::{Path, PathBuf};

use common::{TODAY, fixture, root, stdout_of, wgll, write};
use serde_json::Value;

const WAIVER: &str = "waivers:\n  - rule: CLOUD-02\n    path: wgll.yaml\n    reason: The SIRO approved a pilot in us-east-1 (risk RISK-142)\n    approved_by: Jane Doe, SIRO\n    expires: 2027-01-31\n";

/// A fixture copied out of this project's own git repository, into a
/// folder of the same name: CI formats name files from the enclosing git
/// repository's root, so a fixture read in place would be named by where
/// the project happens to live.
struct Copied {
    _tmp: tempfile::TempDir,
    path: PathBuf,
}

impl std::ops::Deref for Copied {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.path
    }
}

/// The three cases every format is tested on.
fn problems() -> Copied {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("problems");
    common::copy_dir(&fixture("repos/problems"), &path);
    Copied { _tmp: tmp, path }
}

fn passing() -> PathBuf {
    root().join("examples/patient-portal")
}

/// A repository with no `wgll.yaml`: WL-05, with no place in a file. It is
/// named `no-manifest` inside a temporary folder, so the outputs that name
/// the repository are the same on every run.
struct NoManifest {
    _tmp: tempfile::TempDir,
    path: PathBuf,
}

impl NoManifest {
    fn path(&self) -> &Path {
        &self.path
    }
}

/// A pre-commit configuration running gitleaks (SEC-15 is satisfied).
const GITLEAKS_HOOK: &str = "repos:\n  - repo: https://github.com/gitleaks/gitleaks\n    rev: v8.18.4\n    hooks:\n      - id: gitleaks\n";

fn no_manifest() -> NoManifest {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("no-manifest");
    write(&path, "README.md", "# A service\n");
    write(&path, "src/main.rs", "fn main() {}\n");
    // A secret scanner in the hooks and a security policy, so the missing
    // manifest is the one finding.
    write(&path, ".pre-commit-config.yaml", GITLEAKS_HOOK);
    write(
        &path,
        "SECURITY.md",
        "# Security\n\nReport a vulnerability to security@trust.nhs.example.\n",
    );
    NoManifest { _tmp: tmp, path }
}

fn check(path: &Path, format: &str) -> (Option<i32>, String) {
    let out = wgll()
        .args(["check", "--format", format, "--today", TODAY])
        .arg(path)
        .output()
        .unwrap();
    (out.status.code(), stdout_of(&out))
}

// ---------------------------------------------------------------- SARIF

fn sarif(path: &Path) -> (Option<i32>, Value) {
    let (code, text) = check(path, "sarif");
    (code, serde_json::from_str(&text).unwrap())
}

fn validate_sarif(doc: &Value) {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/data/sarif-schema-2.1.0.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "SARIF is not valid: {errors:#?}");
}

/// What GitHub code scanning requires beyond the schema.
fn assert_code_scanning_accepts(doc: &Value) {
    let run = &doc["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(!rules.is_empty());
    for rule in rules {
        for field in ["id", "name"] {
            assert!(!rule[field].as_str().unwrap().is_empty(), "{rule}");
        }
        for field in ["shortDescription", "fullDescription"] {
            let text = rule[field]["text"].as_str().unwrap();
            assert!(!text.is_empty() && text.chars().count() <= 1024, "{rule}");
        }
        assert!(!rule["help"]["text"].as_str().unwrap().is_empty());
        let severity: f64 = rule["properties"]["security-severity"]
            .as_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!((0.1..=10.0).contains(&severity));
    }
    assert!(!run["automationDetails"]["id"].as_str().unwrap().is_empty());
    for result in run["results"].as_array().unwrap() {
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], result["ruleId"], "{result}");
        assert!(!result["message"]["text"].as_str().unwrap().is_empty());
        let location = &result["locations"][0]["physicalLocation"];
        let uri = location["artifactLocation"]["uri"].as_str().unwrap();
        assert!(!uri.is_empty() && !uri.starts_with('/') && !uri.contains('\\'));
        assert_eq!(location["artifactLocation"]["uriBaseId"], "%SRCROOT%");
        assert!(location["region"]["startLine"].as_u64().unwrap() >= 1);
        assert!(location["region"]["startColumn"].as_u64().unwrap() >= 1);
        let fingerprint = result["partialFingerprints"]["wgll/v1"].as_str().unwrap();
        assert_eq!(fingerprint.len(), 32);
    }
}

/// The SARIF with the parts that list every rule redacted.
fn sarif_snapshot(mut doc: Value) -> Value {
    let run = &mut doc["runs"][0];
    let n = run["tool"]["driver"]["rules"].as_array().unwrap().len();
    assert!(n > 0);
    run["tool"]["driver"]["rules"] = Value::String("[the rule catalogue]".into());
    run["tool"]["driver"]["version"] = Value::String("[version]".into());
    run["tool"]["driver"]["semanticVersion"] = Value::String("[version]".into());
    for result in run["results"].as_array_mut().unwrap() {
        result["ruleIndex"] = Value::String("[index]".into());
    }
    doc
}

#[test]
fn sarif_of_a_report_with_findings_is_valid_and_located() {
    let (code, doc) = sarif(&problems());
    assert_eq!(code, Some(1));
    validate_sarif(&doc);
    assert_code_scanning_accepts(&doc);
    let results = doc["runs"][0]["results"].as_array().unwrap();
    let region = results.iter().find(|r| r["ruleId"] == "CLOUD-02").unwrap();
    let location = &region["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "wgll.yaml");
    assert_eq!(
        (
            &location["region"]["startLine"],
            &location["region"]["startColumn"]
        ),
        (&Value::from(12), &Value::from(7))
    );
    assert_eq!(location["region"]["endLine"], 12);
    assert_eq!(doc["runs"][0]["invocations"][0]["exitCode"], 1);
    insta::assert_json_snapshot!("sarif_problems", sarif_snapshot(doc));
}

#[test]
fn sarif_of_an_empty_report_lists_the_rules_and_no_results() {
    let (code, doc) = sarif(&passing());
    assert_eq!(code, Some(0));
    validate_sarif(&doc);
    assert_code_scanning_accepts(&doc);
    let run = &doc["runs"][0];
    assert!(run["results"].as_array().unwrap().is_empty());
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let cloud = rules.iter().find(|r| r["id"] == "CLOUD-02").unwrap();
    assert_eq!(cloud["defaultConfiguration"]["level"], "error");
    assert_eq!(cloud["properties"]["security-severity"], "7.5");
    let tags = cloud["properties"]["tags"].as_array().unwrap();
    assert!(tags.contains(&Value::from("smart_foundations")));
    assert!(tags.contains(&Value::from("tcop-5")));
    assert!(cloud["helpUri"].as_str().unwrap().starts_with("https://"));
    insta::assert_json_snapshot!("sarif_empty", sarif_snapshot(doc));
}

#[test]
fn sarif_anchors_a_finding_with_no_location_at_line_one_of_a_real_file() {
    let dir = no_manifest();
    let (code, doc) = sarif(dir.path());
    assert_eq!(code, Some(1));
    validate_sarif(&doc);
    assert_code_scanning_accepts(&doc);
    let result = &doc["runs"][0]["results"][0];
    assert_eq!(result["ruleId"], "WL-05");
    let location = &result["locations"][0]["physicalLocation"];
    // No wgll.yaml to point at, so README.md, line 1.
    assert_eq!(location["artifactLocation"]["uri"], "README.md");
    assert_eq!(location["region"]["startLine"], 1);
    insta::assert_json_snapshot!("sarif_no_location", sarif_snapshot(doc));
}

#[test]
fn sarif_anchors_at_the_first_file_when_there_is_no_readme() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "src/main.rs", "fn main() {}\n");
    let (_, doc) = sarif(dir.path());
    validate_sarif(&doc);
    let location = &doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "src/main.rs");
}

#[test]
fn sarif_fingerprints_survive_lines_added_above_the_finding() {
    let dir = common::copy_to_temp(&problems());
    let fingerprint = |doc: &Value| {
        doc["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["ruleId"] == "CLOUD-02")
            .map(|r| {
                (
                    r["partialFingerprints"]["wgll/v1"].clone(),
                    r["locations"][0]["physicalLocation"]["region"]["startLine"].clone(),
                )
            })
            .unwrap()
    };
    let (_, before) = sarif(dir.path());
    let manifest = dir.path().join("wgll.yaml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(&manifest, format!("# A comment\n# and another\n{text}")).unwrap();
    let (_, after) = sarif(dir.path());
    let (before, after) = (fingerprint(&before), fingerprint(&after));
    assert_eq!(before.0, after.0);
    assert_ne!(before.1, after.1);
}

#[test]
fn sarif_marks_a_waived_finding_as_an_accepted_suppression() {
    let dir = common::copy_to_temp(&problems());
    write(dir.path(), ".wgll/config.yaml", WAIVER);
    let (_, doc) = sarif(dir.path());
    validate_sarif(&doc);
    let results = doc["runs"][0]["results"].as_array().unwrap();
    let waived = results.iter().find(|r| r["ruleId"] == "CLOUD-02").unwrap();
    let suppression = &waived["suppressions"][0];
    assert_eq!(suppression["kind"], "external");
    assert_eq!(suppression["status"], "accepted");
    assert!(
        suppression["justification"]
            .as_str()
            .unwrap()
            .contains("RISK-142")
    );
    assert!(
        results
            .iter()
            .filter(|r| r["ruleId"] != "CLOUD-02")
            .all(|r| r.get("suppressions").is_none())
    );
}

// ---------------------------------------------------------------- JUnit

/// The JUnit XML with passing test cases and totals (which grow with the
/// rule catalogue) left out.
fn junit_snapshot(xml: &str) -> String {
    xml.lines()
        .filter(|l| !(l.trim_start().starts_with("<testcase ") && l.trim_end().ends_with("/>")))
        .map(|l| {
            if l.trim_start().starts_with("<testsuite") {
                redact_attr(l, "tests")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn redact_attr(line: &str, name: &str) -> String {
    let key = format!(" {name}=\"");
    let Some(start) = line.find(&key) else {
        return line.to_string();
    };
    let value_start = start + key.len();
    let end = value_start + line[value_start..].find('"').unwrap();
    format!("{}[n]{}", &line[..value_start], &line[end..])
}

struct JunitCounts {
    cases: usize,
    failures: usize,
    skipped: usize,
    suites: Vec<String>,
}

fn junit_counts(xml: &str) -> JunitCounts {
    let doc = roxmltree::Document::parse(xml).unwrap();
    let cases: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .collect();
    let suites = doc
        .descendants()
        .filter(|n| n.has_tag_name("testsuite"))
        .map(|n| n.attribute("name").unwrap().to_string())
        .collect();
    let with_child = |tag: &str| {
        cases
            .iter()
            .filter(|c| c.children().any(|k| k.has_tag_name(tag)))
            .count()
    };
    let counts = JunitCounts {
        cases: cases.len(),
        failures: with_child("failure"),
        skipped: with_child("skipped"),
        suites,
    };
    // The totals GitHub and GitLab read agree with the cases.
    let suite = doc
        .descendants()
        .find(|n| n.has_tag_name("testsuite"))
        .unwrap();
    assert_eq!(
        suite.attribute("failures").unwrap(),
        counts.failures.to_string()
    );
    assert_eq!(suite.attribute("tests").unwrap(), counts.cases.to_string());
    counts
}

fn rule_count() -> usize {
    let out = wgll().args(["rules", "--format", "json"]).output().unwrap();
    let rules: Value = serde_json::from_slice(&out.stdout).unwrap();
    rules
        .as_array()
        .or_else(|| rules["rules"].as_array())
        .unwrap()
        .len()
}

#[test]
fn junit_of_a_report_with_findings_fails_one_case_per_failing_rule() {
    let (code, xml) = check(&problems(), "junit");
    assert_eq!(code, Some(1));
    let counts = junit_counts(&xml);
    let (_, json) = check(&problems(), "json");
    let json: Value = serde_json::from_str(&json).unwrap();
    let failing: std::collections::BTreeSet<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(counts.failures, failing.len());
    assert_eq!(counts.cases, rule_count());
    assert_eq!(counts.suites, vec!["problems".to_string()]);
    assert!(xml.contains("name=\"CLOUD-02: Data is hosted only in allowed regions\""));
    assert!(xml.contains("classname=\"smart_foundations\""));
    assert!(xml.contains("wgll.yaml:12"));
    insta::assert_snapshot!("junit_problems", junit_snapshot(&xml));
}

#[test]
fn junit_of_an_empty_report_passes_every_rule() {
    let (code, xml) = check(&passing(), "junit");
    assert_eq!(code, Some(0));
    let counts = junit_counts(&xml);
    assert_eq!((counts.failures, counts.skipped), (0, 0));
    assert_eq!(counts.cases, rule_count());
    insta::assert_snapshot!("junit_empty", junit_snapshot(&xml));
}

#[test]
fn junit_reports_a_finding_with_no_location() {
    let dir = no_manifest();
    let (code, xml) = check(dir.path(), "junit");
    assert_eq!(code, Some(1));
    let counts = junit_counts(&xml);
    assert!(counts.failures >= 1);
    assert!(xml.contains("wgll.yaml: no manifest"));
    let xml = xml.replace(
        &dir.path()
            .file_name()
            .unwrap()
            .to_string_lossy()
            .to_string(),
        "[repo]",
    );
    insta::assert_snapshot!("junit_no_location", junit_snapshot(&xml));
}

#[test]
fn junit_skips_a_waived_rule() {
    let dir = common::copy_to_temp(&problems());
    write(dir.path(), ".wgll/config.yaml", WAIVER);
    let (_, xml) = check(dir.path(), "junit");
    let counts = junit_counts(&xml);
    assert_eq!(counts.skipped, 1);
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let case = doc
        .descendants()
        .find(|n| {
            n.has_tag_name("testcase")
                && n.attribute("name")
                    .is_some_and(|name| name.starts_with("CLOUD-02"))
        })
        .unwrap();
    let skipped = case.children().find(|k| k.has_tag_name("skipped")).unwrap();
    assert!(
        skipped
            .attribute("message")
            .unwrap()
            .starts_with("waived: The SIRO approved")
    );
}

// ---------------------------------------------------------------- GitHub

/// (command, file, line) of each annotation.
fn annotations(text: &str) -> Vec<(String, String, usize)> {
    text.lines()
        .filter_map(|l| l.strip_prefix("::"))
        .map(|l| {
            let (command, rest) = l.split_once(' ').unwrap();
            let (props, _message) = rest.split_once("::").unwrap();
            let prop = |name: &str| {
                props
                    .split(',')
                    .find_map(|p| p.strip_prefix(&format!("{name}=")))
                    .unwrap()
                    .to_string()
            };
            (
                command.to_string(),
                prop("file"),
                prop("line").parse().unwrap(),
            )
        })
        .collect()
}

#[test]
fn github_annotations_of_a_report_with_findings_name_file_and_line() {
    let (code, text) = check(&problems(), "github");
    assert_eq!(code, Some(1));
    let found = annotations(&text);
    assert!(found.contains(&("error".into(), "wgll.yaml".into(), 12)));
    // A link to a decision record that does not exist (ADR-04): hygiene, a warning.
    assert!(found.contains(&("warning".into(), "docs/adr/0001-use-fhir.md".into(), 7)));
    assert!(found.iter().any(|(c, _, _)| c == "warning"));
    assert!(
        found
            .iter()
            .all(|(_, file, line)| !file.is_empty() && *line >= 1)
    );
    // A message never spills onto a second line.
    assert_eq!(
        text.lines().filter(|l| l.starts_with("::")).count(),
        found.len()
    );
    insta::assert_snapshot!("github_problems", text);
}

#[test]
fn github_annotations_of_an_empty_report_are_none() {
    let (code, text) = check(&passing(), "github");
    assert_eq!(code, Some(0));
    assert!(annotations(&text).is_empty());
    insta::assert_snapshot!("github_empty", text);
}

#[test]
fn github_annotation_of_a_finding_with_no_location_is_anchored_at_line_one() {
    let dir = no_manifest();
    let (code, text) = check(dir.path(), "github");
    assert_eq!(code, Some(1));
    assert_eq!(
        annotations(&text)[0],
        ("error".into(), "README.md".into(), 1)
    );
    let text = text.replace(
        &dir.path()
            .file_name()
            .unwrap()
            .to_string_lossy()
            .to_string(),
        "[repo]",
    );
    insta::assert_snapshot!("github_no_location", text);
}

#[test]
fn github_step_appends_the_summary_to_the_step_summary_file() {
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("summary.md");
    std::fs::write(&summary, "earlier step\n").unwrap();
    let outputs = dir.path().join("outputs");
    let out = wgll()
        .args([
            "check",
            "--format",
            "github",
            "--github-step",
            "--today",
            TODAY,
        ])
        .arg(&*problems())
        .env("GITHUB_STEP_SUMMARY", &summary)
        .env("GITHUB_OUTPUT", &outputs)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = std::fs::read_to_string(&summary).unwrap();
    assert!(text.starts_with("earlier step\n## wgll: problems ❌ failed"));
    assert!(text.contains("| CLOUD-02: Data is hosted only in allowed regions | error |"));
    let counts = std::fs::read_to_string(&outputs).unwrap();
    assert!(counts.starts_with("errors="), "{counts}");
}

/// A `wgll check` inside some other step of a workflow (a script, a make
/// target) leaves that step's summary and outputs alone.
#[test]
fn without_github_step_the_runners_files_are_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("summary.md");
    let outputs = dir.path().join("outputs");
    for format in ["github", "human"] {
        let out = wgll()
            .args(["check", "--format", format, "--today", TODAY])
            .arg(&*problems())
            .env("GITHUB_ACTIONS", "true")
            .env("GITHUB_STEP_SUMMARY", &summary)
            .env("GITHUB_OUTPUT", &outputs)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
    }
    assert!(!summary.exists());
    assert!(!outputs.exists());
}

#[test]
fn github_annotations_mark_a_waived_finding_as_a_notice() {
    let dir = common::copy_to_temp(&problems());
    write(dir.path(), ".wgll/config.yaml", WAIVER);
    let (_, text) = check(dir.path(), "github");
    let line = text.lines().find(|l| l.contains("title=CLOUD-02")).unwrap();
    assert!(
        line.starts_with("::notice file=wgll.yaml,line=12,"),
        "{line}"
    );
    assert!(line.contains("(waived)::"));
}

#[test]
fn sarif_file_is_written_beside_the_chosen_format_from_one_run() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("out.sarif");
    let out = wgll()
        .args(["check", "--format", "github", "--today", TODAY, "--sarif"])
        .arg(&file)
        .arg(&*problems())
        .env_remove("GITHUB_STEP_SUMMARY")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout_of(&out).starts_with("::"));
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    validate_sarif(&doc);
}

// ---------------------------------------------------------------- Markdown

/// The rule count grows with the catalogue.
fn markdown_snapshot(text: &str) -> String {
    text.lines()
        .map(|l| match l.strip_prefix("Checked against ") {
            Some(rest) => format!(
                "Checked against [n] rules{}",
                &rest[rest.find(" rules").unwrap() + 6..]
            ),
            None => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn markdown_of_a_report_with_findings_counts_and_tabulates_them() {
    let (code, text) = check(&problems(), "markdown");
    assert_eq!(code, Some(1));
    assert!(text.starts_with("## wgll: problems ❌ failed\n"));
    // The counts are the JSON report's, whatever the library holds today.
    let (_, json) = check(&problems(), "json");
    let summary: Value = serde_json::from_str::<Value>(&json).unwrap()["summary"].clone();
    let counts = format!(
        "| {} | {} | {} | {} |",
        summary["errors"], summary["warnings"], summary["infos"], summary["waived"]
    );
    assert!(text.contains(&counts), "{counts} not in\n{text}");
    assert!(text.contains("| safe practice |"));
    assert!(text.contains("| `wgll.yaml:12` |"));
    insta::assert_snapshot!("markdown_problems", markdown_snapshot(&text));
}

#[test]
fn markdown_of_an_empty_report_says_it_passed() {
    let (code, text) = check(&passing(), "markdown");
    assert_eq!(code, Some(0));
    assert!(text.starts_with("## wgll: patient-portal ✅ passed\n"));
    insta::assert_snapshot!("markdown_empty", markdown_snapshot(&text));
}

#[test]
fn markdown_shows_a_finding_with_no_location() {
    let dir = no_manifest();
    let (code, text) = check(dir.path(), "markdown");
    assert_eq!(code, Some(1));
    assert!(text.contains("| WL-05"));
    assert!(text.contains("| `wgll.yaml` |"));
    let text = text.replace(
        &dir.path()
            .file_name()
            .unwrap()
            .to_string_lossy()
            .to_string(),
        "[repo]",
    );
    insta::assert_snapshot!("markdown_no_location", markdown_snapshot(&text));
}

#[test]
fn markdown_escapes_pipes_in_table_cells() {
    assert_eq!(wgll::report::markdown::cell("a | b\nc"), "a \\| b<br>c");
}

#[test]
fn github_escapes_as_the_actions_toolkit_does() {
    use wgll::report::github::{escape_data, escape_property};
    assert_eq!(escape_data("100% done\r\nnext"), "100%25 done%0D%0Anext");
    assert_eq!(escape_property("a: b, c%"), "a%3A b%2C c%25");
}

/// Every fixture repository and example gives SARIF that validates and that
/// code scanning accepts, and JUnit that parses.
#[test]
fn every_fixture_gives_valid_sarif_and_junit() {
    let mut repos: Vec<PathBuf> = std::fs::read_dir(root().join("fixtures/repos"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .chain(
            std::fs::read_dir(root().join("examples"))
                .unwrap()
                .map(|e| e.unwrap().path()),
        )
        .filter(|p| p.is_dir())
        .collect();
    repos.sort();
    assert!(repos.len() >= 3, "{repos:?}");
    for repo in &repos {
        let (code, doc) = sarif(repo);
        assert!(matches!(code, Some(0 | 1)), "{}", repo.display());
        validate_sarif(&doc);
        assert_code_scanning_accepts(&doc);
        let (_, xml) = check(repo, "junit");
        roxmltree::Document::parse(&xml)
            .unwrap_or_else(|e| panic!("{}: JUnit does not parse: {e}", repo.display()));
    }
}

/// Two services' folders with the same name in one repository upload to
/// code scanning under different categories.
#[test]
fn sarif_categories_differ_for_two_folders_with_the_same_name() {
    let dir = tempfile::tempdir().unwrap();
    for service in ["services/referrals/api", "services/booking/api"] {
        common::copy_dir(&problems(), &dir.path().join(service));
    }
    common::commit_all(&common::git_init(dir.path()), "monorepo", 1_780_000_000);
    let id = |service: &str| {
        let (_, doc) = sarif(&dir.path().join(service));
        validate_sarif(&doc);
        doc["runs"][0]["automationDetails"]["id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(id("services/referrals/api"), "wgll/services/referrals/api/");
    assert_eq!(id("services/booking/api"), "wgll/services/booking/api/");
}

/// In a monorepo the CI formats name files from the repository's root, the
/// way code scanning and annotations resolve them; human and JSON output
/// keep naming them from the folder checked.
#[test]
fn ci_formats_name_files_from_the_repository_root_when_a_sub_folder_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    let service = dir.path().join("services/referrals");
    common::copy_dir(&problems(), &service);
    common::commit_all(&common::git_init(dir.path()), "monorepo", 1_780_000_000);

    let (_, text) = check(&service, "github");
    assert!(
        annotations(&text).contains(&("error".into(), "services/referrals/wgll.yaml".into(), 12)),
        "{text}"
    );
    let (_, doc) = sarif(&service);
    validate_sarif(&doc);
    let uris: Vec<&str> = doc["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
        })
        .collect();
    assert!(!uris.is_empty());
    assert!(
        uris.iter().all(|u| u.starts_with("services/referrals/")),
        "{uris:?}"
    );
    let (_, xml) = check(&service, "junit");
    assert!(xml.contains("services/referrals/wgll.yaml:12"), "{xml}");
    let (_, md) = check(&service, "markdown");
    assert!(md.contains("`services/referrals/wgll.yaml:12`"), "{md}");
    let (_, json) = check(&service, "json");
    assert!(json.contains("\"file\": \"wgll.yaml\""), "{json}");

    // An organisation's config at the repository's root is named from the
    // root too, not as if it were inside the service's folder.
    let org = dir.path().join("org.yaml");
    std::fs::write(&org, WAIVER.replace("2027-01-31", "2026-01-31")).unwrap();
    let out = wgll()
        .args(["check", "--format", "github", "--today", TODAY, "--config"])
        .arg(&org)
        .arg(&service)
        .output()
        .unwrap();
    let text = stdout_of(&out);
    let expired = annotations(&text);
    assert!(
        expired.contains(&("error".into(), "org.yaml".into(), 6)),
        "{text}"
    );
}
