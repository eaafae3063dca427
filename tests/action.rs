//! The GitHub Action (`action.yml`) run step by step on this machine with a
//! simulated runner: `GITHUB_WORKSPACE`, `GITHUB_OUTPUT`,
//! `GITHUB_STEP_SUMMARY`, `GITHUB_PATH` and a tool cache, each `run:` step in
//! bash as the runner runs it, `${{ ... }}` expressions evaluated from the
//! inputs and earlier steps' outputs. The only `uses:` steps,
//! `actions/cache/restore` and `actions/cache/save`, are simulated: a hit
//! when the cached folder exists, and a record of what was saved. An
//! expression or condition the simulation does not know fails the test, so
//! the action cannot drift from what is tested here.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{TODAY, copy_dir, fixture, root};
use serde_json::Value;
use wgll::yaml::{YamlLimits, parse};

struct Runner {
    _tmp: tempfile::TempDir,
    workspace: PathBuf,
    tool_cache: PathBuf,
    summary: PathBuf,
    path_file: PathBuf,
    /// Folders put in front of PATH (stubs, then `$GITHUB_PATH` entries).
    extra_path: Vec<PathBuf>,
    /// The workflow's `env:`, seen by every step.
    job_env: Vec<(String, String)>,
}

/// What a run of the action left behind.
struct Run {
    /// Exit status of the first failing step, else 0.
    status: i32,
    /// The action's outputs.
    outputs: BTreeMap<String, String>,
    /// Everything the steps printed.
    log: String,
    /// Which steps ran, by id or name.
    ran: Vec<String>,
}

impl Runner {
    /// A runner whose workspace holds a copy of `repo`.
    fn new(repo: &Path) -> Self {
        let tmp = tempfile::tempdir().unwrap();
        let workspace = tmp.path().join("workspace");
        copy_dir(repo, &workspace);
        let tool_cache = tmp.path().join("toolcache");
        std::fs::create_dir_all(&tool_cache).unwrap();
        let summary = tmp.path().join("step_summary.md");
        let path_file = tmp.path().join("path");
        std::fs::write(&path_file, "").unwrap();
        Runner {
            _tmp: tmp,
            workspace,
            tool_cache,
            summary,
            path_file,
            extra_path: Vec::new(),
            job_env: Vec::new(),
        }
    }

    fn scratch(&self) -> &Path {
        self._tmp.path()
    }

    /// Runs the action's steps with `inputs` over the defaults.
    fn run(&mut self, inputs: &[(&str, &str)]) -> Run {
        let text = std::fs::read_to_string(root().join("action.yml")).unwrap();
        let action = parse(&text, YamlLimits::default()).unwrap().value;
        assert_eq!(action["runs"]["using"], "composite");
        let mut input_values: BTreeMap<String, String> = action["inputs"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| (k.clone(), scalar(&v["default"])))
            .collect();
        for (k, v) in inputs {
            assert!(input_values.contains_key(*k), "no input {k} in action.yml");
            input_values.insert((*k).to_string(), (*v).to_string());
        }
        let mut steps_out: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
        let mut log = String::new();
        let mut ran = Vec::new();
        let mut status = 0;
        for (n, step) in action["runs"]["steps"]
            .as_array()
            .unwrap()
            .iter()
            .enumerate()
        {
            let id = step["id"]
                .as_str()
                .map_or_else(|| format!("step{n}"), str::to_string);
            let ctx = Context {
                inputs: &input_values,
                steps: &steps_out,
                runner: self,
            };
            if let Some(cond) = step["if"].as_str()
                && !ctx.condition(cond)
            {
                continue;
            }
            ran.push(step["name"].as_str().map_or(id.clone(), str::to_string));
            let outputs = if let Some(uses) = step["uses"].as_str() {
                let path = ctx.eval(step["with"]["path"].as_str().unwrap());
                let key = ctx.eval(step["with"]["key"].as_str().unwrap());
                assert!(!key.contains("${{") && !key.is_empty(), "{key}");
                if uses.starts_with("actions/cache/restore@") {
                    let hit = Path::new(&path).is_dir();
                    BTreeMap::from([("cache-hit".to_string(), hit.to_string())])
                } else if uses.starts_with("actions/cache/save@") {
                    assert!(
                        Path::new(&path).join("bin/wgll").is_file(),
                        "the cache would save {path} without wgll in it"
                    );
                    BTreeMap::new()
                } else {
                    panic!("the simulation knows only actions/cache/restore and /save, not {uses}")
                }
            } else {
                assert_eq!(step["shell"], "bash", "every run step says shell: bash");
                let env: Vec<(String, String)> = step["env"]
                    .as_object()
                    .map(|m| {
                        m.iter()
                            .map(|(k, v)| (k.clone(), ctx.eval(&scalar(v))))
                            .collect()
                    })
                    .unwrap_or_default();
                let script = ctx.eval(step["run"].as_str().unwrap());
                let (code, output, outputs) = self.bash(&script, &env);
                log.push_str(&output);
                if code != 0 {
                    status = code;
                    steps_out.insert(id, outputs);
                    break;
                }
                outputs
            };
            steps_out.insert(id, outputs);
        }
        let ctx = Context {
            inputs: &input_values,
            steps: &steps_out,
            runner: self,
        };
        let outputs = action["outputs"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| (k.clone(), ctx.eval(v["value"].as_str().unwrap())))
            .collect();
        Run {
            status,
            outputs,
            log,
            ran,
        }
    }

