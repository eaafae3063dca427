//! The versions a repository pins, end to end: `wgll input` lists them as
//! `observed.components`, and `wgll check` reports those past or near their
//! end of life at the version's own line, and a manifest that records
//! another release (`fixtures/repos/pinned-versions`).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{TODAY, fixture, wgll};
use serde_json::Value;

fn json_of(args: &[&str]) -> Value {
    let out = wgll()
        .args(args)
        .arg(fixture("repos/pinned-versions"))
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn input_lists_each_pinned_version_with_its_release_and_end_of_life() {
    let input = json_of(&["input", "--today", TODAY]);
    let seen: Vec<String> = input["observed"]["components"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            format!(
                "{} {} {} {} {}",
                c["file"].as_str().unwrap(),
                c["product"].as_str().unwrap(),
                c["version"].as_str().unwrap(),
                c["cycle"],
                c["eol"]
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            r#".nvmrc nodejs lts/iron "20" "2026-04-30""#,
            r#".python-version python 3.12.1 "3.12" "2028-10-31""#,
            r#".tool-versions nodejs 18.19.0 "18" "2025-04-30""#,
            r#".tool-versions python 3.12.1 "3.12" "2028-10-31""#,
            r#".tool-versions terraform 1.7.0 "1.7" "2024-06-26""#,
            r#"api/Dockerfile nodejs 20 "20" "2026-04-30""#,
            r#"api/Dockerfile alpine-linux 3.19 "3.19" "2025-11-01""#,
            r#"db/Dockerfile postgresql 16 "16" "2028-11-09""#,
            r#"db/Dockerfile debian bookworm "12" "2026-07-11""#,
            r#"global.json dotnet 8.0.100 "8" "2026-11-10""#,
            r#"go.mod go 1.22 "1.22" "2025-02-11""#,
            r#"infra/.terraform-version terraform 1.7.0 "1.7" "2024-06-26""#,
            r#"package.json nodejs >=18 <21 null null"#,
            r#"pyproject.toml python >=3.11 null null"#,
        ]
    );
}

#[test]
fn check_reports_ended_releases_at_their_line_and_the_claim_beside_them() {
    let report = json_of(&["check", "--format", "json", "--today", TODAY]);
    let findings = report["findings"].as_array().unwrap();
    let at = |rule: &str| -> Vec<String> {
        findings
            .iter()
            .filter(|f| f["rule"] == rule)
            .map(|f| {
                format!(
                    "{}:{}:{}",
                    f["file"].as_str().unwrap(),
                    f["line"],
                    f["column"]
                )
            })
            .collect()
    };
    assert_eq!(
        at("SF-01"),
        [
            ".nvmrc:1:1",
            ".tool-versions:2:8",
            ".tool-versions:4:11",
            "api/Dockerfile:1:18",
            "api/Dockerfile:2:33",
            "db/Dockerfile:1:18",
            "global.json:3:17",
            "go.mod:3:4",
            "infra/.terraform-version:1:1",
        ],
        "the ARG's default, not the FROM line, for an image built from it"
    );
    let Some(claim) = findings.iter().find(|f| f["rule"] == "SF-06") else {
        panic!("SF-06 fires: {findings:#?}")
    };
    assert_eq!(claim["file"], "wgll.yaml");
    let related: Vec<&str> = claim["related"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["file"].as_str().unwrap())
        .collect();
    assert_eq!(related, [".nvmrc", ".tool-versions", "api/Dockerfile"]);
    assert!(at("SF-07").is_empty(), "the bundled data is recent");
}
