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
    assert!(
        rules.contains(&"WL-07"),
        "evidence the template names is not there yet"
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
