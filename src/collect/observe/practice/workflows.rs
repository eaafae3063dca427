//! GitHub Actions workflows (`.github/workflows/*.yml`) read for the tools
//! their steps run: `jobs.*.steps[*].uses` (actions, local composite
//! actions followed into their own steps, `docker://` images) and `run`
//! (commands, and the repository's scripts they call). A job that calls a
//! reusable workflow (`jobs.*.uses`) is recorded: a local one is read with
//! the other workflows, a remote one is not inspected.

use serde_json::Value;

use super::super::Reader;
use super::super::yamlfile::{YamlFile, child, str_field};
use super::scan::{At, Scan, repo_path};
use super::shell::image_name;
use super::{Found, Place, WorkflowCall, tools};

/// How deep composite actions using composite actions are followed.
const MAX_ACTION_DEPTH: usize = 4;

/// Whether a path is a workflow GitHub runs: a YAML file directly in
/// `.github/workflows/`.
pub(super) fn is_workflow(path: &str) -> bool {
    path.strip_prefix(".github/workflows/").is_some_and(|name| {
        !name.contains('/') && (name.ends_with(".yml") || name.ends_with(".yaml"))
    })
}

/// Reads every workflow; returns the ones read.
pub(super) fn observe(reader: &mut Reader<'_>, found: &mut Found) -> Vec<String> {
    let paths: Vec<String> = reader
        .files()
        .iter()
        .filter(|p| is_workflow(p))
        .cloned()
        .collect();
    let mut scan = Scan::new(reader, found);
    let mut read = Vec::new();
    for path in paths {
        let Some(doc) = YamlFile::read(scan.reader, &path) else {
            continue;
        };
        read.push(path);
        let Some(jobs) = doc.value.get("jobs").and_then(Value::as_object) else {
            continue;
        };
        for (id, job) in jobs {
            let pointer = child("/jobs", id);
            if let Some(uses) = str_field(job, "uses") {
                call(&mut scan, &doc, id, &pointer, uses);
            }
            steps(&mut scan, &doc, &pointer, job, Kind::Workflow, 0);
        }
    }
    read
}

/// Whether steps belong to a workflow or to a composite action.
#[derive(Clone, Copy)]
enum Kind {
    Workflow,
    Action,
}

impl Kind {
    fn step(self) -> &'static str {
        match self {
            Self::Workflow => "workflow step",
            Self::Action => "composite action step",
        }
    }

    fn command(self) -> &'static str {
        match self {
            Self::Workflow => "workflow command",
            Self::Action => "composite action command",
        }
    }
}

/// The steps under `parent` (a job, or an action's `runs`); returns how
/// many tools they were found to run.
fn steps(
    scan: &mut Scan<'_, '_>,
    doc: &YamlFile,
    pointer: &str,
    parent: &Value,
    kind: Kind,
    depth: usize,
) -> usize {
    let Some(steps) = parent.get("steps").and_then(Value::as_array) else {
        return 0;
    };
    let mut found = 0;
    for (i, step) in steps.iter().enumerate() {
        let at = format!("{pointer}/steps/{i}");
        if let Some(uses) = str_field(step, "uses") {
            let with = step.get("with").unwrap_or(&Value::Null);
            found += action(scan, doc, &child(&at, "uses"), uses, with, kind, depth);
        }
        if let Some(run) = str_field(step, "run") {
            let run_at = child(&at, "run");
            found += scan.shell(run, &At::Node(doc, &run_at), kind.command(), 0);
        }
    }
    found
}

/// A step's `uses:`; returns how many tools it was found to run.
fn action(
    scan: &mut Scan<'_, '_>,
    doc: &YamlFile,
    pointer: &str,
    uses: &str,
    with: &Value,
    kind: Kind,
    depth: usize,
) -> usize {
    let place = Place::new(&doc.path, doc.span(pointer));
    let uses = uses.trim();
    let found = if uses.starts_with("./") {
        match composite(scan, &repo_path(uses), depth + 1) {
            // Read, and no tool found in it: its name may still say what it
            // does (the commands behind a variable or a make target).
            Some(0) => tools::named(uses).map(|category| (category, uses, "no tool found")),
            _ => return 0,
        }
    } else if let Some(image) = uses.strip_prefix("docker://") {
        let args: Vec<String> = str_field(with, "args")
            .unwrap_or("")
            .split_whitespace()
            .map(str::to_string)
            .collect();
        let Some((category, tool)) = tools::command(&image_name(image), &args) else {
            return 0;
        };
        scan.found.tool(category, tool, kind.step(), place);
        return 1;
    } else if let Some((category, tool)) = tools::action(uses, with) {
        scan.found.tool(category, tool, kind.step(), place);
        return 1;
    } else {
        let name = uses.split('@').next().unwrap_or(uses);
        tools::named(uses).map(|category| (category, name, "not inspected"))
    };
    let Some((category, name, why)) = found else {
        return 0;
    };
    let how = format!("{} (named for it, {why})", kind.step());
    scan.found.tool(category, name, &how, place);
    1
}

