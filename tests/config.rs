//! Local needs: parameters, rule settings, waivers and an organisation's own
//! policies, from `.wgll/config.yaml`, `--config` and `.wgll/policies/`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::Path;

use common::{TODAY, copy_to_temp, root, stderr_of, stdout_of, wgll, write};
use serde_json::Value;

/// The example moved to a region outside the allowed list, with the SIRO's
/// off-shoring approval recorded: CLOUD-02 fails at wgll.yaml line 46 and
/// nothing else does.
fn offshore_example() -> tempfile::TempDir {
    let dir = copy_to_temp(&root().join("examples/patient-portal"));
    let path = dir.path().join("wgll.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace(
            "regions: [eu-west-2]",
            "regions: [us-east-1]\n  offshore_approval: {siro: Jane Doe, date: 2026-05-01}",
        ),
    )
    .unwrap();
    // The claim alone is judged: the example's Terraform (London) would
    // contradict it (CLOUD-09), which these tests are not about.
    std::fs::remove_dir_all(dir.path().join("infra")).unwrap();
    dir
}

fn check(dir: &Path, args: &[&str]) -> (Option<i32>, Value, String) {
    let out = wgll()
        .args(["check", "--format", "json", "--today", TODAY])
        .args(args)
        .arg(dir)
        .output()
        .unwrap();
    let json = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (out.status.code(), json, stderr_of(&out))
}

fn rules(json: &Value) -> Vec<(String, String, bool)> {
    json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["severity"].as_str().unwrap().to_string(),
                !f["waived"].is_null(),
            )
        })
        .collect()
}

const WAIVER: &str = "waivers:\n  - rule: CLOUD-02\n    path: wgll.yaml\n    reason: The SIRO approved a pilot in us-east-1 (risk RISK-142)\n    approved_by: Jane Doe, SIRO\n    expires: 2027-01-31\n";

#[test]
fn a_parameter_changes_a_rules_outcome() {
    let dir = copy_to_temp(&root().join("examples/patient-portal"));
    let (code, json, _) = check(dir.path(), &[]);
    assert_eq!((code, rules(&json).len()), (Some(0), 0));
    write(
        dir.path(),
        ".wgll/config.yaml",
        "params:\n  allowed_regions: [uksouth, ukwest]\n",
    );
    let (code, json, _) = check(dir.path(), &[]);
    assert_eq!(code, Some(1));
    // London, where the Terraform's variable default and its production
    // .tfvars both put the data, is no longer allowed: one error at each.
    assert_eq!(
        rules(&json),
        vec![("CLOUD-02".to_string(), "error".to_string(), false); 2]
    );
}

#[test]
fn the_organisation_config_applies_and_the_repository_config_wins() {
    let dir = copy_to_temp(&root().join("examples/patient-portal"));
    let org = tempfile::tempdir().unwrap();
    write(
        org.path(),
        "org.yaml",
        "params:\n  allowed_regions: [uksouth]\n",
    );
    let org_file = org.path().join("org.yaml");
    let (code, _, _) = check(dir.path(), &["--config", org_file.to_str().unwrap()]);
    assert_eq!(code, Some(1));
    write(
        dir.path(),
        ".wgll/config.yaml",
        "params:\n  allowed_regions: [eu-west-2]\n",
    );
    let (code, _, _) = check(dir.path(), &["--config", org_file.to_str().unwrap()]);
    assert_eq!(code, Some(0));
}

#[test]
fn a_disabled_rule_does_not_run() {
    let dir = offshore_example();
    write(
        dir.path(),
        ".wgll/config.yaml",
        "rules:\n  CLOUD-02: {enabled: false}\n",
    );
    let (code, json, _) = check(dir.path(), &[]);
    assert_eq!((code, rules(&json).len()), (Some(0), 0));
    let out = wgll()
        .args(["check", "--today", TODAY])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(!stdout_of(&out).contains("CLOUD-02"));
}

#[test]
fn a_severity_override_changes_the_exit_code() {
    let dir = offshore_example();
    write(
        dir.path(),
        ".wgll/config.yaml",
        "rules:\n  cloud-02: {severity: warning}\n",
    );
    let (code, json, _) = check(dir.path(), &[]);
    assert_eq!(code, Some(0));
    assert_eq!(rules(&json), [("CLOUD-02".into(), "warning".into(), false)]);
    let (code, _, _) = check(dir.path(), &["--fail-on", "warning"]);
    assert_eq!(code, Some(1));
}