    /// One run step, as the runner runs `shell: bash`.
    fn bash(
        &mut self,
        script: &str,
        env: &[(String, String)],
    ) -> (i32, String, BTreeMap<String, String>) {
        let output_file = self.scratch().join("output");
        std::fs::write(&output_file, "").unwrap();
        let added: Vec<PathBuf> = std::fs::read_to_string(&self.path_file)
            .unwrap()
            .lines()
            .rev()
            .map(PathBuf::from)
            .collect();
        let path = std::env::join_paths(
            self.extra_path
                .iter()
                .cloned()
                .chain(added)
                .chain(std::env::split_paths(&std::env::var_os("PATH").unwrap())),
        )
        .unwrap();
        let out = Command::new("bash")
            .args(["--noprofile", "--norc", "-eo", "pipefail", "-c", script])
            .current_dir(&self.workspace)
            .env("PATH", path)
            .env("NO_COLOR", "1")
            .env("GITHUB_ACTIONS", "true")
            .env("GITHUB_WORKSPACE", &self.workspace)
            .env("GITHUB_OUTPUT", &output_file)
            .env("GITHUB_STEP_SUMMARY", &self.summary)
            .env("GITHUB_PATH", &self.path_file)
            .env("RUNNER_TOOL_CACHE", &self.tool_cache)
            .env("RUNNER_OS", "Linux")
            .env("RUNNER_ARCH", "X64")
            .envs(self.job_env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .output()
            .unwrap();
        let outputs = std::fs::read_to_string(&output_file)
            .unwrap()
            .lines()
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        (out.status.code().unwrap_or(-1), text, outputs)
    }
}

struct Context<'a> {
    inputs: &'a BTreeMap<String, String>,
    steps: &'a BTreeMap<String, BTreeMap<String, String>>,
    runner: &'a Runner,
}