/// A local composite action, `./path` holding `action.yml`: its steps are
/// read as if written in the workflow, located in the action's file.
/// Returns how many tools they run; `None` when it was not read now
/// (missing, not YAML, too deep, or read already from another step).
fn composite(scan: &mut Scan<'_, '_>, dir: &str, depth: usize) -> Option<usize> {
    if depth > MAX_ACTION_DEPTH {
        return None;
    }
    let dir = dir.trim_end_matches('/');
    let path = ["action.yml", "action.yaml"]
        .iter()
        .map(|name| format!("{dir}/{name}"))
        .find(|path| scan.exists(path))?;
    if !scan.first_visit(&path) {
        return None;
    }
    let doc = YamlFile::read(scan.reader, &path)?;
    let runs = doc.value.get("runs").unwrap_or(&Value::Null);
    Some(steps(scan, &doc, "/runs", runs, Kind::Action, depth))
}

/// A job that calls a reusable workflow.
fn call(scan: &mut Scan<'_, '_>, doc: &YamlFile, job: &str, pointer: &str, uses: &str) {
    let at = child(pointer, "uses");
    let place = Place::new(&doc.path, doc.span(&at));
    let uses = uses.trim();
    let local = uses.strip_prefix("./").map(repo_path);
    // A local reusable workflow is a workflow file: read with the others.
    let inspected = local
        .as_deref()
        .is_some_and(|path| is_workflow(path) && scan.exists(path));
    if local.is_none()
        && let Some(category) = tools::named(uses)
    {
        let name = uses.split('@').next().unwrap_or(uses);
        scan.found.tool(
            category,
            name,
            "reusable workflow (named for it, not inspected)",
            place.clone(),
        );
    }
    let call = WorkflowCall {
        file: doc.path.clone(),
        job: job.to_string(),
        uses: uses.to_string(),
        inspected,
    };
    scan.found.call(call, place);
}

#[cfg(test)]
mod tests {
    use super::super::{Practice, observe as practice};
    use crate::collect::observe::Reader;
    use crate::collect::source::MemoryTree;
    use crate::sourcemap::SourceMap;

    fn observed(files: &[(&str, &str)]) -> (Practice, SourceMap, Vec<String>) {
        let tree = MemoryTree::new(files.iter().copied());
        let mut sources = SourceMap::default();
        let mut reader = Reader::new(&tree, &mut sources);
        let (found, _) = practice(&mut reader);
        let unread = reader.into_unread().into_iter().map(|u| u.file).collect();
        (found, sources, unread)
    }

    fn line(sources: &SourceMap, pointer: &str) -> (String, usize) {
        let at = sources
            .locate(pointer)
            .unwrap_or_else(|| panic!("{pointer} located"));
        (at.file.path.clone(), at.file.line_col(at.span.start).0)
    }

    #[test]
    fn steps_uses_and_run_lines_each_at_their_line() {
        let ci = "on: push\njobs:\n  scan:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: github/codeql-action/init@v3\n      - run: |\n          npm ci\n          npm audit --audit-level=high\n";
        let (found, sources, _) = observed(&[(".github/workflows/ci.yml", ci)]);
        assert_eq!(found.workflows, [".github/workflows/ci.yml"]);
        assert_eq!(found.static_analysis[0].tool, "codeql");
        assert_eq!(found.static_analysis[0].how, "workflow step");
        assert_eq!(found.dependency_review[0].tool, "npm-audit");
        assert_eq!(found.dependency_review[0].how, "workflow command");
        assert_eq!(line(&sources, "/observed/practice/static_analysis/0").1, 7);
        assert_eq!(
            line(&sources, "/observed/practice/dependency_review/0").1,
            10
        );
    }

