//! Git hooks read for the tools they run before a commit leaves a laptop:
//! pre-commit's configuration (each hook by its repository and id, a local
//! hook by its `entry`), lefthook's commands, hk's steps (`hk.pkl`, whose
//! `check = "..."` lines are the commands; the rest of Pkl is not read),
//! and hook scripts kept in `.husky/` or `.githooks/`.

use serde_json::Value;

use super::super::Reader;
use super::super::yamlfile::{YamlFile, child, str_field};
use super::scan::{At, Scan};
use super::{Found, Place, tools};

/// pre-commit configurations: its own name, and the NHS England repository
/// template's (`scripts/config/pre-commit.yaml`, installed with
/// `pre-commit install --config`).
const PRE_COMMIT: &[&str] = &[
    ".pre-commit-config.yaml",
    ".pre-commit-config.yml",
    "scripts/config/pre-commit.yaml",
];

/// lefthook's configuration names.
const LEFTHOOK: &[&str] = &[
    "lefthook.yml",
    "lefthook.yaml",
    ".lefthook.yml",
    ".lefthook.yaml",
];

/// Folders of hook scripts (husky's, and `core.hooksPath` by convention).
const HOOK_FOLDERS: &[&str] = &[".husky", ".githooks"];

/// hk's configuration.
const HK: &str = "hk.pkl";

const HOW: &str = "pre-commit hook";
const GIT_HOOK: &str = "git hook";

/// Reads every hook configuration; returns the ones read.
pub(super) fn observe(reader: &mut Reader<'_>, found: &mut Found) -> Vec<String> {
    let files = reader.files();
    let mut scan = Scan::new(reader, found);
    let mut read = Vec::new();
    for path in PRE_COMMIT.iter().filter(|p| files.iter().any(|f| f == *p)) {
        if let Some(doc) = YamlFile::read(scan.reader, path) {
            pre_commit(&mut scan, &doc);
            read.push((*path).to_string());
        }
    }
    for path in LEFTHOOK.iter().filter(|p| files.iter().any(|f| f == *p)) {
        if let Some(doc) = YamlFile::read(scan.reader, path) {
            lefthook(&mut scan, &doc);
            read.push((*path).to_string());
        }
    }
    if files.iter().any(|f| f == HK)
        && let Some(text) = scan.reader.text(HK)
    {
        hk(&mut scan, &text);
        read.push(HK.to_string());
    }
    for path in files.iter().filter(|p| is_hook_script(p)) {
        if let Some(text) = scan.reader.text(path) {
            scan.shell(&text, &At::File(path), GIT_HOOK, 0);
            read.push(path.clone());
        }
    }
    read
}

/// A hook script: a file directly in a hook folder, not a dot file
/// (husky keeps its own machinery in `.husky/_/`).
fn is_hook_script(path: &str) -> bool {
    HOOK_FOLDERS.iter().any(|folder| {
        path.strip_prefix(folder)
            .and_then(|rest| rest.strip_prefix('/'))
            .is_some_and(|name| !name.contains('/') && !name.starts_with('.'))
    })
}