impl Context<'_> {
    fn value(&self, expr: &str) -> String {
        let expr = expr.trim();
        if let Some(name) = expr.strip_prefix("inputs.") {
            return self.inputs[name].clone();
        }
        if let Some(rest) = expr.strip_prefix("steps.") {
            let (id, rest) = rest.split_once(".outputs.").unwrap();
            return self
                .steps
                .get(id)
                .and_then(|o| o.get(rest))
                .cloned()
                .unwrap_or_default();
        }
        match expr {
            "github.action_path" => root().display().to_string(),
            // Empty inside composite actions on some runners; the action
            // must cope, and here it must not reach the network.
            "github.action_repository" => String::new(),
            "runner.tool_cache" => self.runner.tool_cache.display().to_string(),
            "runner.os" => "Linux".into(),
            "runner.arch" => "X64".into(),
            _ => panic!("the simulation does not know the expression `{expr}`"),
        }
    }

    fn eval(&self, text: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(start) = rest.find("${{") {
            out.push_str(&rest[..start]);
            let end = rest[start..].find("}}").unwrap() + start;
            out.push_str(&self.value(&rest[start + 3..end]));
            rest = &rest[end + 2..];
        }
        out.push_str(rest);
        out
    }

    /// `LEFT != 'x'` or `LEFT == 'x'`, the only conditions the action uses.
    fn condition(&self, cond: &str) -> bool {
        let (left, negate, right) = if let Some((l, r)) = cond.split_once("!=") {
            (l, true, r)
        } else if let Some((l, r)) = cond.split_once("==") {
            (l, false, r)
        } else {
            panic!("the simulation does not know the condition `{cond}`")
        };
        let right = right.trim().trim_matches('\'');
        (self.value(left) == right) != negate
    }
}

fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Puts this build of wgll where the cache would restore it, so the cache
/// step hits and the install step is skipped.
fn restore_cache(runner: &Runner) {
    let key = version_key();
    let bin = runner.tool_cache.join("wgll").join(key).join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    std::fs::copy(assert_cmd::cargo::cargo_bin("wgll"), bin.join("wgll")).unwrap();
}

/// The cache key the action's version step computes.
fn version_key() -> String {
    let out_file = tempfile::NamedTempFile::new().unwrap();
    let status = Command::new("bash")
        .arg(root().join("scripts/action/version.sh"))
        .env("ACTION_PATH", root())
        .env("GITHUB_OUTPUT", out_file.path())
        .status()
        .unwrap();
    assert!(status.success());
    let text = std::fs::read_to_string(out_file.path()).unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix("key="))
        .unwrap()
        .to_string()
}

