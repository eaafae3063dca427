//! What `input.observed.practice` and `input.observed.ecosystems` read from
//! a repository's workflows, hooks and bot configuration, and the rules that
//! judge them, on `fixtures/repos/practice`: Dependabot covering npm and
//! GitHub Actions but not the Python API or the Dockerfile, a local reusable
//! workflow running gitleaks, CodeQL, dependency review, a remote workflow
//! call, detect-secrets in pre-commit, and one workflow that is not YAML.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::PathBuf;

use common::{TODAY, fixture, stdout_of, wgll};
use proptest::prelude::*;
use serde_json::{Value, json};
use wgll::collect::source::MemoryTree;
use wgll::collect::{Opened, ReadMode, Request, collect};
use wgll::date::Date;

fn practice() -> PathBuf {
    fixture("repos/practice")
}

/// `wgll input` on the fixture: its `observed` section.
fn observed() -> Value {
    let out = wgll().arg("input").arg(practice()).output().unwrap();
    assert!(out.status.success(), "{}", common::stderr_of(&out));
    let input: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    input["observed"].clone()
}

/// Each detection as (tool, file, how).
fn detections(observed: &Value, list: &str) -> Vec<(String, String, String)> {
    observed["practice"][list]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let text = |k: &str| d[k].as_str().unwrap().to_string();
            (text("tool"), text("file"), text("how"))
        })
        .collect()
}

fn owned(items: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    items
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect()
}

#[test]
fn input_names_each_ecosystem_its_folders_and_what_updates_them() {
    let observed = observed();
    assert_eq!(
        observed["ecosystems"],
        json!({
            "docker": [{"directory": "/", "files": ["Dockerfile"], "updated_by": []}],
            "github-actions": [{
                "directory": "/",
                "files": [".github/workflows/ci.yml", ".github/workflows/release.yml", ".github/workflows/scan-secrets.yml"],
                "updated_by": ["dependabot"],
            }],
            "npm": [
                {"directory": "/", "files": ["package.json"], "updated_by": ["dependabot"]},
                {"directory": "/web", "files": ["web/package.json"], "updated_by": ["dependabot"]},
            ],
            "pip": [{"directory": "/api", "files": ["api/requirements.txt"], "updated_by": []}],
        })
    );
    assert_eq!(
        observed["practice"]["dependency_updates"],
        json!({
            "dependabot": {"file": ".github/dependabot.yml", "updates": [
                {"ecosystem": "npm", "directories": ["/", "/web"]},
                {"ecosystem": "github-actions", "directories": ["/"]},
            ]},
            "renovate": null,
        })
    );
}

#[test]
fn input_records_each_scanner_where_it_runs() {
    let observed = observed();
    assert_eq!(
        detections(&observed, "secret_scanning"),
        owned(&[
            (
                "gitleaks",
                ".github/workflows/scan-secrets.yml",
                "workflow command"
            ),
            (
                "detect-secrets",
                ".pre-commit-config.yaml",
                "pre-commit hook"
            ),
        ])
    );
    assert_eq!(
        detections(&observed, "static_analysis"),
        owned(&[
            ("codeql", ".github/workflows/ci.yml", "workflow step"),
            ("codeql", ".github/workflows/ci.yml", "workflow step"),
        ])
    );
    assert_eq!(
        detections(&observed, "dependency_review"),
        owned(&[(
            "dependency-review",
            ".github/workflows/ci.yml",
            "workflow step"
        )])
    );
    assert_eq!(
        observed["practice"]["workflow_calls"],
        json!([
            {"file": ".github/workflows/ci.yml", "job": "secrets", "uses": "./.github/workflows/scan-secrets.yml", "inspected": true},
            {"file": ".github/workflows/ci.yml", "job": "deploy", "uses": "example-trust/platform/.github/workflows/deploy.yml@v2", "inspected": false},
        ])
    );
    assert_eq!(
        observed["practice"]["hooks"],
        json!([".pre-commit-config.yaml"])
    );
}

#[test]
fn a_workflow_that_is_not_yaml_is_unread_and_the_rest_still_read() {
    let observed = observed();
    let unread = observed["unread"].as_array().unwrap();
    assert_eq!(unread.len(), 1, "{unread:?}");
    assert_eq!(unread[0]["file"], ".github/workflows/release.yml");
    assert!(
        unread[0]["why"]
            .as_str()
            .unwrap()
            .starts_with("not valid YAML (line 3)"),
        "{unread:?}"
    );
    assert_eq!(
        observed["practice"]["workflows"],
        json!([
            ".github/workflows/ci.yml",
            ".github/workflows/scan-secrets.yml"
        ])
    );
}