/// The example without a threat model, in `phase` (its Service Standard
/// assessment moved to the same phase, so only SEC-12 fails).
fn example_without_threat_model(phase: &str) -> tempfile::TempDir {
    let dir = copy_to_temp(&root().join("examples/patient-portal"));
    let path = dir.path().join("wgll.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let text = text
        .replace("  threat_model: docs/security/threat-model.md\n", "")
        .replace("  phase: beta", &format!("  phase: {phase}"))
        .replace("nhs-17, phase: beta", &format!("nhs-17, phase: {phase}"));
    let text = if phase == "live" {
        // A live service records its last safety and security review (SP-02).
        text.replace("security:\n", "security:\n  last_review: 2026-10-01\n")
    } else {
        text
    };
    std::fs::write(&path, text).unwrap();
    dir
}

#[test]
fn a_rule_stricter_when_live_fails_a_live_service_and_a_severity_setting_holds_in_every_phase() {
    // SEC-12's metadata: warning, `severity_by_phase: {live: error}`.
    let beta = example_without_threat_model("beta");
    let (code, json, _) = check(beta.path(), &[]);
    assert_eq!(code, Some(0));
    assert_eq!(rules(&json), [("SEC-12".into(), "warning".into(), false)]);

    let live = example_without_threat_model("live");
    let (code, json, _) = check(live.path(), &[]);
    assert_eq!(code, Some(1));
    assert_eq!(rules(&json), [("SEC-12".into(), "error".into(), false)]);

    // The organisation's explicit severity replaces the escalation.
    write(
        live.path(),
        ".wgll/config.yaml",
        "rules:\n  SEC-12: {severity: warning}\n",
    );
    let (code, json, _) = check(live.path(), &[]);
    assert_eq!(code, Some(0));
    assert_eq!(rules(&json), [("SEC-12".into(), "warning".into(), false)]);
}

#[test]
fn a_valid_waiver_passes_and_shows_the_finding_as_waived() {
    let dir = offshore_example();
    write(dir.path(), ".wgll/config.yaml", WAIVER);
    let (code, json, _) = check(dir.path(), &[]);
    assert_eq!(code, Some(0));
    assert_eq!(rules(&json), [("CLOUD-02".into(), "error".into(), true)]);
    assert_eq!(
        json["findings"][0]["waived"]["approved_by"],
        "Jane Doe, SIRO"
    );
    assert_eq!(json["findings"][0]["waived"]["line"], 2);
    assert_eq!(json["summary"]["waived"], 1);
    assert_eq!(json["summary"]["errors"], 0);

    let out = wgll()
        .args(["check", "--today", TODAY])
        .arg(dir.path())
        .output()
        .unwrap();
    let text = stdout_of(&out);
    assert!(
        text.contains("CLOUD-02: Data is hosted only in allowed regions (waived)"),
        "{text}"
    );
    assert!(
        text.contains("waived until 2027-01-31 by Jane Doe, SIRO"),
        "{text}"
    );
    assert!(
        text.contains("0 errors, 0 warnings, 0 infos, 1 waived"),
        "{text}"
    );
}

#[test]
fn no_local_config_brings_back_a_waived_finding() {
    let dir = offshore_example();
    write(dir.path(), ".wgll/config.yaml", WAIVER);
    let (code, json, _) = check(dir.path(), &["--no-local-config"]);
    assert_eq!(code, Some(1));
    assert_eq!(rules(&json), [("CLOUD-02".into(), "error".into(), false)]);
}

#[test]
fn an_expired_waiver_is_an_error_at_its_line() {
    let dir = offshore_example();
    write(
        dir.path(),
        ".wgll/config.yaml",
        WAIVER.replace("2027-01-31", "2026-10-31"),
    );
    let (code, json, _) = check(dir.path(), &[]);
    assert_eq!(code, Some(1));
    let expired = &json["findings"][0];
    assert_eq!(expired["rule"], "WAIVER-01");
    assert_eq!(
        (expired["file"].as_str(), expired["line"].as_u64()),
        (Some(".wgll/config.yaml"), Some(6))
    );
    // It waives nothing any more.
    assert_eq!(json["findings"][1]["rule"], "CLOUD-02");
    assert!(json["findings"][1]["waived"].is_null());
}

#[test]
fn an_unused_waiver_is_a_warning() {
    let dir = copy_to_temp(&root().join("examples/patient-portal"));
    write(dir.path(), ".wgll/config.yaml", WAIVER);
    let (code, json, _) = check(dir.path(), &[]);
    assert_eq!(code, Some(0));
    assert_eq!(
        rules(&json),
        [("WAIVER-02".into(), "warning".into(), false)]
    );
    assert_eq!(json["findings"][0]["line"], 2);
}

#[test]
fn a_malformed_waiver_is_rejected_with_its_place() {
    let dir = offshore_example();
    write(
        dir.path(),
        ".wgll/config.yaml",
        WAIVER.replace("    approved_by: Jane Doe, SIRO\n", ""),
    );
    let (code, _, err) = check(dir.path(), &[]);
    assert_eq!(code, Some(2));
    assert!(err.contains("this waiver has no `approved_by`"), "{err}");
    assert!(err.contains(".wgll/config.yaml:2:"), "{err}");
}

#[test]
fn unknown_keys_parameters_rules_and_wrong_types_are_located_errors() {
    for (text, expected) in [
        ("parms:\n  a: 1\n", "unknown key `parms`"),
        (
            "params:\n  allowed_region: [uksouth]\n",
            "unknown parameter `allowed_region`",
        ),
        (
            "params:\n  evidence_max_age_months: twelve\n",
            "must be a number, like its default",
        ),
        (
            "params:\n  evidence_max_age_months: 1.5\n",
            "must be a whole number of 0 or more",
        ),
        (
            "params:\n  evidence_max_age_months: -5\n",
            "must be a whole number of 0 or more",
        ),
        (
            "params:\n  allowed_regions: [uksouth, 7]\n",
            "must be a list of items each a string",
        ),
        (
            "params:\n  dtac_form_version_from: 6 April 2026\n",
            "must be a date as YYYY-MM-DD",
        ),
        (
            "params:\n  ico_registration_pattern: \"^Z[A-Z0-9{7}$\"\n",
            "is not a valid regular expression",
        ),
        (
            "rules:\n  CLOUD-99: {enabled: false}\n",
            "no rule has the id `CLOUD-99`",
        ),
        (
            "rules:\n  CLOUD-02: {enabled: maybe}\n",
            "`enabled` must be true or false",
        ),
    ] {
        let dir = copy_to_temp(&root().join("examples/patient-portal"));
        write(dir.path(), ".wgll/config.yaml", text);
        let (code, _, err) = check(dir.path(), &[]);
        assert_eq!(code, Some(2), "{text}");
        assert!(err.contains(expected), "{text}: {err}");
        assert!(err.contains(".wgll/config.yaml:"), "{text}: {err}");
    }
}

#[test]
fn local_policies_report_string_and_object_findings() {
    let dir = copy_to_temp(&root().join("examples/patient-portal"));
    write(
        dir.path(),
        ".wgll/policies/northshire/owner.rego",
        "package northshire.owner\n\n# Conftest style: a plain message, severity from the set.\nwarn contains msg if {\n  not input.manifest.service.ods_code == \"RXX99\"\n  msg := \"the service is not registered under the trust's own ODS code\"\n}\n",
    );
    write(
        dir.path(),
        ".wgll/policies/northshire/phase.rego",
        "# METADATA\n# title: Live services name a service owner\n# description: Northshire's own rule.\n# custom:\n#   id: NHT-01\n#   severity: error\n#   measure: well_led\n#   remediation: Add service.owner.\npackage northshire.phase\n\ndeny contains finding if {\n  not input.manifest.service.owner\n  finding := {\"rule\": \"NHT-01\", \"msg\": \"the service has no owner\", \"at\": \"/manifest/service/owner\"}\n}\n",
    );
    let (code, json, err) = check(dir.path(), &[]);
    assert_eq!(code, Some(1), "{err}");
    let found = json["findings"].as_array().unwrap();
    let nht = found.iter().find(|f| f["rule"] == "NHT-01").unwrap();
    // `service.owner` is not written, so the finding is at `service:`,
    // wherever the example has it.
    let manifest = std::fs::read_to_string(dir.path().join("wgll.yaml")).unwrap();
    let service = manifest.lines().position(|l| l == "service:").unwrap() + 1;
    assert_eq!(
        (nht["file"].as_str(), nht["line"].as_u64()),
        (Some("wgll.yaml"), Some(service as u64))
    );
    let owner = found
        .iter()
        .find(|f| f["rule"] == "northshire.owner")
        .unwrap();
    assert_eq!(owner["severity"], "warning");

    let (code, json, _) = check(dir.path(), &["--no-local-config"]);
    assert_eq!((code, rules(&json).len()), (Some(0), 0));
}

/// `wgll rules --format json` as run in `dir`, which loads its `.wgll/policies/`.
fn catalogue_in(dir: &Path) -> Value {
    let out = wgll()
        .args(["rules", "--format", "json"])
        .current_dir(dir)
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

/// A conftest-style package (no METADATA) is a rule like any other: listed,
/// explained, its severity set and turned off by configuration. Its sets
/// keep their own severities until the configuration sets one.
#[test]
fn a_package_without_metadata_is_catalogued_and_configurable() {
    let dir = copy_to_temp(&root().join("examples/patient-portal"));
    write(
        dir.path(),
        ".wgll/policies/main.rego",
        "package main\n\nwarn contains \"first\" if true\n\ninfo contains \"second\" if true\n",
    );
    let (code, json, err) = check(dir.path(), &[]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        rules(&json),
        [
            ("main".to_string(), "warning".to_string(), false),
            ("main".to_string(), "info".to_string(), false)
        ]
    );

    let listed = catalogue_in(dir.path());
    let main = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "main")
        .unwrap();
    assert_eq!(main["severity"], "warning");
    assert_eq!(main["file"], ".wgll/policies/main.rego");
    let explained = wgll()
        .args(["explain", "main"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(
        explained.status.code(),
        Some(0),
        "{}",
        stderr_of(&explained)
    );
    assert!(stdout_of(&explained).contains("no METADATA"));

    // A second file of the same package, as conftest users split `main`:
    // one entry, at the most severe of all its sets.
    write(
        dir.path(),
        ".wgll/policies/more.rego",
        "package main\n\ndeny contains \"third\" if false\n",
    );
    let listed = catalogue_in(dir.path());
    let main: Vec<&Value> = listed
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["id"] == "main")
        .collect();
    assert_eq!(main.len(), 1);
    assert_eq!(main[0]["severity"], "error");
    assert!(
        main[0]["description"]
            .as_str()
            .unwrap()
            .contains("sets, each at"),
        "{}",
        main[0]
    );
    // A package that writes its own ids into its findings is listed under
    // none of them, and not under its path either.
    write(
        dir.path(),
        ".wgll/policies/own_ids.rego",
        "package org.extra\n\nwarn contains {\"rule\": \"ORG-9\", \"msg\": \"x\"} if false\n",
    );
    let listed = catalogue_in(dir.path());
    assert!(
        !listed
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["id"] == "org.extra")
    );

    write(
        dir.path(),
        ".wgll/config.yaml",
        "rules:\n  main: {severity: error}\n",
    );
    let (code, json, err) = check(dir.path(), &[]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        rules(&json)
            .iter()
            .all(|(id, sev, _)| id == "main" && sev == "error")
    );

    write(
        dir.path(),
        ".wgll/config.yaml",
        "rules:\n  main: {enabled: false}\n",
    );
    let (code, json, err) = check(dir.path(), &[]);
    assert_eq!((code, rules(&json).len()), (Some(0), 0), "{err}");

    write(
        dir.path(),
        ".wgll/config.yaml",
        "rules:\n  main: {severity: error}\nwaivers:\n  - rule: main\n    reason: Known, tracked as RISK-7\n    approved_by: Jane Doe\n    expires: 2027-01-31\n",
    );
    let (code, json, err) = check(dir.path(), &[]);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        rules(&json)
            .iter()
            .all(|(id, _, waived)| id == "main" && *waived)
    );
}