/// `repos[*].hooks[*]`: a hook's id names its tool, else its repository
/// does, else a local hook's `entry` runs it; a hook known only by an id
/// such as `scan-secrets` is recorded as named.
fn pre_commit(scan: &mut Scan<'_, '_>, doc: &YamlFile) {
    let Some(repos) = doc.value.get("repos").and_then(Value::as_array) else {
        return;
    };
    for (i, repo) in repos.iter().enumerate() {
        let url = str_field(repo, "repo").unwrap_or("");
        let Some(hooks) = repo.get("hooks").and_then(Value::as_array) else {
            continue;
        };
        for (j, hook) in hooks.iter().enumerate() {
            let pointer = format!("/repos/{i}/hooks/{j}");
            let Some(id) = str_field(hook, "id") else {
                continue;
            };
            let place = Place::new(&doc.path, doc.span(&child(&pointer, "id")));
            if let Some((category, tool)) = tools::hook_id(id).or_else(|| tools::hook_repo(url)) {
                scan.found.tool(category, tool, HOW, place);
                continue;
            }
            if url == "local"
                && let Some(entry) = str_field(hook, "entry")
            {
                let args: Vec<&str> = hook
                    .get("args")
                    .and_then(Value::as_array)
                    .map(|a| a.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                let command = format!("{entry} {}", args.join(" "));
                let entry_at = child(&pointer, "entry");
                if scan.shell(&command, &At::Node(doc, &entry_at), HOW, 0) > 0 {
                    continue;
                }
            }
            let named = tools::named(id).or_else(|| str_field(hook, "name").and_then(tools::named));
            if let Some(category) = named {
                // A local hook's entry was read; another repository's hook
                // was not.
                let why = if url == "local" {
                    "no tool found"
                } else {
                    "not inspected"
                };
                let how = format!("{HOW} (named for it, {why})");
                scan.found.tool(category, id, &how, place);
            }
        }
    }
}

/// hk: each step's `check = "command"` (and `fix`), one line each. The
/// command is the string as written; Pkl escapes other than `\"` are rare
/// in commands and left as they are.
fn hk(scan: &mut Scan<'_, '_>, text: &str) {
    for line in text.lines() {
        let Some((key, value)) = line.trim().split_once('=') else {
            continue;
        };
        if !matches!(key.trim(), "check" | "fix") {
            continue;
        }
        let value = value.trim();
        let Some(written) = value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) else {
            continue;
        };
        // `written` is a slice of `text`: its place is the distance between.
        let start = (written.as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
        let command = written.replace("\\\"", "\"");
        scan.shell(
            &command,
            &At::Span(HK, start..start + written.len()),
            GIT_HOOK,
            0,
        );
    }
}

/// lefthook: `<hook>.commands.<name>.run`, and `<hook>.jobs[*].run`.
fn lefthook(scan: &mut Scan<'_, '_>, doc: &YamlFile) {
    let Some(hooks) = doc.value.as_object() else {
        return;
    };
    for (hook, body) in hooks {
        let pointer = child("", hook);
        if let Some(commands) = body.get("commands").and_then(Value::as_object) {
            for (name, command) in commands {
                if let Some(run) = str_field(command, "run") {
                    let at = child(&child(&child(&pointer, "commands"), name), "run");
                    scan.shell(run, &At::Node(doc, &at), GIT_HOOK, 0);
                }
            }
        }
        if let Some(jobs) = body.get("jobs").and_then(Value::as_array) {
            for (k, job) in jobs.iter().enumerate() {
                if let Some(run) = str_field(job, "run") {
                    let at = format!("{pointer}/jobs/{k}/run");
                    scan.shell(run, &At::Node(doc, &at), GIT_HOOK, 0);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Practice, observe as practice};
    use crate::collect::observe::Reader;
    use crate::collect::source::MemoryTree;
    use crate::sourcemap::SourceMap;

    fn observed(files: &[(&str, &str)]) -> (Practice, SourceMap) {
        let tree = MemoryTree::new(files.iter().copied());
        let mut sources = SourceMap::default();
        let (found, _) = practice(&mut Reader::new(&tree, &mut sources));
        (found, sources)
    }

    fn tools(found: &[super::super::Detection]) -> Vec<(&str, &str)> {
        found
            .iter()
            .map(|d| (d.tool.as_str(), d.how.as_str()))
            .collect()
    }

    #[test]
    fn pre_commit_hooks_by_repository_id_and_local_entry() {
        let config = "repos:\n  - repo: https://github.com/Yelp/detect-secrets\n    rev: v1.5.0\n    hooks:\n      - id: detect-secrets\n        args: ['--baseline', '.secrets.baseline']\n  - repo: local\n    hooks:\n      - id: audit\n        name: audit\n        entry: npm audit\n        language: system\n      - id: scan-secrets\n        entry: make scan-secrets\n        language: system\n";
        let (found, sources) = observed(&[(".pre-commit-config.yaml", config)]);
        assert_eq!(found.hooks, [".pre-commit-config.yaml"]);
        assert_eq!(
            tools(&found.secret_scanning),
            [
                ("detect-secrets", "pre-commit hook"),
                (
                    "scan-secrets",
                    "pre-commit hook (named for it, no tool found)"
                )
            ]
        );
        assert_eq!(
            tools(&found.dependency_review),
            [("npm-audit", "pre-commit hook")]
        );
        let at = sources
            .locate("/observed/practice/secret_scanning/0")
            .unwrap_or_else(|| panic!("located"));
        assert_eq!(at.file.line_col(at.span.start).0, 5);
    }

    #[test]
    fn husky_and_lefthook_hooks_are_read_as_shell() {
        let (found, _) = observed(&[
            (
                ".husky/pre-commit",
                "npx lint-staged\ngitleaks protect --staged\n",
            ),
            (".husky/_/husky.sh", "gitleaks\n"),
            (
                "lefthook.yml",
                "pre-push:\n  commands:\n    secrets:\n      run: trufflehog git file://. --since-commit HEAD\n",
            ),
        ]);
        assert_eq!(found.hooks, ["lefthook.yml", ".husky/pre-commit"]);
        assert_eq!(
            tools(&found.secret_scanning),
            [(("gitleaks"), "git hook"), ("trufflehog", "git hook")]
        );
    }

    #[test]
    fn hk_steps_are_read_by_their_check_commands() {
        let pkl = "steps = new Mapping<String, Step> {\n    [\"brakeman\"] = new Step {\n        check = \"bin/brakeman --quiet --no-pager\"\n    }\n}\n";
        let (found, sources) = observed(&[("hk.pkl", pkl)]);
        assert_eq!(tools(&found.static_analysis), [("brakeman", "git hook")]);
        let at = sources
            .locate("/observed/practice/static_analysis/0")
            .unwrap_or_else(|| panic!("located"));
        assert_eq!(at.file.line_col(at.span.start), (3, 18));
    }

    #[test]
    fn the_nhs_template_location_is_read() {
        let config = "repos:\n  - repo: local\n    hooks:\n      - id: scan-secrets\n        name: Scan secrets\n        entry: ./scripts/githooks/scan-secrets.sh\n        language: system\n";
        let (found, _) = observed(&[
            ("scripts/config/pre-commit.yaml", config),
            (
                "scripts/githooks/scan-secrets.sh",
                "gitleaks protect --staged\n",
            ),
        ]);
        assert_eq!(tools(&found.secret_scanning), [("gitleaks", "script")]);
    }
}
