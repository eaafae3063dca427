//! `wgll init`: scaffolds a manifest that parses and follows the schema, and
//! an ADR template that is not itself read as a decision; never overwrites.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{TODAY, stderr_of, stdout_of, wgll};
use serde_json::Value;

#[test]
fn writes_a_manifest_and_an_adr_template_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let out = wgll().arg("init").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(stdout_of(&out).contains("wrote wgll.yaml\nwrote docs/adr/template.md\n"));

    // The manifest follows the schema; the template is not a decision.
    let out = wgll()
        .args(["check", "--format", "json", "--today", TODAY])
        .arg(dir.path())
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let rules: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(!rules.contains(&"WL-06"), "{rules:?}");
    // Each placeholder fails, once, as a placeholder.
    let placeholders = rules.iter().filter(|r| **r == "WL-09").count();
    let todos = std::fs::read_to_string(dir.path().join("wgll.yaml"))
        .unwrap()
        .matches("\"TODO:")
        .count();
    assert_eq!(placeholders, todos, "{rules:?}");
    assert!(
        !rules.contains(&"WL-07"),
        "placeholders are not missing files: {rules:?}"
    );
    let adrs = wgll()
        .args(["adrs", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(stdout_of(&adrs), "[]\n");

    let again = wgll().arg("init").arg(dir.path()).output().unwrap();
    assert_eq!(again.status.code(), Some(2));
    assert!(stderr_of(&again).contains("wgll.yaml already exists"));
    let forced = wgll()
        .args(["init", "--force"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(forced.status.code(), Some(0));
}

#[test]
fn uses_an_existing_adr_folder() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("doc/adr")).unwrap();
    let out = wgll().arg("init").arg(dir.path()).output().unwrap();
    assert!(stdout_of(&out).contains("wrote doc/adr/template.md"));
}

/// The template shows every field of the schema, so a team sees all that the
/// rules may ask for (commented-out fields count).
#[test]
fn the_template_names_every_field_of_the_schema() {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(common::root().join("policies/wgll/schema/data.json")).unwrap(),
    )
    .unwrap();
    let template = wgll::commands::init::MANIFEST_TEMPLATE;
    let mut missing = Vec::new();
    let mut stack = vec![(String::new(), &schema)];
    while let Some((path, node)) = stack.pop() {
        if let Some(props) = node["properties"].as_object() {
            for (key, child) in props {
                let here = format!("{path}.{key}");
                if !template.contains(&format!("{key}:")) {
                    missing.push(here.clone());
                }
                stack.push((here, child));
            }
        }
        if node["items"].is_object() {
            stack.push((format!("{path}[]"), &node["items"]));
        }
    }
    assert!(
        missing.is_empty(),
        "fields not in the template: {missing:?}"
    );
}

/// A mistyped path is not created, and a link named like a template is
/// never written through.
#[cfg(unix)]
#[test]
fn a_missing_folder_is_refused_and_links_are_not_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-repo");
    let out = wgll().arg("init").arg(&missing).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(!missing.exists());

    let outside = dir.path().join("outside.yaml");
    let repo = dir.path().join("repo");
    std::fs::create_dir(&repo).unwrap();
    std::os::unix::fs::symlink(&outside, repo.join("wgll.yaml")).unwrap();
    let out = wgll().arg("init").arg(&repo).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = wgll()
        .args(["init", "--force"])
        .arg(&repo)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(!outside.exists(), "wrote through the link");
}

/// Init fills in only what it observed, says where it found each, keeps the
/// decision records' own template, and leaves the rest to fail.
#[test]
fn prefills_what_it_observed_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    common::write(
        root,
        "catalog-info.yaml",
        "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: appointments-api\n  title: Appointments API\nspec:\n  owner: team-booking\n  lifecycle: production\n",
    );
    common::write(
        root,
        ".github/SECURITY.md",
        "# Security\n\nReport a vulnerability to security@trust.nhs.example.\n",
    );
    common::write(
        root,
        "docs/decisions/adr-template.md",
        "# NNN. Title\n\n## Status\n\n## Context\n",
    );
    common::write(
        root,
        "docs/decisions/0001-record-architecture-decisions.md",
        "# 1. Record architecture decisions\n\nDate: 2026-01-05\n\n## Status\n\nAccepted\n",
    );
    let out = wgll().arg("init").arg(root).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let said = stdout_of(&out);
    assert!(
        said.contains("service.name: \"Appointments API\" (found in catalog-info.yaml)"),
        "{said}"
    );
    assert!(
        said.contains("security.vulnerability_disclosure: \".github/SECURITY.md\" (found in .github/SECURITY.md)"),
        "{said}"
    );
    assert!(
        said.contains("kept docs/decisions/adr-template.md"),
        "{said}"
    );
    assert!(!root.join("docs/decisions/template.md").exists());
    assert!(!root.join("docs/adr").exists());
    let manifest = std::fs::read_to_string(root.join("wgll.yaml")).unwrap();
    assert!(manifest.contains("  name: \"Appointments API\"  # found in catalog-info.yaml\n"));
    // No certification, assessment or control is claimed for the team.
    for invented in [
        "standards-met\n",
        "enforced\n",
        "plus\n",
        "GMC",
        "at_rest: true",
    ] {
        assert!(
            !manifest.contains(&format!(": {invented}")),
            "{invented} in\n{manifest}"
        );
    }

    let out = wgll()
        .args(["check", "--format", "json", "--today", TODAY])
        .arg(root)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = json["findings"].as_array().unwrap();
    let at = |pointer: &str| -> Vec<&str> {
        findings
            .iter()
            .filter(|f| f["at"] == pointer)
            .filter_map(|f| f["rule"].as_str())
            .collect()
    };
    // What was observed stands; what was not is a placeholder that fails.
    assert!(at("/manifest/service/name").is_empty());
    assert!(at("/manifest/security/vulnerability_disclosure").is_empty());
    assert_eq!(at("/manifest/security/mfa"), ["WL-09"]);
    assert_eq!(at("/manifest/security/dspt/status"), ["WL-09"]);
    assert_eq!(at("/manifest/clinical_safety/applicable"), ["WL-09"]);
}

/// A committed `docs -> /elsewhere` (or `docs/adr ->`) must not have init
/// write outside the repository: it refuses, naming the link, and the
/// folder the link leads to stays empty.
#[cfg(unix)]
#[test]
fn a_linked_folder_on_the_way_is_refused_not_written_through() {
    for link in ["docs", "docs/adr"] {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        let at = dir.path().join(link);
        std::fs::create_dir_all(at.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(outside.path(), &at).unwrap();
        for force in [&[][..], &["--force"][..]] {
            let out = wgll()
                .arg("init")
                .args(force)
                .arg(dir.path())
                .output()
                .unwrap();
            let err = stderr_of(&out);
            assert_eq!(out.status.code(), Some(2), "{link}: {err}");
            assert!(
                err.contains(&format!("{link} is a symbolic link")),
                "{link}: {err}"
            );
            assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 0);
            assert!(
                !dir.path().join("wgll.yaml").exists(),
                "nothing is half-written"
            );
        }
    }
}
