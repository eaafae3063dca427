//! Each bundled rule's cases, one named test each: `cargo test CLOUD_02`
//! runs CLOUD-02's alone. A rule's cases are `fixtures/cases/<RULE-ID>.yaml`;
//! each starts from `examples/patient-portal` (which passes every rule),
//! makes its changes in memory and runs the whole pipeline in process.
//!
//! ```yaml
//! fails:                        # each must make the rule fire where it says
//!   - about: a US region beside London          # optional: what it shows
//!     edit: [{file: wgll.yaml, replace: "regions: [eu-west-2]", with: "regions: [eu-west-2, us-east-1]"}]
//!     remove: [docs/hosting/exit-plan.md]       # optional: files or folders
//!     write: [{file: path, text: "..."}]        # optional
//!     expect: {at: /manifest/hosting/regions/1} # the finding's JSON pointer,
//!                                               # or {file: path} for a file,
//!                                               # or {} for anywhere
//!     also: [CLOUD-03]                          # other rules it may fire
//! passes:                       # optional: legitimate setups that stay quiet
//!   - about: an EEA region
//!     edit: [...]
//! ```
//!
//! Every rule also passes on the example as it is (`RULE::passes`). Cases
//! name what a finding is about, never a line: the example may change shape
//! without touching them; lines are asserted by the source map's own tests
//! and the output snapshots.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use libtest_mimic::{Arguments, Failed, Trial};
use serde_json::Value;
use wgll::collect::Opened;
use wgll::collect::source::MemoryTree;
use wgll::date::Date;
use wgll::evaluate::Policies;
use wgll::findings::Finding;
use wgll::pipeline::{self, Options};
use wgll::yaml::{YamlLimits, parse};

/// The date every case is judged on (as in the CLI tests).
const TODAY: (i32, u32, u32) = (2026, 11, 23);

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The bundled library, compiled once for every case.
fn policies() -> &'static Policies {
    static POLICIES: OnceLock<Policies> = OnceLock::new();
    POLICIES.get_or_init(|| wgll::commands::load_policies(&[], false).expect("library compiles"))
}

/// The example's files, read once.
fn example() -> &'static BTreeMap<String, Vec<u8>> {
    static EXAMPLE: OnceLock<BTreeMap<String, Vec<u8>>> = OnceLock::new();
    EXAMPLE.get_or_init(|| {
        let base = root().join("examples/patient-portal");
        let mut files = BTreeMap::new();
        read_tree(&base, &base, &mut files);
        files
    })
}

fn read_tree(base: &Path, dir: &Path, files: &mut BTreeMap<String, Vec<u8>>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            read_tree(base, &path, files);
        } else {
            let rel = path.strip_prefix(base).unwrap().to_string_lossy();
            files.insert(rel.replace('\\', "/"), std::fs::read(&path).unwrap());
        }
    }
}

fn list<'a>(v: &'a Value, key: &str) -> Vec<&'a Value> {
    v[key]
        .as_array()
        .map(|a| a.iter().collect())
        .unwrap_or_default()
}

/// The example with one case's changes made; errors name what is wrong
/// with the case itself.
fn changed(case: &Value) -> Result<BTreeMap<String, Vec<u8>>, String> {
    let mut files = example().clone();
    for edit in list(case, "edit") {
        let file = edit["file"].as_str().ok_or("edit without file")?;
        let text = files.get(file).ok_or(format!("edit: no file {file}"))?;
        let text = String::from_utf8(text.clone()).map_err(|_| format!("{file}: not text"))?;
        let from = edit["replace"].as_str().ok_or("edit without replace")?;
        let to = edit["with"].as_str().unwrap_or("");
        if text.matches(from).count() != 1 {
            return Err(format!("{file}: `{from}` must occur exactly once"));
        }
        files.insert(file.to_string(), text.replacen(from, to, 1).into_bytes());
    }
    for remove in list(case, "remove") {
        let rel = remove.as_str().ok_or("remove takes paths")?;
        let folder = format!("{rel}/");
        let before = files.len();
        files.retain(|path, _| path != rel && !path.starts_with(&folder));
        if files.len() == before {
            return Err(format!("remove: nothing at {rel}"));
        }
    }
    for write in list(case, "write") {
        let rel = write["file"].as_str().ok_or("write without file")?;
        let text = write["text"].as_str().unwrap_or("");
        files.insert(rel.to_string(), text.as_bytes().to_vec());
    }
    Ok(files)
}

/// The findings of the example with a case's changes, through the pipeline.
fn findings(case: &Value) -> Result<Vec<Finding>, String> {
    let tree = MemoryTree::new(changed(case)?);
    let opened = Opened::memory(tree, "patient-portal");
    let today = Date::new(TODAY.0, TODAY.1, TODAY.2).unwrap();
    pipeline::check(&opened, &Options::new(today), policies())
        .map(|outcome| outcome.findings)
        .map_err(|e| format!("the check could not run: {e:?}"))
}

fn unwaived(found: &[Finding]) -> impl Iterator<Item = &Finding> {
    found.iter().filter(|f| f.waived.is_none())
}

