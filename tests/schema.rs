//! The manifest's JSON Schema (`policies/wgll/schema/data.json`) knows
//! every manifest field the bundled rules read directly, so a field a rule
//! needs can never be refused by WL-06 or missed by an editor.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

fn rule_sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rule_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rego")
            && !path.to_string_lossy().ends_with("_test.rego")
        {
            let text = std::fs::read_to_string(&path).unwrap();
            out.push((path.display().to_string(), text));
        }
    }
}

/// `input.manifest.a.b` and `object.get(input.manifest, ["a", "b"], ...)`.
fn paths_read(text: &str) -> BTreeSet<Vec<String>> {
    let mut paths = BTreeSet::new();
    for (i, _) in text.match_indices("input.manifest.") {
        let rest = &text[i + "input.manifest.".len()..];
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
            .unwrap_or(rest.len());
        let path: Vec<String> = rest[..end]
            .split('.')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        if !path.is_empty() {
            paths.insert(path);
        }
    }
    for (i, _) in text.match_indices("object.get(input.manifest, [") {
        let rest = &text[i + "object.get(input.manifest, [".len()..];
        let inner = &rest[..rest.find(']').unwrap()];
        // Only literal paths: a variable element ends the known prefix.
        let mut path = Vec::new();
        for part in inner.split(',') {
            let part = part.trim();
            match part.strip_prefix('"').and_then(|p| p.strip_suffix('"')) {
                Some(key) => path.push(key.to_string()),
                None => break,
            }
        }
        if !path.is_empty() {
            paths.insert(path);
        }
    }
    paths
}

fn known(schema: &Value, path: &[String]) -> bool {
    let mut node = schema;
    for key in path {
        let next = &node["properties"][key];
        if next.is_null() {
            return false;
        }
        node = next;
    }
    true
}

#[test]
fn every_manifest_field_a_rule_reads_is_in_the_schema() {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(common::root().join("policies/wgll/schema/data.json")).unwrap(),
    )
    .unwrap();
    let mut sources = Vec::new();
    rule_sources(&common::root().join("policies"), &mut sources);
    let mut unknown = Vec::new();
    let mut checked = 0;
    for (file, text) in &sources {
        for path in paths_read(text) {
            checked += 1;
            if !known(&schema, &path) {
                unknown.push(format!("{file}: {}", path.join(".")));
            }
        }
    }
    assert!(
        checked > 50,
        "only {checked} paths found: is the scan broken?"
    );
    assert!(
        unknown.is_empty(),
        "read by rules, not in the schema:\n{}",
        unknown.join("\n")
    );
}

#[test]
fn the_scan_finds_both_spellings() {
    let found = paths_read(
        "x := input.manifest.hosting.regions\ny := object.get(input.manifest, [\"a\", \"b\", i], null)\n",
    );
    assert!(found.contains(&vec!["hosting".to_string(), "regions".to_string()]));
    assert!(found.contains(&vec!["a".to_string(), "b".to_string()]));
}

#[test]
fn the_phases_rule_metadata_may_name_are_the_schemas() {
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string("policies/wgll/schema/data.json").unwrap())
            .unwrap();
    let phases: Vec<&str> = schema["properties"]["service"]["properties"]["phase"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(phases, wgll::evaluate::metadata::PHASES);
}

/// `wgll schema --address` is the raw schema file at this version's tag in
/// the repository the build names, or, for a build that names none, an
/// error that says so: never a guessed address.
#[test]
fn the_schema_address_is_this_versions_tag_or_an_error() {
    let out = common::wgll()
        .args(["schema", "--address"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if env!("CARGO_PKG_REPOSITORY").is_empty() && option_env!("WGLL_HOME").is_none() {
        assert_eq!(out.status.code(), Some(2), "{stdout}");
        assert!(stdout.is_empty());
        assert!(stderr.contains("schema has no"), "{stderr}");
    } else {
        assert_eq!(out.status.code(), Some(0), "{stderr}");
        let suffix = format!(
            "/v{}/policies/wgll/schema/data.json\n",
            env!("CARGO_PKG_VERSION")
        );
        assert!(
            stdout.starts_with("https://raw.githubusercontent.com/"),
            "{stdout}"
        );
        assert!(stdout.ends_with(&suffix), "{stdout}");
    }
}

#[test]
fn the_kinds_rule_metadata_may_name_are_the_schemas() {
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string("policies/wgll/schema/data.json").unwrap())
            .unwrap();
    let kinds: Vec<&str> = schema["properties"]["service"]["properties"]["kind"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(kinds, wgll::evaluate::metadata::KINDS);
}