#[test]
fn each_fact_is_located_at_the_line_that_shows_it() {
    let opened = Opened::open(&practice(), &ReadMode::WorkTree).unwrap();
    let request = Request::new("wgll.yaml", Date::new(2026, 11, 23).unwrap());
    let collected = collect(&opened, &request).unwrap();
    let line = |pointer: &str| {
        let at = collected
            .sources
            .locate(pointer)
            .unwrap_or_else(|| panic!("{pointer} is not located"));
        assert!(at.exact, "{pointer} located only at {}", at.found);
        (at.file.path.clone(), at.file.line_col(at.span.start).0)
    };
    let at = |file: &str, line: usize| (file.to_string(), line);
    let p = "/observed/practice";
    assert_eq!(
        line(&format!("{p}/secret_scanning/0")),
        at(".github/workflows/scan-secrets.yml", 15)
    );
    assert_eq!(
        line(&format!("{p}/secret_scanning/1")),
        at(".pre-commit-config.yaml", 9)
    );
    assert_eq!(
        line(&format!("{p}/static_analysis/0")),
        at(".github/workflows/ci.yml", 21)
    );
    assert_eq!(
        line(&format!("{p}/static_analysis/1")),
        at(".github/workflows/ci.yml", 24)
    );
    assert_eq!(
        line(&format!("{p}/dependency_review/0")),
        at(".github/workflows/ci.yml", 31)
    );
    assert_eq!(
        line(&format!("{p}/workflow_calls/0")),
        at(".github/workflows/ci.yml", 13)
    );
    assert_eq!(
        line(&format!("{p}/workflow_calls/1")),
        at(".github/workflows/ci.yml", 37)
    );
    let dependabot = format!("{p}/dependency_updates/dependabot/updates");
    assert_eq!(
        line(&format!("{dependabot}/0")),
        at(".github/dependabot.yml", 3)
    );
    assert_eq!(
        line(&format!("{dependabot}/1")),
        at(".github/dependabot.yml", 7)
    );
    assert_eq!(
        line("/observed/ecosystems/pip/0"),
        at("api/requirements.txt", 1)
    );
    assert_eq!(
        line("/observed/ecosystems/npm/1"),
        at("web/package.json", 1)
    );
}

#[test]
fn check_reports_each_ecosystem_no_bot_updates_at_its_file() {
    let out = wgll()
        .args(["check", "--format", "json", "--today", TODAY])
        .arg(practice())
        .output()
        .unwrap();
    let report: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    let found: Vec<(String, String, Option<u64>)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"].as_str().is_some_and(|r| r.starts_with("SEC-1")))
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["file"].as_str().unwrap().to_string(),
                f["line"].as_u64(),
            )
        })
        .collect();
    // Secret scanning and static analysis are in place (SEC-15, SEC-16 quiet);
    // pip is a warning, the Dockerfile the lower tier.
    assert_eq!(
        found,
        [
            ("SEC-17".to_string(), "Dockerfile".to_string(), Some(1)),
            (
                "SEC-13".to_string(),
                "api/requirements.txt".to_string(),
                Some(1)
            ),
        ]
    );
    let pip = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "SEC-13")
        .unwrap();
    assert_eq!(pip["at"], "/observed/ecosystems/pip/0");
    assert!(
        pip["message"]
            .as_str()
            .unwrap()
            .starts_with("pip in `/api`")
    );
}

/// Collects a tree; what matters is that it returns.
fn collect_from(files: Vec<(&str, Vec<u8>)>) {
    let tree = MemoryTree::new(files);
    let request = Request::new("wgll.yaml", Date::new(2026, 11, 23).unwrap());
    let _ = collect(&Opened::memory(tree, "r"), &request);
}

/// Observes a tree directly: `collect` stops at a `.github/dependabot.yml`
/// that is not YAML (it is also a well-known document), and the observer
/// must hold up on its own.
fn observe_from(files: Vec<(&str, Vec<u8>)>) {
    let tree = MemoryTree::new(files);
    let mut sources = wgll::sourcemap::SourceMap::default();
    let _ = wgll::collect::observe::observe(
        &tree,
        &mut sources,
        &serde_json::Value::Null,
        wgll::date::Date::today_utc(),
    );
}

/// Text shaped like a workflow: keys, lists, block scalars and commands.
const WORKFLOW_LIKE: &str = "(jobs:|steps:|  - uses: |  - run: |run: \\||uses: \\./|\\.github/workflows/x\\.yml|gitleaks detect|docker run -v a:b |npm audit|\\\\\n|\n|  |- |&|\\$\\(|#|'|\"|\\[|\\{|[a-z/@.:*]){0,80}";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn random_bytes_as_a_workflow_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        collect_from(vec![(".github/workflows/ci.yml", bytes)]);
    }

    #[test]
    fn workflow_like_text_never_panics(text in WORKFLOW_LIKE) {
        let action = format!("runs:\n  steps:\n    - run: {text}\n");
        collect_from(vec![
            (".github/workflows/ci.yml", text.clone().into_bytes()),
            (".github/actions/x/action.yml", action.into_bytes()),
            ("scripts/x.sh", text.clone().into_bytes()),
            (".github/workflows/x.yml", format!("jobs:\n  a:\n    steps:\n      - run: ./scripts/x.sh {text}\n").into_bytes()),
        ]);
    }

    #[test]
    fn random_text_as_bot_and_hook_configuration_never_panics(text in "[a-z:\\-\\[\\]{}&*!|>'\" \n#,?0-9/.]{0,300}") {
        observe_from(vec![
            (".github/dependabot.yml", text.clone().into_bytes()),
            ("renovate.json", text.clone().into_bytes()),
            (".pre-commit-config.yaml", text.clone().into_bytes()),
            ("lefthook.yml", text.clone().into_bytes()),
            ("hk.pkl", text.clone().into_bytes()),
            (".husky/pre-commit", text.into_bytes()),
        ]);
    }
}
