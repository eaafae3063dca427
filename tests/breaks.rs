//! One broken requirement at a time: each case in `fixtures/breaks/*.yaml`
//! starts from `examples/patient-portal` (which passes), makes one change,
//! and expects its rule to fail at the given file and line, and no other
//! rule to fail unless the case names it in `also`.
//!
//! ```yaml
//! - rule: CLOUD-02
//!   edit: [{file: wgll.yaml, replace: "regions: [eu-west-2]", with: "regions: [us-east-1]"}]
//!   remove: [docs/hosting/exit-plan.md]       # optional
//!   write: [{file: path, text: "..."}]        # optional
//!   expect: {file: wgll.yaml, line: 41}       # line: null when it has no place
//!   also: [CLOUD-03]                          # optional
//!   commit_at: 1600000000                     # optional: the commit's time
//! ```

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::{TODAY, commit_all, copy_dir, git_init, root, wgll};
use serde_json::Value;
use wgll::yaml::{YamlLimits, parse};

fn cases() -> Vec<(String, Value)> {
    let mut out = Vec::new();
    let dir = root().join("fixtures/breaks");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let doc = parse(&text, YamlLimits::default())
            .unwrap_or_else(|e| panic!("{}: {}", file.display(), e.message));
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        for case in doc.value.as_array().cloned().unwrap_or_default() {
            out.push((name.clone(), case));
        }
    }
    out
}

fn strings<'a>(v: &'a Value, key: &str) -> Vec<&'a Value> {
    v[key]
        .as_array()
        .map(|a| a.iter().collect())
        .unwrap_or_default()
}

/// Applies one case's changes to a copy of the example; errors name the case.
fn apply(case: &Value, dir: &Path) -> Result<(), String> {
    for edit in strings(case, "edit") {
        let file = edit["file"].as_str().ok_or("edit without file")?;
        let path = dir.join(file);
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{file}: {e}"))?;
        let from = edit["replace"].as_str().ok_or("edit without replace")?;
        let to = edit["with"].as_str().unwrap_or("");
        if text.matches(from).count() != 1 {
            return Err(format!("{file}: `{from}` must occur exactly once"));
        }
        std::fs::write(&path, text.replacen(from, to, 1)).map_err(|e| e.to_string())?;
    }
    for remove in strings(case, "remove") {
        let rel = remove.as_str().ok_or("remove takes paths")?;
        let path = dir.join(rel);
        if path.is_dir() {
            std::fs::remove_dir_all(&path)
        } else {
            std::fs::remove_file(&path)
        }
        .map_err(|e| format!("remove {rel}: {e}"))?;
    }
    for write in strings(case, "write") {
        let rel = write["file"].as_str().ok_or("write without file")?;
        common::write(dir, rel, write["text"].as_str().unwrap_or(""));
    }
    Ok(())
}

#[test]
fn each_break_fails_its_rule_at_its_line_and_nothing_else() {
    let cases = cases();
    assert!(!cases.is_empty(), "no cases in fixtures/breaks");
    // Each case is its own repository and process: run them on every core.
    let workers = std::thread::available_parallelism().map_or(2, usize::from);
    let chunk = cases.len().div_ceil(workers);
    let problems: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = cases
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .flat_map(|(source, case)| check_case(source, case))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect()
    });
    assert!(
        problems.is_empty(),
        "{} of {} cases wrong:\n{}",
        problems.len(),
        cases.len(),
        problems.join("\n")
    );
}

/// What is wrong with one break case: nothing, when its rule fails at the
/// expected place and no other rule (beyond its `also`) fails.
fn check_case(source: &str, case: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    let rule = case["rule"].as_str().unwrap_or("?");
    let label = format!("{source}: {rule}");
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("examples/patient-portal"), dir.path());
    if let Err(e) = apply(case, dir.path()) {
        problems.push(format!("{label}: {e}"));
        return problems;
    }
    let repo = git_init(dir.path());
    let when = case["commit_at"].as_i64().unwrap_or(1_780_000_000);
    commit_all(&repo, "Example with one requirement broken", when);
    let out = wgll()
        .args(["check", "--format", "json", "--today", TODAY])
        .arg(dir.path())
        .output()
        .unwrap();
    let Ok(json) = serde_json::from_slice::<Value>(&out.stdout) else {
        problems.push(format!(
            "{label}: no JSON (exit {:?}): {}",
            out.status.code(),
            common::stderr_of(&out)
        ));
        return problems;
    };
    let findings = json["findings"].as_array().cloned().unwrap_or_default();
    let expect = &case["expect"];
    let hit = findings.iter().any(|f| {
        f["rule"] == rule
            && (expect["file"].is_null() || f["file"] == expect["file"])
            && (expect.get("line").is_none() || f["line"] == expect["line"])
    });
    if !hit {
        problems.push(format!(
            "{label}: expected at {}:{}, found {}",
            expect["file"],
            expect["line"],
            serde_json::to_string(&findings).unwrap()
        ));
    }
    let allowed: BTreeSet<&str> = strings(case, "also")
        .into_iter()
        .filter_map(Value::as_str)
        .chain([rule])
        .collect();
    let others: BTreeSet<&str> = findings
        .iter()
        .filter_map(|f| f["rule"].as_str())
        .filter(|r| !allowed.contains(r))
        .collect();
    if !others.is_empty() {
        problems.push(format!("{label}: other rules failed too: {others:?}"));
    }
    problems
}

/// Every rule of the bundled library that can fail on the example has a
/// break that shows it failing there; the waiver rules are about
/// configuration, which `tests/config.rs` covers.
#[test]
fn every_bundled_rule_has_a_break() {
    let out = wgll()
        .args(["rules", "--format", "json"])
        .current_dir(std::env::temp_dir())
        .output()
        .unwrap();
    let rules: Value = serde_json::from_slice(&out.stdout).unwrap();
    let broken: BTreeSet<String> = cases()
        .iter()
        .filter_map(|(_, c)| c["rule"].as_str().map(str::to_string))
        .collect();
    let missing: Vec<&str> = rules
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["id"].as_str())
        .filter(|id| !id.starts_with("WAIVER-") && !broken.contains(*id))
        .collect();
    assert!(missing.is_empty(), "rules without a break: {missing:?}");
}