fn check_json(repo: &Path) -> Value {
    let out = common::wgll()
        .args(["check", "--format", "json", "--today", TODAY])
        .arg(repo)
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

/// `--today` cannot be an input (the action checks as of the run's day), so
/// the simulated runner's wgll pins the date through a wrapper on PATH.
fn pin_today(runner: &mut Runner) {
    let dir = runner.scratch().join("pinned");
    std::fs::create_dir_all(&dir).unwrap();
    let real = runner
        .tool_cache
        .join("wgll")
        .join(version_key())
        .join("bin/wgll");
    let wrapper = dir.join("wgll");
    std::fs::write(
        &wrapper,
        format!(
            "#!/bin/sh\nexec '{}' \"$@\" --today {TODAY}\n",
            real.display()
        ),
    )
    .unwrap();
    make_executable(&wrapper);
    runner.extra_path.push(dir);
}

#[cfg(unix)]
fn make_executable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn a_repository_with_problems_fails_the_step_with_annotations_outputs_and_a_summary() {
    let repo = fixture("repos/problems");
    let mut runner = Runner::new(&repo);
    restore_cache(&runner);
    pin_today(&mut runner);
    let run = runner.run(&[]);

    assert_eq!(run.status, 1, "{}", run.log);
    assert!(
        !run.ran
            .iter()
            .any(|s| s == "Install wgll" || s == "Cache wgll"),
        "{:?}",
        run.ran
    );
    assert_eq!(run.outputs["install-method"], "");
    let expected = check_json(&repo);
    assert_eq!(
        run.outputs["errors"],
        expected["summary"]["errors"].to_string()
    );
    assert_eq!(
        run.outputs["warnings"],
        expected["summary"]["warnings"].to_string()
    );
    assert_eq!(run.outputs["sarif-file"], "wgll.sarif");

    // Annotations name the manifest's lines.
    assert!(
        run.log.contains("::error file=wgll.yaml,line=12,col=7"),
        "{}",
        run.log
    );
    // SARIF beside them, from the same run.
    let sarif: Value = serde_json::from_str(
        &std::fs::read_to_string(runner.workspace.join("wgll.sarif")).unwrap(),
    )
    .unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert_eq!(
        results.len(),
        expected["findings"].as_array().unwrap().len()
    );
    // The job summary.
    let summary = std::fs::read_to_string(&runner.summary).unwrap();
    assert!(summary.starts_with("## wgll: "), "{summary}");
    assert!(summary.contains("❌ failed"), "{summary}");
}

#[test]
fn the_example_passes_and_fail_on_warning_is_honoured() {
    let repo = root().join("examples/patient-portal");
    let mut runner = Runner::new(&repo);
    restore_cache(&runner);
    pin_today(&mut runner);
    let run = runner.run(&[("fail-on", "warning"), ("sarif-file", "")]);
    assert_eq!(run.status, 0, "{}", run.log);
    assert_eq!(run.outputs["errors"], "0");
    assert_eq!(run.outputs["warnings"], "0");
    assert_eq!(run.outputs["sarif-file"], "");
    assert!(!runner.workspace.join("wgll.sarif").exists());
    let summary = std::fs::read_to_string(&runner.summary).unwrap();
    assert!(summary.contains("✅ passed"), "{summary}");
}

#[test]
fn a_check_that_cannot_run_fails_the_step_with_exit_2_and_empty_outputs() {
    let mut runner = Runner::new(&root().join("examples/patient-portal"));
    std::fs::write(runner.workspace.join("wgll.yaml"), "service: [unclosed\n").unwrap();
    // A report from an earlier run must not be passed on as this run's.
    std::fs::write(runner.workspace.join("wgll.sarif"), "{}").unwrap();
    restore_cache(&runner);
    pin_today(&mut runner);
    let run = runner.run(&[]);
    assert_eq!(run.status, 2, "{}", run.log);
    assert!(run.log.contains("wgll.yaml"), "{}", run.log);
    assert_eq!(run.outputs["errors"], "");
    assert_eq!(run.outputs["warnings"], "");
    assert_eq!(run.outputs["sarif-file"], "");
    // Said where a reader of the pull request looks: an annotation and the
    // job summary.
    let annotation = run
        .log
        .lines()
        .find(|l| l.starts_with("::error ") && l.contains("title=wgll could not check"))
        .unwrap_or_else(|| panic!("no ::error annotation in\n{}", run.log));
    assert!(
        annotation.starts_with("::error file=wgll.yaml,line=1,col=19,title="),
        "{annotation}"
    );
    assert!(
        annotation.ends_with("::wgll.yaml: while parsing a flow sequence, expected ',' or ']'"),
        "{annotation}"
    );
    let summary = std::fs::read_to_string(&runner.summary).unwrap();
    assert!(
        summary.starts_with("## wgll: workspace ⚠️ the check could not run"),
        "{summary}"
    );
    assert!(summary.contains("wgll.yaml"), "{summary}");
}

#[test]
fn soft_fail_reports_findings_without_failing_the_step() {
    let repo = fixture("repos/problems");
    let mut runner = Runner::new(&repo);
    restore_cache(&runner);
    pin_today(&mut runner);
    let run = runner.run(&[("soft-fail", "true")]);
    assert_eq!(run.status, 0, "{}", run.log);
    assert_ne!(run.outputs["errors"], "0");
    assert!(
        run.log.contains("::error file=wgll.yaml,line=12"),
        "{}",
        run.log
    );
    assert!(run.log.contains("soft-fail is set"), "{}", run.log);
    let summary = std::fs::read_to_string(&runner.summary).unwrap();
    assert!(summary.contains("❌ failed"), "{summary}");

    // A check that cannot run is not a finding: it still fails the step.
    std::fs::write(runner.workspace.join("wgll.yaml"), "service: [unclosed\n").unwrap();
    let run = runner.run(&[("soft-fail", "true")]);
    assert_eq!(run.status, 2, "{}", run.log);
}

#[test]
fn inputs_reach_wgll_policy_folders_and_config() {
    let repo = root().join("examples/patient-portal");
    let mut runner = Runner::new(&repo);
    restore_cache(&runner);
    pin_today(&mut runner);
    let ws = runner.workspace.clone();
    common::write(
        &ws,
        "org/config.yaml",
        "params:\n  allowed_regions: [uksouth]\n",
    );
    common::write(
        &ws,
        "org/policies/readme.rego",
        "package org.readme\n\ndeny contains \"every repository needs a CONTRIBUTING.md\" if not \"CONTRIBUTING.md\" in input.files\n",
    );
    let run = runner.run(&[
        ("config", "org/config.yaml"),
        ("policy", "org/policies\n"),
        ("format", "json"),
    ]);
    assert_eq!(run.status, 1, "{}", run.log);
    let json_start = run.log.find('{').unwrap();
    let report: Value = serde_json::from_str(&run.log[json_start..]).unwrap();
    let rules: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(rules.contains(&"CLOUD-02"), "{rules:?}");
    assert!(rules.iter().any(|r| r.contains("readme")), "{rules:?}");
    assert_eq!(run.outputs["errors"], rules.len().to_string());
}

#[test]
fn a_cache_miss_installs_from_the_actions_own_source() {
    let repo = root().join("examples/patient-portal");
    let mut runner = Runner::new(&repo);
    // Stub rustup and cargo: record the calls, and "install" this build.
    let stubs = runner.scratch().join("stubs");
    std::fs::create_dir_all(&stubs).unwrap();
    let calls = runner.scratch().join("calls");
    let bin = assert_cmd::cargo::cargo_bin("wgll");
    for (name, body) in [
        ("rustup", String::new()),
        (
            "cargo",
            format!(
                "root=\"\"; while [ $# -gt 0 ]; do [ \"$1\" = --root ] && root=\"$2\"; shift; done\nmkdir -p \"$root/bin\" && cp '{}' \"$root/bin/wgll\"\n",
                bin.display()
            ),
        ),
    ] {
        let path = stubs.join(name);
        std::fs::write(
            &path,
            format!(
                "#!/bin/sh\necho \"{name} $* (in $(pwd))\" >> '{}'\n{body}",
                calls.display()
            ),
        )
        .unwrap();
        make_executable(&path);
    }
    runner.extra_path.push(stubs);
    // No release binary is known (no action repository) and pip finds no
    // wheel: the last way left is the build from source.
    runner.job_env.push(("PIP_NO_INDEX".into(), "1".into()));
    let run = runner.run(&[("sarif-file", "")]);
    assert!(run.ran.iter().any(|s| s == "Install wgll"), "{:?}", run.ran);
    assert!(run.ran.iter().any(|s| s == "Cache wgll"), "{:?}", run.ran);
    assert_eq!(run.outputs["install-method"], "source");
    assert!(
        run.log
            .contains("wgll 0.1.0 installed from the action's source"),
        "{}",
        run.log
    );
    let calls = std::fs::read_to_string(&calls).unwrap();
    let here = root().display().to_string();
    assert!(
        calls.contains(&format!(
            "rustup toolchain install 1.95 --profile minimal --no-self-update (in {here})"
        )),
        "{calls}"
    );
    assert!(
        calls.contains(&format!(
            "cargo +1.95 install --locked --path . --root {}",
            runner.tool_cache.join("wgll").join(version_key()).display()
        )),
        "{calls}"
    );
    // The installed binary ran (against today's date, so only the exit
    // status's range is fixed).
    assert!(run.status == 0 || run.status == 1, "{}", run.log);
    assert!(
        run.outputs["errors"].parse::<usize>().is_ok(),
        "{:?}",
        run.outputs
    );
}