fn summary(found: &[Finding]) -> String {
    let lines: Vec<String> = unwaived(found)
        .map(|f| {
            format!(
                "  {} at {} ({}): {}",
                f.rule,
                f.at.as_deref().unwrap_or("-"),
                f.file.as_deref().unwrap_or("-"),
                f.message
            )
        })
        .collect();
    if lines.is_empty() {
        "  (none)".into()
    } else {
        lines.join("\n")
    }
}

/// A failing case: the rule fires where `expect` says, and no rule fires
/// that the case does not allow.
fn fails(rule: &str, case: &Value) -> Result<(), Failed> {
    let found = findings(case)?;
    let expect = &case["expect"];
    let at = expect.get("at").and_then(Value::as_str);
    let file = expect.get("file").and_then(Value::as_str);
    let hit = unwaived(&found).any(|f| {
        f.rule == rule
            && at.is_none_or(|at| f.at.as_deref() == Some(at))
            && file.is_none_or(|file| f.file.as_deref() == Some(file))
    });
    if !hit {
        return Err(format!(
            "{rule} did not fire at {expect}; findings:\n{}",
            summary(&found)
        )
        .into());
    }
    others(rule, case, &found)
}

/// The example's own findings (none), found once for every rule.
fn on_the_example() -> Result<&'static [Finding], String> {
    static FOUND: OnceLock<Result<Vec<Finding>, String>> = OnceLock::new();
    FOUND
        .get_or_init(|| findings(&Value::Null))
        .as_deref()
        .map_err(Clone::clone)
}

/// A passing case: the rule stays quiet, and so does every rule the case
/// does not allow.
fn passes(rule: &str, case: &Value) -> Result<(), Failed> {
    let found = match case {
        Value::Null => on_the_example()?.to_vec(),
        case => findings(case)?,
    };
    if unwaived(&found).any(|f| f.rule == rule) {
        return Err(format!("{rule} fired; findings:\n{}", summary(&found)).into());
    }
    others(rule, case, &found)
}

fn others(rule: &str, case: &Value, found: &[Finding]) -> Result<(), Failed> {
    let allowed: BTreeSet<&str> = list(case, "also")
        .into_iter()
        .filter_map(Value::as_str)
        .chain([rule])
        .collect();
    let extra: BTreeSet<&str> = unwaived(found)
        .map(|f| f.rule.as_str())
        .filter(|r| !allowed.contains(r))
        .collect();
    if extra.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "other rules fired too: {extra:?}; findings:\n{}",
            summary(found)
        )
        .into())
    }
}

/// Each case file: (rule id, its parsed cases).
fn case_files() -> Vec<(String, Value)> {
    let dir = root().join("fixtures/cases");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let rule = path.file_stem().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path).unwrap();
            let doc = parse(&text, YamlLimits::default())
                .unwrap_or_else(|e| panic!("{}: {}", path.display(), e.message));
            (rule, doc.value)
        })
        .collect()
}

/// A rule id as a test name segment: `CLOUD-02` -> `CLOUD_02`.
fn test_name(rule: &str) -> String {
    rule.replace('-', "_")
}

fn trials() -> Vec<Trial> {
    let mut trials = Vec::new();
    let files = case_files();
    let with_cases: BTreeSet<String> = files.iter().map(|(rule, _)| rule.clone()).collect();
    for (rule, doc) in files {
        let name = test_name(&rule);
        for (kind, cases) in [
            ("fails", list(&doc, "fails")),
            ("passes", list(&doc, "passes")),
        ] {
            let many = cases.len() > 1;
            for (i, case) in cases.into_iter().enumerate() {
                let label = match (case["about"].as_str(), many) {
                    (Some(about), _) => format!("{name}::{kind}::{}", slug(about)),
                    (None, true) => format!("{name}::{kind}::{}", i + 1),
                    (None, false) => format!("{name}::{kind}"),
                };
                let (rule, case) = (rule.clone(), Arc::new(case.clone()));
                trials.push(Trial::test(label, move || match kind {
                    "fails" => fails(&rule, &case),
                    _ => passes(&rule, &case),
                }));
            }
        }
        let quiet = rule.clone();
        trials.push(Trial::test(
            format!("{name}::passes::on_the_example"),
            move || passes(&quiet, &Value::Null),
        ));
    }
    trials.push(Trial::test(
        "catalogue::every_rule_has_a_failing_case",
        move || {
            // The waiver rules judge configuration, which tests/config.rs covers.
            let missing: Vec<String> = policies()
                .catalogue()
                .keys()
                .filter(|id| !id.starts_with("WAIVER-") && !with_cases.contains(*id))
                .cloned()
                .collect();
            if missing.is_empty() {
                Ok(())
            } else {
                Err(format!("rules without fixtures/cases/<ID>.yaml: {missing:?}").into())
            }
        },
    ));
    trials
}

/// `a US region beside London` -> `a_us_region_beside_london`.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    out.trim_matches('_').to_string()
}

fn main() {
    libtest_mimic::run(&Arguments::from_args(), trials()).exit();
}