#[test]
fn a_local_policy_that_does_not_compile_names_its_file_and_line() {
    let dir = copy_to_temp(&root().join("examples/patient-portal"));
    write(
        dir.path(),
        ".wgll/policies/bad.rego",
        "package local.bad\n\ndeny contains msg if {\n  msg := \n}\n",
    );
    let (code, _, err) = check(dir.path(), &[]);
    assert_eq!(code, Some(2));
    assert!(err.contains(".wgll/policies/bad.rego:4:"), "{err}");
}

/// Three independent problems, one of each kind the file's own check finds:
/// an unknown key (line 1), a rule setting of the wrong type (line 4) and a
/// waiver whose expiry is not a date (line 9).
const THREE_PROBLEMS: &str = "parms:\n  allowed_regions: [uksouth]\nrules:\n  CLOUD-02: {enabled: maybe}\nwaivers:\n  - rule: CLOUD-02\n    reason: The SIRO approved a pilot in us-east-1\n    approved_by: Jane Doe, SIRO\n    expires: end of March\n";

/// Each problem's message and `file:line:column`, as the terminal shows it.
fn placed(errors: &wgll::config::ConfigErrors) -> Vec<(String, String)> {
    use miette::SourceCode;
    errors
        .problems()
        .map(|p| {
            let span = p.src.read_span(&p.at, 0, 0).unwrap();
            let place = format!(
                "{}:{}:{}",
                span.name().unwrap(),
                span.line() + 1,
                span.column() + 1
            );
            (p.message.clone(), place)
        })
        .collect()
}

