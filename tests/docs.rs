//! Generated documentation stays true: `docs/rules.md` is exactly what
//! `wgll rules --format markdown` prints for the bundled library.
//! `WGLL_UPDATE_DOCS=1 cargo test --test docs` rewrites it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{root, stdout_of, wgll};

#[test]
fn the_rule_reference_matches_the_rules() {
    let out = wgll()
        .args(["rules", "--format", "markdown"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let generated = stdout_of(&out);
    let path = root().join("docs/rules.md");
    if std::env::var_os("WGLL_UPDATE_DOCS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/rules.md is out of date with the rules' METADATA: run \
         `WGLL_UPDATE_DOCS=1 cargo test --test docs` and commit the result"
    );
}

/// The fenced blocks of a Markdown file whose info string has `key=value`,
/// as (value, body).
fn blocks(markdown: &str, key: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut lines = markdown.lines();
    while let Some(line) = lines.next() {
        let Some(info) = line.strip_prefix("```") else {
            continue;
        };
        let value = info
            .split_whitespace()
            .find_map(|w| w.strip_prefix(&format!("{key}=")))
            .map(str::to_string);
        let mut body = String::new();
        for l in lines.by_ref() {
            if l.starts_with("```") {
                break;
            }
            body.push_str(l);
            body.push('\n');
        }
        if let Some(v) = value {
            out.push((v, body));
        }
    }
    out
}

#[test]
fn the_local_policy_guide_runs_as_written() {
    let guide = std::fs::read_to_string(root().join("docs/local-policies.md")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let files = blocks(&guide, "file");
    assert_eq!(files.len(), 3, "the guide's files");
    for (path, body) in &files {
        common::write(dir.path(), path, body);
    }
    let outputs: std::collections::BTreeMap<String, String> =
        blocks(&guide, "output").into_iter().collect();

    let out = wgll()
        .args(["test", ".wgll/policies"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout_of(&out), outputs["test"]);

    let out = wgll()
        .args(["check", "--today", "2026-11-23"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = stdout_of(&out);
    assert!(
        text.contains(&outputs["check"]),
        "the guide's diagnostic is not in the output:\n{text}"
    );

    let out = wgll()
        .args(["explain", "NHT-01"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr_of(&out));
    assert!(stdout_of(&out).contains("Live services name a service owner"));
}

#[test]
fn the_configuration_guides_example_is_accepted() {
    let guide = std::fs::read_to_string(root().join("docs/configuration.md")).unwrap();
    let start = guide.find("```yaml\n# .wgll/config.yaml\n").unwrap() + "```yaml\n".len();
    let config = &guide[start..start + guide[start..].find("```").unwrap()];
    let repo = common::copy_to_temp(&root().join("examples/patient-portal"));
    common::write(repo.path(), ".wgll/config.yaml", config);
    // The ADR folder it names must exist: a missing one is an error.
    common::copy_dir(
        &repo.path().join("docs/adr"),
        &repo.path().join("records/decisions"),
    );
    let out = wgll()
        .args(["check", "--format", "json", "--today", "2026-11-23"])
        .arg(repo.path())
        .output()
        .unwrap();
    // The example names a manifest this repository lacks, so its waiver
    // has nothing to waive: findings, not a configuration error (exit 2).
    assert_eq!(out.status.code(), Some(1), "{}", common::stderr_of(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rules: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["WAIVER-02", "WL-05"], "{json}");
}

/// Every parameter in the bundled defaults is documented in
/// `docs/parameters.md` and read by at least one bundled rule: a parameter
/// nobody reads would let an organisation tune something that does nothing.
#[test]
fn every_parameter_is_documented_and_read() {
    let params = std::fs::read_to_string(root().join("policies/wgll/params/data.yaml")).unwrap();
    let doc = std::fs::read_to_string(root().join("docs/parameters.md")).unwrap();
    let mut rules = String::new();
    let mut stack = vec![root().join("policies/wgll")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rego")
                && !path.to_string_lossy().ends_with("_test.rego")
            {
                rules.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let keys: Vec<&str> = params
        .lines()
        .filter(|l| !l.starts_with([' ', '#', '-']) && l.contains(':'))
        .filter_map(|l| l.split(':').next())
        .collect();
    assert!(keys.len() >= 5, "too few parameters found: {keys:?}");
    let undocumented: Vec<&&str> = keys
        .iter()
        .filter(|k| !doc.contains(&format!("| `{k}` |")))
        .collect();
    let unread: Vec<&&str> = keys
        .iter()
        .filter(|k| !rules.contains(&format!("params.{k}")))
        .collect();
    assert!(
        undocumented.is_empty(),
        "not in docs/parameters.md: {undocumented:?}"
    );
    assert!(unread.is_empty(), "read by no rule: {unread:?}");
}

/// Every `.rs` file under `src/`, as `folder/file.rs`.
fn source_files(dir: &std::path::Path, rel: &str, out: &mut std::collections::BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            source_files(&path, &format!("{rel}{name}/"), out);
        } else if name.ends_with(".rs") {
            out.insert(format!("{rel}{name}"));
        }
    }
}

/// The files the module map at the top of `src/lib.rs` names: a top-level
/// line opens a folder (`collect/`), indented lines name its files, and a
/// folder named on an indented line holds the files after it on that line
/// and on the deeper-indented lines that continue it.
fn mapped_files(lib: &str) -> std::collections::BTreeSet<String> {
    let map = lib
        .lines()
        .filter_map(|l| l.strip_prefix("//! "))
        .skip_while(|l| *l != "```text")
        .skip(1)
        .take_while(|l| *l != "```");
    let mut files = std::collections::BTreeSet::new();
    let mut folder = String::new();
    let mut sub = String::new();
    for line in map {
        let depth = line.len() - line.trim_start().len();
        let indented = depth > 0;
        if !indented {
            folder.clear();
        }
        // A line indented past a folder's files continues the line above.
        if depth <= 2 {
            sub.clear();
        }
        for token in line.split_whitespace() {
            if token.ends_with('/') && !token.contains('`') {
                if indented {
                    sub = token.to_string();
                } else {
                    folder = token.to_string();
                }
            } else if token.ends_with(".rs") {
                let folder = if indented { folder.as_str() } else { "" };
                files.insert(format!("{folder}{sub}{token}"));
            }
        }
    }
    files
}

#[test]
fn the_module_map_matches_the_source_tree() {
    let lib = std::fs::read_to_string(root().join("src/lib.rs")).unwrap();
    let mapped = mapped_files(&lib);
    let mut tree = std::collections::BTreeSet::new();
    source_files(&root().join("src"), "", &mut tree);
    tree.remove("lib.rs");
    let unmapped: Vec<&String> = tree.difference(&mapped).collect();
    let gone: Vec<&String> = mapped.difference(&tree).collect();
    assert!(
        unmapped.is_empty() && gone.is_empty(),
        "src/lib.rs's module map is out of step: not in the map {unmapped:?}, not in the tree {gone:?}"
    );
}

/// Modules stay small enough to read; one that must be long says why at
/// its top.
#[test]
fn no_module_is_long_without_a_reason() {
    let mut tree = std::collections::BTreeSet::new();
    source_files(&root().join("src"), "", &mut tree);
    let long: Vec<String> = tree
        .iter()
        .filter_map(|rel| {
            let text = std::fs::read_to_string(root().join("src").join(rel)).unwrap();
            let lines = text.lines().count();
            let header: String = text.lines().take(40).collect::<Vec<_>>().join("\n");
            (lines > 600 && !header.contains("This file is long because"))
                .then(|| format!("{rel} ({lines} lines)"))
        })
        .collect();
    assert!(
        long.is_empty(),
        "over 600 lines with no reason at the top: {long:?}"
    );
}

/// `scripts/new-rule` writes a rule, its tests and its case, each failing
/// until filled in, and never overwrites a file or reuses an id.
#[test]
fn the_scaffold_writes_a_rule_that_fails_until_filled_in() {
    let dir = tempfile::tempdir().unwrap();
    let scaffold = |root: &std::path::Path, id: &str| {
        std::process::Command::new("python3")
            .arg(common::root().join("scripts/new-rule"))
            .args([id, "security", "signing_keys_committed"])
            .args(["--title", "No signing keys are committed"])
            .args([
                "--measure",
                "safe_practice",
                "--severity",
                "error",
                "--tcop",
                "6",
            ])
            .arg("--root")
            .arg(root)
            .output()
            .unwrap()
    };
    let out = scaffold(dir.path(), "SEC-99");
    assert!(out.status.success(), "{}", common::stderr_of(&out));
    let policy = dir.path().join("policies/wgll/security");
    for file in [
        policy.join("signing_keys_committed.rego"),
        policy.join("signing_keys_committed_test.rego"),
        dir.path().join("fixtures/cases/SEC-99.yaml"),
    ] {
        assert!(file.is_file(), "{} not written", file.display());
    }
    // The policy compiles and its placeholder tests fail.
    let tested = wgll().arg("test").arg(&policy).output().unwrap();
    assert_eq!(tested.status.code(), Some(1), "{}", stdout_of(&tested));
    assert!(
        stdout_of(&tested).contains("0 passed, 2 failed"),
        "{}",
        stdout_of(&tested)
    );
    // Never overwritten, never an id twice.
    assert_eq!(scaffold(dir.path(), "SEC-99").status.code(), Some(1));
    let taken = scaffold(&root(), "CLOUD-02");
    assert_eq!(taken.status.code(), Some(1));
    assert!(common::stderr_of(&taken).contains("already the id of"));
}