    #[test]
    fn a_local_reusable_workflow_counts_a_remote_one_is_not_inspected() {
        let ci = "jobs:\n  secrets:\n    uses: ./.github/workflows/secrets.yml\n  shared:\n    uses: org/shared/.github/workflows/scan-secrets.yml@v1\n";
        let secrets = "on: workflow_call\njobs:\n  gitleaks:\n    steps:\n      - uses: gitleaks/gitleaks-action@v2\n";
        let (found, _, _) = observed(&[
            (".github/workflows/ci.yml", ci),
            (".github/workflows/secrets.yml", secrets),
        ]);
        let calls: Vec<_> = found
            .workflow_calls
            .iter()
            .map(|c| (c.job.as_str(), c.inspected))
            .collect();
        assert_eq!(calls, [("secrets", true), ("shared", false)]);
        let tools: Vec<_> = found
            .secret_scanning
            .iter()
            .map(|d| (d.tool.as_str(), d.how.as_str()))
            .collect();
        assert_eq!(
            tools,
            [
                (
                    "org/shared/.github/workflows/scan-secrets.yml",
                    "reusable workflow (named for it, not inspected)"
                ),
                ("gitleaks", "workflow step"),
            ]
        );
    }

    #[test]
    fn composite_actions_and_scripts_are_followed_to_the_tool() {
        let ci = "jobs:\n  s:\n    steps:\n      - uses: ./.github/actions/scan-secrets\n";
        let action = "runs:\n  using: composite\n  steps:\n    - shell: bash\n      run: ./scripts/githooks/scan-secrets.sh\n";
        let script = "#!/bin/bash\nset -e\ndocker run --rm \\\n  --volume $PWD:/scan \\\n  ghcr.io/gitleaks/gitleaks:v8.18.4 detect --source /scan\n";
        let (found, sources, _) = observed(&[
            (".github/workflows/ci.yml", ci),
            (".github/actions/scan-secrets/action.yml", action),
            ("scripts/githooks/scan-secrets.sh", script),
        ]);
        assert_eq!(
            found.secret_scanning.len(),
            1,
            "{:?}",
            found.secret_scanning
        );
        assert_eq!(found.secret_scanning[0].tool, "gitleaks");
        assert_eq!(found.secret_scanning[0].how, "script");
        assert_eq!(
            line(&sources, "/observed/practice/secret_scanning/0"),
            ("scripts/githooks/scan-secrets.sh".to_string(), 3)
        );
    }

    #[test]
    fn a_workflow_that_is_not_yaml_is_unread_and_the_others_still_read() {
        let (found, _, unread) = observed(&[
            (".github/workflows/a.yml", "jobs: [unclosed\n"),
            (
                ".github/workflows/b.yml",
                "jobs:\n  x:\n    steps:\n      - run: trufflehog git file://.\n",
            ),
        ]);
        assert_eq!(unread, [".github/workflows/a.yml"]);
        assert_eq!(found.workflows, [".github/workflows/b.yml"]);
        assert_eq!(found.secret_scanning[0].tool, "trufflehog");
    }

    #[test]
    fn a_local_action_whose_tool_is_out_of_sight_is_recorded_by_its_name() {
        let ci = "jobs:\n  s:\n    steps:\n      - uses: ./.github/actions/scan-secrets\n";
        let action = "runs:\n  using: composite\n  steps:\n    - shell: bash\n      run: make scan-secrets\n";
        let (found, sources, _) = observed(&[
            (".github/workflows/ci.yml", ci),
            (".github/actions/scan-secrets/action.yml", action),
        ]);
        assert_eq!(found.secret_scanning.len(), 1);
        assert_eq!(
            found.secret_scanning[0].how,
            "workflow step (named for it, no tool found)"
        );
        assert_eq!(
            line(&sources, "/observed/practice/secret_scanning/0"),
            (".github/workflows/ci.yml".to_string(), 4)
        );
    }

    #[test]
    fn a_remote_action_named_for_the_work_is_recorded_as_named() {
        let ci = "jobs:\n  s:\n    steps:\n      - uses: NHSDigital/shared/.github/actions/scan-secrets@5.0.1\n      - uses: NHSDigital/shared/.github/actions/check-file-format@5.0.1\n";
        let (found, _, _) = observed(&[(".github/workflows/ci.yml", ci)]);
        assert_eq!(found.secret_scanning.len(), 1);
        assert_eq!(
            found.secret_scanning[0].how,
            "workflow step (named for it, not inspected)"
        );
        assert_eq!(
            found.secret_scanning[0].tool,
            "NHSDigital/shared/.github/actions/scan-secrets"
        );
    }
}