#[test]
fn every_problem_in_a_config_file_is_reported_at_its_line() {
    let Err(errors) = wgll::config::parse(".wgll/config.yaml", THREE_PROBLEMS) else {
        panic!("accepted")
    };
    assert_eq!(errors.to_string(), "3 problems in .wgll/config.yaml");
    assert_eq!(
        placed(&errors),
        [
            (
                "unknown key `parms`".to_string(),
                ".wgll/config.yaml:1:1".to_string()
            ),
            (
                "`enabled` must be true or false".to_string(),
                ".wgll/config.yaml:4:23".to_string()
            ),
            (
                "`expires` must be a date written YYYY-MM-DD, not `end of March`".to_string(),
                ".wgll/config.yaml:9:14".to_string()
            ),
        ]
    );
    // Each problem is its own diagnostic under the summary, labelled there.
    let related: Vec<usize> = miette::Diagnostic::related(&errors)
        .unwrap()
        .map(|d| d.labels().map_or(0, Iterator::count))
        .collect();
    assert_eq!(related, [1, 1, 1]);
}

#[test]
fn every_problem_in_an_organisation_config_is_reported_by_the_cli() {
    let dir = copy_to_temp(&root().join("examples/patient-portal"));
    let org = tempfile::tempdir().unwrap();
    write(org.path(), "org.yaml", THREE_PROBLEMS);
    let out = wgll()
        .args(["check", "--today", TODAY, "--config", "org.yaml"])
        .arg(dir.path())
        .current_dir(org.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    insta::assert_snapshot!("three_problems_in_org_config", stderr_of(&out));

    // The repository's own config is read through the same check.
    write(dir.path(), ".wgll/config.yaml", THREE_PROBLEMS);
    let (code, _, err) = check(dir.path(), &[]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("3 problems in .wgll/config.yaml"), "{err}");
    for place in [":1:1]", ":4:23]", ":9:14]"] {
        assert!(err.contains(&format!(".wgll/config.yaml{place}")), "{err}");
    }
}

/// A config of the right shape whose parameters and rule ids do not fit
/// the policies in five ways, the rule ids written out of their id order.
const FIVE_MISFITS: &str = "params:\n  allowed_region: [uksouth]\n  evidence_max_age_months: twelve\n  ico_registration_pattern: \"^Z[\"\nrules:\n  CLOUD-99: {enabled: false}\n  cloud-02: {severity: warning}\n  ADR-98: {enabled: false}\n";

#[test]
fn every_parameter_and_rule_id_that_does_not_fit_the_policies_is_reported() {
    let policies = wgll::commands::load_policies(&[], false).unwrap();
    let config = wgll::config::parse(".wgll/config.yaml", FIVE_MISFITS).unwrap();
    let Err(wgll::evaluate::ConfigureError::Config(errors)) =
        policies.configure(&config, Vec::new())
    else {
        panic!("configured")
    };
    assert_eq!(errors.to_string(), "5 problems in .wgll/config.yaml");
    let found: Vec<(String, String)> = placed(&errors);
    let places: Vec<&str> = found.iter().map(|(_, place)| place.as_str()).collect();
    assert_eq!(
        places,
        [
            ".wgll/config.yaml:2:3",
            ".wgll/config.yaml:3:3",
            ".wgll/config.yaml:4:3",
            ".wgll/config.yaml:6:3",
            ".wgll/config.yaml:8:3"
        ],
        "{found:?}"
    );
    for (i, expected) in [
        "unknown parameter `allowed_region`",
        "must be a number, like its default",
        "is not a valid regular expression",
        "no rule has the id `CLOUD-99`",
        "no rule has the id `ADR-98`",
    ]
    .into_iter()
    .enumerate()
    {
        assert!(found[i].0.contains(expected), "{found:?}");
    }
}

#[test]
fn problems_in_both_configs_are_reported_together_the_organisations_first() {
    let dir = copy_to_temp(&root().join("examples/patient-portal"));
    write(
        dir.path(),
        ".wgll/config.yaml",
        "rules:\n  CLOUD-99: {enabled: false}\n",
    );
    let org = tempfile::tempdir().unwrap();
    write(
        org.path(),
        "org.yaml",
        "params:\n  evidence_max_age_months: twelve\n",
    );
    let out = wgll()
        .args(["check", "--today", TODAY, "--config", "org.yaml"])
        .arg(dir.path())
        .current_dir(org.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    insta::assert_snapshot!("misfits_in_both_configs", stderr_of(&out));
}
