//! Bad input gets a clear, located message and exit 2 (or, for a repository
//! that merely lacks things, findings and exit 1): never a panic, a hang or a
//! silent pass.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::Path;

use common::{TODAY, stderr_of, wgll, write};

/// Runs `check` and returns (exit code, stderr).
fn check(path: &Path, extra: &[&str]) -> (Option<i32>, String) {
    let out = wgll()
        .args(["check", "--today", TODAY])
        .args(extra)
        .arg(path)
        .output()
        .unwrap();
    let stderr = stderr_of(&out);
    assert!(!stderr.contains("panicked"), "{stderr}");
    (out.status.code(), stderr)
}

fn repo_with_manifest(contents: impl AsRef<[u8]>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "wgll.yaml", contents);
    dir
}

#[test]
fn malformed_yaml_shows_line_and_column() {
    let dir = repo_with_manifest("wgll: 1\nservice:\n  name: [Portal\n  phase: beta\n");
    let (code, err) = check(dir.path(), &[]);
    assert_eq!(code, Some(2));
    assert!(err.contains("wgll::collect::yaml"), "{err}");
    assert!(err.contains("[wgll.yaml:"), "located: {err}");
}

#[test]
fn a_duplicate_key_points_at_both() {
    let dir = repo_with_manifest("wgll: 1\nhosting: {}\nhosting: {}\n");
    let (code, err) = check(dir.path(), &[]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("duplicate key `hosting`") && err.contains("first defined here"),
        "{err}"
    );
}

#[test]
fn an_alias_bomb_is_stopped() {
    let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 0..9u8 {
        let (p, n) = ((b'a' + i) as char, (b'a' + i + 1) as char);
        text.push_str(&format!(
            "{n}: &{n} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
        ));
    }
    let dir = repo_with_manifest(text);
    let (code, err) = check(dir.path(), &[]);
    assert_eq!(code, Some(2));
    assert!(err.contains("alias bomb"), "{err}");
}

#[test]
fn very_deep_nesting_is_refused() {
    let deep: String = (0..200).map(|i| format!("{}a:\n", " ".repeat(i))).collect();
    let (code, err) = check(repo_with_manifest(deep).path(), &[]);
    assert_eq!(code, Some(2));
    assert!(err.contains("nesting is deeper than 64 levels"), "{err}");
    let (code, _) = check(repo_with_manifest("[".repeat(500_000)).path(), &[]);
    assert_eq!(code, Some(2));
}

#[test]
fn invalid_utf8_is_located_in_a_manifest_and_in_an_adr() {
    let (code, err) = check(repo_with_manifest(b"wgll: 1\nname: caf\xe9\n").path(), &[]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("wgll.yaml is not valid UTF-8") && err.contains("[wgll.yaml:2:"),
        "{err}"
    );

    let dir = repo_with_manifest("wgll: 1\n");
    write(dir.path(), "docs/adr/0001-x.md", b"# 1. X\n\n\xff\xfe\n");
    let (code, err) = check(dir.path(), &[]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("docs/adr/0001-x.md is not valid UTF-8"),
        "{err}"
    );
}

#[test]
fn a_binary_file_where_text_is_expected_is_refused() {
    let dir = repo_with_manifest("wgll: 1\n");
    write(
        dir.path(),
        "docs/adr/0002-diagram.md",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
    );
    let (code, err) = check(dir.path(), &[]);
    assert_eq!(code, Some(2));
    assert!(err.contains("binary"), "{err}");
}

#[test]
fn files_over_the_size_cap_are_refused_without_reading_them_whole() {
    let big = format!("wgll: 1\n{}", "# padding\n".repeat(110_000));
    let (code, err) = check(repo_with_manifest(big).path(), &[]);
    assert_eq!(code, Some(2));
    assert!(err.contains("over the 1048576-byte limit"), "{err}");

    let dir = repo_with_manifest("wgll: 1\n");
    write(dir.path(), "docs/adr/0001-x.md", "x".repeat(600 * 1024));
    let (code, err) = check(dir.path(), &[]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("docs/adr/0001-x.md") && err.contains("524288-byte limit"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn a_broken_symlink_manifest_names_its_target() {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink("nowhere/wgll.yaml", dir.path().join("wgll.yaml")).unwrap();
    let (code, err) = check(dir.path(), &[]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("symbolic link to `nowhere/wgll.yaml`, which does not exist"),
        "{err}"
    );
}

/// Nothing outside the repository is read, so nothing outside it can be
/// quoted into a report (a CI log, a SARIF upload): not through a link,
/// a linked folder, or a configured path, in any read mode.
#[cfg(unix)]
#[test]
fn nothing_outside_the_repository_is_read() {
    let outside = tempfile::tempdir().unwrap();
    write(outside.path(), "secret.yaml", "token: s3cr3t-value\n");
    let secret = outside.path().join("secret.yaml");

    let linked = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(&secret, linked.path().join("wgll.yaml")).unwrap();
    let folder = repo_with_manifest("wgll: 1\n");
    std::fs::create_dir_all(folder.path().join("docs")).unwrap();
    std::os::unix::fs::symlink(outside.path(), folder.path().join("docs/adr")).unwrap();
    write(
        outside.path(),
        "0001-leak.md",
        "# 1. s3cr3t-value\n\nStatus: s3cr3t-value\n",
    );
    let configured = repo_with_manifest("wgll: 1\n");
    write(
        configured.path(),
        ".wgll/config.yaml",
        format!(
            "manifest: ../{}\n",
            outside.path().file_name().unwrap().to_str().unwrap()
        ),
    );
    for (repo, expect) in [
        (&linked, Some("leads outside the repository")),
        (&folder, None),
        // Refused at its line of the configuration, before any read.
        (&configured, Some("leaves the repository")),
    ] {
        let out = wgll()
            .args(["check", "--today", TODAY])
            .arg(repo.path())
            .output()
            .unwrap();
        let all = format!("{}{}", common::stdout_of(&out), stderr_of(&out));
        assert!(!all.contains("s3cr3t"), "{all}");
        if let Some(text) = expect {
            assert_eq!(out.status.code(), Some(2), "{all}");
            assert!(all.contains(text), "{all}");
        }
    }

    // The same link in a commit.
    let committed = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink("../../etc/passwd", committed.path().join("wgll.yaml")).unwrap();
    common::commit_all(&common::git_init(committed.path()), "link", 1_780_000_000);
    let (code, err) = check(committed.path(), &["--rev", "HEAD"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("leads outside the repository"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_is_named_as_a_loop() {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink("wgll.yaml", dir.path().join("wgll.yaml")).unwrap();
    let (code, err) = check(dir.path(), &[]);
    assert_eq!(code, Some(2));
    assert!(err.contains("in a loop of links"), "{err}");
}

#[cfg(unix)]
#[test]
fn evidence_behind_a_broken_symlink_is_missing_evidence() {
    let dir = repo_with_manifest("wgll: 1\nsecurity: {threat_model: docs/threat-model.md}\n");
    std::fs::create_dir_all(dir.path().join("docs")).unwrap();
    std::os::unix::fs::symlink("gone.md", dir.path().join("docs/threat-model.md")).unwrap();
    let out = wgll()
        .args(["check", "--format", "json", "--today", TODAY])
        .arg(dir.path())
        .output()
        .unwrap();
    // The link is listed (it is in the tree), so the rule sees a path; the
    // check still runs and says nothing false.
    assert!(matches!(out.status.code(), Some(0 | 1)));
}

#[test]
fn a_manifest_that_is_a_folder_is_unreadable_not_absent() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("wgll.yaml")).unwrap();
    let (code, err) = check(dir.path(), &[]);
    assert_eq!(code, Some(2));
    assert!(err.contains("wgll.yaml: is not a regular file"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_fifo_manifest_does_not_hang() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("wgll.yaml");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    let (code, err) = check(dir.path(), &[]);
    assert_eq!(code, Some(2));
    assert!(err.contains("not a regular file"), "{err}");
}

#[test]
fn a_corrupt_git_repository_is_reported() {
    let dir = repo_with_manifest("wgll: 1\n");
    write(dir.path(), ".git/HEAD", "garbage\n");
    let (code, err) = check(dir.path(), &[]);
    assert_eq!(code, Some(2));
    assert!(err.contains("not a readable git repository"), "{err}");
}

/// Cuts a loose object's file to its first 50 bytes, as a disk error or an
/// interrupted copy leaves it.
fn truncate_object(repo: &git2::Repository, id: git2::Oid) {
    let hex = id.to_string();
    let file = repo.path().join("objects").join(&hex[..2]).join(&hex[2..]);
    let bytes = std::fs::read(&file).unwrap();
    let mut perms = std::fs::metadata(&file).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    std::fs::set_permissions(&file, perms).unwrap();
    std::fs::write(&file, &bytes[..50.min(bytes.len() - 1)]).unwrap();
}

#[test]
fn a_truncated_git_object_is_named_not_looped_on() {
    // libgit2 loops forever inflating a truncated loose object; wgll checks
    // them first. Both a commit and a tree, in every read mode.
    for which in ["commit", "tree"] {
        let (dir, repo) = common::git_fixture("repos/problems");
        let commit = repo.head().unwrap().peel_to_commit().unwrap();
        let id = if which == "commit" {
            commit.id()
        } else {
            commit.tree_id()
        };
        truncate_object(&repo, id);
        for args in [
            vec!["check", "--today", TODAY],
            vec!["check", "--today", TODAY, "--rev", "HEAD"],
            vec!["check", "--today", TODAY, "--staged"],
            vec!["input", "--today", TODAY],
            vec!["adrs"],
        ] {
            let out = wgll()
                .timeout(std::time::Duration::from_secs(10))
                .args(&args)
                .arg(dir.path())
                .output()
                .expect("finishes within 10 s");
            let err = stderr_of(&out);
            assert_eq!(out.status.code(), Some(2), "{which} {args:?}: {err}");
            assert!(
                err.contains(&id.to_string()[2..]) && err.contains("truncated"),
                "{which} {args:?}: {err}"
            );
        }
    }
}

#[test]
fn a_missing_revision_is_reported() {
    let (dir, _repo) = common::git_fixture("repos/problems");
    let (code, err) = check(dir.path(), &["--rev", "no-such-branch"]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("cannot read revision `no-such-branch`"),
        "{err}"
    );
}

#[test]
fn a_path_that_is_not_a_folder_is_reported() {
    let (code, err) = check(Path::new("/no/such/folder"), &[]);
    assert_eq!(code, Some(2));
    assert!(err.contains("is not a folder that wgll can check"), "{err}");
}

#[test]
fn a_policy_that_does_not_compile_names_file_and_line() {
    let policies = tempfile::tempdir().unwrap();
    write(
        policies.path(),
        "local/bad.rego",
        "package local.bad\n\ndeny contains msg if {\n  msg := \n}\n",
    );
    let repo = repo_with_manifest("wgll: 1\n");
    let (code, err) = check(
        repo.path(),
        &["--policy", policies.path().to_str().unwrap()],
    );
    assert_eq!(code, Some(2));
    assert!(
        err.contains("bad.rego:4:") && err.contains("policy does not compile"),
        "{err}"
    );
}

/// A function that calls itself would exhaust the stack and abort the
/// process; it is refused before it runs, at the call, in every command
/// that loads policies.
#[test]
fn a_recursive_function_is_refused_at_the_call() {
    let repo = repo_with_manifest("wgll: 1\n");
    write(
        repo.path(),
        ".wgll/policies/rec.rego",
        "package local.rec\n\nf(x) := y if {\n  y := g(x + 1)\n}\n\ng(x) := f(x)\n\ndeny contains \"x\" if { f(1) > 0 }\n",
    );
    let (code, err) = check(repo.path(), &[]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains(".wgll/policies/rec.rego:7:")
            && err.contains("functions call each other in a cycle (f -> g -> f)"),
        "{err}"
    );
    assert!(!err.contains("overflow"), "{err}");
    let out = wgll()
        .args(["test"])
        .arg(repo.path().join(".wgll/policies"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("Rego does not allow recursion"));
}

/// `deny if {...}` is a boolean, not a set: its findings would vanish,
/// so it is an error naming the policy; undefined, it reports nothing.
#[test]
fn a_reporting_rule_that_is_not_a_set_is_an_error() {
    let repo = repo_with_manifest("wgll: 1\nservice: {phase: beta}\n");
    for (body, expected) in [
        (
            "deny if { input.manifest.service.phase == \"beta\" }",
            Some("`deny` is true"),
        ),
        ("deny := \"no\"", Some("`deny` is \"no\"")),
        ("deny if { input.manifest.service.phase == \"live\" }", None),
    ] {
        write(
            repo.path(),
            ".wgll/policies/b.rego",
            format!("package local.b\n\n{body}\n"),
        );
        let (code, err) = check(repo.path(), &["--format", "json"]);
        match expected {
            Some(text) => {
                assert_eq!(code, Some(2), "{body}");
                assert!(
                    err.contains(text) && err.contains("data.local.b"),
                    "{body}: {err}"
                );
                assert!(err.contains("deny contains msg if"), "{err}");
            }
            None => assert_ne!(code, Some(2), "{body}: {err}"),
        }
    }
}

#[test]
fn a_policy_that_loops_is_stopped_and_named() {
    let policies = tempfile::tempdir().unwrap();
    write(
        policies.path(),
        "spin.rego",
        // Nested iteration: billions of steps in little memory, as a real runaway
        // policy would be.
        "package local.spin\n\nxs := numbers.range(1, 3000)\n\ndeny contains a if {\n  some a in xs\n  some b in xs\n  some c in xs\n  a + b + c < 0\n}\n",
    );
    let repo = repo_with_manifest("wgll: 1\n");
    let start = std::time::Instant::now();
    let (code, err) = check(
        repo.path(),
        &[
            "--policy",
            policies.path().to_str().unwrap(),
            "--timeout",
            "0.5",
        ],
    );
    assert_eq!(code, Some(2));
    assert!(
        err.contains("policy data.local.spin") && err.contains("did not finish within 0.5 s"),
        "{err}"
    );
    assert!(start.elapsed() < std::time::Duration::from_secs(20));
}

#[test]
fn a_policy_that_builds_a_huge_value_is_stopped_and_named() {
    let policies = tempfile::tempdir().unwrap();
    write(
        policies.path(),
        "hog.rego",
        // Two billion numbers in one step: the time limit never gets a look
        // in, so only the memory limit stands between this and the machine.
        "package local.hog\n\ndeny contains n if n := count(numbers.range(1, 2000000000))\n",
    );
    let repo = repo_with_manifest("wgll: 1\n");
    let (code, err) = check(
        repo.path(),
        &["--policy", policies.path().to_str().unwrap()],
    );
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains("policy data.local.hog") && err.contains("memory limit"),
        "{err}"
    );
}

#[test]
fn malformed_adr_front_matter_is_located() {
    let dir = repo_with_manifest("wgll: 1\n");
    write(
        dir.path(),
        "docs/adr/0001-x.md",
        "---\nstatus: [accepted\n---\n# X\n",
    );
    let (code, err) = check(dir.path(), &[]);
    assert_eq!(code, Some(2));
    assert!(err.contains("docs/adr/0001-x.md"), "{err}");
}

/// A label 70,000 columns along a line is past what the renderer can pad
/// to: the line is quoted shortened, the line number and the JSON column
/// stay true.
#[test]
fn a_very_long_line_is_quoted_shortened_not_a_crash() {
    let padding = " ".repeat(70_000);
    let dir = repo_with_manifest(format!(
        "wgll: 1\nservice: {{name: P, phase: alpha}}\nhosting:\n  regions: [eu-west-2{padding}, us-east-1]\n"
    ));
    let out = wgll()
        .args(["check", "--today", TODAY])
        .arg(dir.path())
        .output()
        .unwrap();
    let stdout = common::stdout_of(&out);
    assert!(!stderr_of(&out).contains("panicked"), "{}", stderr_of(&out));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout.contains("[wgll.yaml:4:") && stdout.contains("…"),
        "{stdout}"
    );
    // Some thirty findings of a few lines each: far below the 70 000
    // characters of the line quoted whole.
    assert!(stdout.len() < 40_000, "the long line was quoted whole");
    let json = wgll()
        .args(["check", "--format", "json", "--today", TODAY])
        .arg(dir.path())
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let cloud = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "CLOUD-02")
        .unwrap();
    assert_eq!(
        (cloud["line"].as_u64(), cloud["column"].as_u64()),
        (Some(4), Some(70_024))
    );

    let dir = repo_with_manifest(format!("wgll: 1\nx: {{{padding}a: 1, a: 2}}\n"));
    let (code, err) = check(dir.path(), &["--format", "json"]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("duplicate key `a`") && err.contains("[wgll.yaml:2:"),
        "{err}"
    );
}

/// Files named on the command line may be pipes, but are never read
/// without end: an endless one is refused at its cap, and a device is
/// refused before it is read at all.
#[cfg(unix)]
#[test]
fn an_endless_config_baseline_or_list_is_refused_at_its_cap() {
    let repo = repo_with_manifest("wgll: 1\n");
    let (code, err) = check(repo.path(), &["--config", "/dev/zero"]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("/dev/zero") && err.contains("not a regular file"),
        "{err}"
    );
    let bin = assert_cmd::cargo::cargo_bin("wgll");
    for args in [
        "check --config /dev/stdin",
        "audit --baseline /dev/stdin",
        "audit --from /dev/stdin",
    ] {
        // `yes` never ends: only the cap stops the read.
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!(
                "yes | '{}' {args} --today {TODAY} '{}'",
                bin.display(),
                repo.path().display()
            ))
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        let err = stderr_of(&out);
        assert_eq!(out.status.code(), Some(2), "{args}: {err}");
        assert!(err.contains("byte limit"), "{args}: {err}");
    }
}

#[test]
fn a_deeply_nested_policy_literal_is_refused_quickly() {
    // regorus's parser takes time doubling with each level of `[`/`{`.
    let policies = tempfile::tempdir().unwrap();
    let deep = format!(
        "package local.deep\n\nx := {}1{}\n",
        "[".repeat(24),
        "]".repeat(24)
    );
    write(policies.path(), "deep.rego", deep);
    let out = wgll()
        .timeout(std::time::Duration::from_secs(5))
        .args(["rules", "--policy", policies.path().to_str().unwrap()])
        .output()
        .expect("finishes within 5 s");
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("deep.rego:3:") && err.contains("nested more than 12 deep"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn a_named_pipe_or_kernel_file_as_config_is_refused_not_waited_on() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("config.yaml");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let repo = repo_with_manifest("wgll: 1\n");
    for (args, says) in [
        (
            vec!["check", "--config", fifo.to_str().unwrap()],
            "not a regular file",
        ),
        (
            vec!["check", "--config", "/proc/self/environ"],
            "kernel file",
        ),
        (
            vec!["audit", "--from", fifo.to_str().unwrap()],
            "not a regular file",
        ),
    ] {
        let out = wgll()
            .timeout(std::time::Duration::from_secs(5))
            .env("WGLL_SECRET_PROBE", "do-not-echo")
            .args(&args)
            .arg(repo.path())
            .output()
            .expect("finishes within 5 s");
        let err = stderr_of(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(
            !err.contains("do-not-echo"),
            "the environment was echoed: {err}"
        );
    }
}

/// A report that was not written must not exit 0: CI reads the exit code.
/// (A closed stdout cannot be told from `>/dev/null`: Rust's runtime opens
/// /dev/null in its place before wgll runs.)
#[cfg(unix)]
#[test]
fn output_that_cannot_be_written_exits_2() {
    let bin = assert_cmd::cargo::cargo_bin("wgll");
    let example = common::root().join("examples/patient-portal");
    for (args, redirect) in [
        (
            format!(
                "check --today {TODAY} --format json '{}'",
                example.display()
            ),
            ">/dev/full",
        ),
        ("rules".to_string(), ">/dev/full"),
        // The reader goes away after one byte: a broken pipe.
        (
            "rules --format json".to_string(),
            "| head -c 1 >/dev/null; exit ${PIPESTATUS[0]}",
        ),
    ] {
        let out = std::process::Command::new("bash")
            .arg("-c")
            .arg(format!("'{}' {args} {redirect}", bin.display()))
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        let err = stderr_of(&out);
        assert_eq!(out.status.code(), Some(2), "{args} {redirect}: {err}");
        assert!(err.contains("cannot write the output"), "{args}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    // Nowhere to write the error either: still exit 2, never a panic (101).
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "'{}' check /no/such/folder 2>/dev/full",
            bin.display()
        ))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_threshold_that_is_no_percentage_is_refused() {
    for bad in ["nan", "inf", "-1", "101", "ten"] {
        let out = wgll()
            .args(["test", &format!("--threshold={bad}")])
            .output()
            .unwrap();
        let err = stderr_of(&out);
        assert_eq!(out.status.code(), Some(2), "{bad}: {err}");
        assert!(
            err.contains("not a percentage from 0 to 100"),
            "{bad}: {err}"
        );
    }
}

/// Repository text never reaches a terminal or CI log as raw control
/// characters: a raw one in the manifest is refused at its place, and an
/// escaped one in a quoted string is shown escaped in every format.
#[test]
fn control_characters_from_the_repository_are_never_printed_raw() {
    let raw = repo_with_manifest("wgll: 1\nservice:\n  name: x\u{1b}]0;PWNED\u{7}\n");
    let (code, err) = check(raw.path(), &[]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("U+001B") && err.contains("wgll.yaml:3:"),
        "{err}"
    );
    assert!(!err.chars().any(|c| c.is_control() && c != '\n'), "{err:?}");

    let quoted = common::copy_to_temp(&common::root().join("examples/patient-portal"));
    let manifest = quoted.path().join("wgll.yaml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    let hostile = r#"regions: ["us-east-1\e]0;PWNED\a\e[2J"]"#;
    std::fs::write(&manifest, text.replace("regions: [eu-west-2]", hostile)).unwrap();
    for format in ["human", "github", "markdown", "json", "sarif", "junit"] {
        let out = wgll()
            .args(["check", "--today", TODAY, "--format", format])
            .arg(quoted.path())
            .output()
            .unwrap();
        let all = [out.stdout.as_slice(), out.stderr.as_slice()].concat();
        let text = String::from_utf8_lossy(&all);
        assert_eq!(out.status.code(), Some(1), "{format}: {text}");
        assert!(text.contains("PWNED"), "{format}: the finding is missing");
        assert!(
            !text
                .chars()
                .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t'),
            "{format}: {text:?}"
        );
    }
}

/// Mirrors and backups of a git folder may hold no `config`; such a folder
/// is still git (HEAD, objects, refs), never a folder of 0 project files.
#[test]
fn a_git_folder_without_config_is_read_as_git() {
    let (dir, _repo) = common::git_fixture("repos/problems");
    let bare = tempfile::tempdir().unwrap();
    let mirror = bare.path().join("mirror.git");
    git2::build::RepoBuilder::new()
        .bare(true)
        .clone(dir.path().to_str().unwrap(), &mirror)
        .unwrap();
    std::fs::remove_file(mirror.join("config")).unwrap();
    let out = wgll()
        .args(["input", "--today", TODAY, "--rev", "HEAD"])
        .arg(&mirror)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let input: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(input["manifest"].is_object(), "the manifest was not read");
    assert!(input["files"].as_array().is_some_and(|f| !f.is_empty()));
    let (code, err) = check(&mirror, &[]);
    assert_eq!(code, Some(2));
    assert!(err.contains("bare repository has no working tree"), "{err}");
}

/// A policy declaring a bundled rule's package must not silence it unseen;
/// an edited copy carrying the rule's METADATA id stands in for it.
#[test]
fn a_bundled_rule_is_replaced_only_by_a_stand_in() {
    let repo = common::copy_to_temp(&common::root().join("examples/patient-portal"));
    let policies = tempfile::tempdir().unwrap();
    write(
        policies.path(),
        "quiet.rego",
        "package wgll.cloud.hosting_region_not_allowed\n\ndeny := set()\n",
    );
    let (code, err) = check(
        repo.path(),
        &["--policy", policies.path().to_str().unwrap()],
    );
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains("bundled rule CLOUD-02") && err.contains("quiet.rego"),
        "{err}"
    );

    let bundled = std::fs::read_to_string(
        common::root().join("policies/wgll/cloud/hosting_region_not_allowed.rego"),
    )
    .unwrap();
    write(policies.path(), "quiet.rego", bundled);
    let (code, err) = check(
        repo.path(),
        &["--policy", policies.path().to_str().unwrap()],
    );
    assert_eq!(code, Some(0), "{err}");
}

/// The example's manifest with one field's value replaced: `section:` then
/// `  key:` (a flow or block value, whose deeper lines go with it).
fn with_field(text: &str, section: &str, key: &str, value: &str) -> (String, usize) {
    let mut out = Vec::new();
    let mut lines = text.lines().peekable();
    let mut in_section = false;
    let mut line_of_field = 0;
    while let Some(line) = lines.next() {
        if !line.starts_with(' ') {
            in_section = line == format!("{section}:");
        }
        if in_section && line.starts_with(&format!("  {key}:")) {
            while lines.peek().is_some_and(|next| next.starts_with("    ")) {
                lines.next();
            }
            out.push(format!("  {key}: {value}"));
            line_of_field = out.len();
            continue;
        }
        out.push(line.to_string());
    }
    assert!(line_of_field > 0, "no {section}.{key} in the example");
    (out.join("\n") + "\n", line_of_field)
}

/// A list field written as nothing, a string or a number is the schema
/// rule's finding at that line, not a policy failing to iterate it.
#[test]
fn a_list_field_of_the_wrong_type_is_a_schema_finding_not_a_policy_error() {
    let example = common::root().join("examples/patient-portal");
    let original = std::fs::read_to_string(example.join("wgll.yaml")).unwrap();
    let repo = common::copy_to_temp(&example);
    let fields = [
        ("hosting", "regions"),
        ("team", "disciplines"),
        ("interoperability", "standards"),
        ("technology", "components"),
    ];
    for (section, key) in fields {
        for value in ["", "\"\"", "eu-west-2", "3"] {
            let (text, line) = with_field(&original, section, key, value);
            write(repo.path(), "wgll.yaml", &text);
            let out = wgll()
                .args(["check", "--format", "json", "--today", TODAY])
                .arg(repo.path())
                .output()
                .unwrap();
            let stderr = stderr_of(&out);
            let case = format!("{section}.{key}: {value:?}");
            assert_eq!(out.status.code(), Some(1), "{case}: {stderr}");
            assert!(!stderr.contains("expects array"), "{case}: {stderr}");
            let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            let schema = json["findings"]
                .as_array()
                .unwrap()
                .iter()
                .find(|f| f["rule"] == "WL-06" && f["line"].as_u64() == Some(line as u64));
            assert!(schema.is_some(), "{case}: no WL-06 at line {line}: {json}");
        }
    }
}

/// A local policy that cannot work under wgll (it asks the network, calls a
/// built-in wgll lacks, or writes a reporting rule as a function) is
/// refused where it is written, from `--policy` and `.wgll/policies` alike,
/// instead of evaluating to nothing and passing.
#[test]
fn a_local_policy_that_cannot_work_is_refused_at_its_line() {
    let cases = [
        (
            "package team.uptime\n\ndeny contains \"down\" if {\n\tr := http.send({\"method\": \"get\", \"url\": \"https://x\"})\n\tr.status_code != 200\n}\n",
            "team.rego:4:",
            "`http.send`",
        ),
        (
            "package team.dns\n\ndeny contains \"no address\" if {\n\tcount(net.lookup_ip_addr(\"example.org\")) == 0\n}\n",
            "team.rego:4:",
            "`net.lookup_ip_addr`",
        ),
        (
            "package team.f\n\ndeny(x) := x\n",
            "team.rego:3:",
            "reporting rules must be partial sets",
        ),
    ];
    let repo = repo_with_manifest("wgll: 1\n");
    let policies = tempfile::tempdir().unwrap();
    for (text, place, what) in cases {
        write(policies.path(), "team.rego", text);
        let (code, err) = check(
            repo.path(),
            &["--policy", policies.path().to_str().unwrap()],
        );
        assert_eq!(code, Some(2), "{err}");
        assert!(err.contains(place) && err.contains(what), "{err}");

        write(repo.path(), ".wgll/policies/team.rego", text);
        let (code, err) = check(repo.path(), &[]);
        assert_eq!(code, Some(2), "{err}");
        assert!(
            err.contains(&format!(".wgll/policies/{place}")) && err.contains(what),
            "{err}"
        );
        std::fs::remove_dir_all(repo.path().join(".wgll")).unwrap();
    }
}

/// `.wgll/policies` that is a file, or a link to a folder (not followed),
/// would leave the repository's own rules out unseen: it is an error.
#[cfg(unix)]
#[test]
fn a_local_policies_folder_that_is_a_file_or_a_link_is_an_error() {
    let repo = repo_with_manifest("wgll: 1\n");
    write(repo.path(), ".wgll/policies", "package team\n");
    let (code, err) = check(repo.path(), &[]);
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains(".wgll/policies") && err.contains("not a folder"),
        "{err}"
    );

    std::fs::remove_file(repo.path().join(".wgll/policies")).unwrap();
    write(
        repo.path(),
        "shared/team.rego",
        "package team\n\ndeny contains \"x\"\n",
    );
    std::os::unix::fs::symlink("../shared", repo.path().join(".wgll/policies")).unwrap();
    let (code, err) = check(repo.path(), &[]);
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains(".wgll/policies") && err.contains("not a folder"),
        "{err}"
    );
    // Not applied, so not read.
    let (code, err) = check(repo.path(), &["--no-local-config"]);
    assert_ne!(code, Some(2), "{err}");
}

/// ADR folders outside the repository, or that it does not hold, are
/// errors at their line of the configuration: ADR rules would otherwise
/// judge no records and pass.
#[test]
fn an_adr_folder_outside_or_missing_is_an_error_at_its_config_line() {
    let repo = common::copy_to_temp(&common::root().join("examples/patient-portal"));
    for (dir, why) in [
        ("../../x", "leaves the repository"),
        ("/etc", "is absolute"),
        ("docs/decisions", "holds no files"),
    ] {
        write(
            repo.path(),
            ".wgll/config.yaml",
            format!("# ADRs\nadr_dirs:\n  - docs/adr\n  - {dir}\n"),
        );
        let (code, err) = check(repo.path(), &[]);
        assert_eq!(code, Some(2), "{dir}: {err}");
        assert!(
            err.contains(&format!("ADR folder `{dir}` {why}"))
                && err.contains("[.wgll/config.yaml:4:"),
            "{dir}: {err}"
        );
    }
    write(
        repo.path(),
        ".wgll/config.yaml",
        "adr_dirs: [./docs/adr/]\n",
    );
    let (code, err) = check(repo.path(), &[]);
    assert_eq!(code, Some(0), "{err}");
    // The root, however it is written, holds the records not in a folder.
    let flat = repo_with_manifest("wgll: 1\n");
    write(
        flat.path(),
        "0001-record-decisions.md",
        "# 1. Record decisions\n\nDate: 2026-01-05\n\n## Status\n\nAccepted\n",
    );
    for root in [".", "./"] {
        write(
            flat.path(),
            ".wgll/config.yaml",
            format!("adr_dirs: [{root}]\n"),
        );
        let out = wgll()
            .args(["adrs", "--format", "json"])
            .arg(flat.path())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{root}: {}", stderr_of(&out));
        assert!(
            common::stdout_of(&out).contains("0001-record-decisions.md"),
            "{root}: {}",
            common::stdout_of(&out)
        );
    }
    // An organisation's config says where its repositories usually keep
    // records: one without that folder is judged, not refused, so one
    // repository does not fail a whole audit.
    let org = tempfile::tempdir().unwrap();
    write(org.path(), "org.yaml", "adr_dirs: [docs/adr, records]\n");
    let org_config = org.path().join("org.yaml");
    let (code, err) = check(
        repo.path(),
        &[
            "--no-local-config",
            "--config",
            org_config.to_str().unwrap(),
        ],
    );
    assert_eq!(code, Some(0), "{err}");
}

/// A manifest path naming git's own files, a place outside the repository
/// or a folder is refused alike in the working tree and in a commit, never
/// read and printed in one and missing in the other.
#[test]
fn a_manifest_path_outside_the_repository_files_is_refused_in_every_mode() {
    let repo = common::copy_to_temp(&common::root().join("examples/patient-portal"));
    common::commit_all(&common::git_init(repo.path()), "init", 1_780_000_000);
    for (path, why) in [
        (".git/config", "is inside `.git`"),
        ("../wgll.yaml", "leaves the repository"),
        ("docs", "is a folder"),
        // Named but absent: a typo must not turn a check of the claims into
        // a check of the evidence alone.
        ("wgll.yml", "is not in the repository"),
    ] {
        for mode in [&[][..], &["--rev", "HEAD"][..], &["--staged"][..]] {
            let mut args = vec!["--manifest", path];
            args.extend(mode);
            let (code, err) = check(repo.path(), &args);
            assert_eq!(code, Some(2), "{path} {mode:?}: {err}");
            assert!(
                err.contains(&format!("manifest `{path}` {why}")),
                "{path} {mode:?}: {err}"
            );
            assert!(!err.contains("repositoryformatversion"), "{err}");
        }
    }
    write(repo.path(), ".wgll/config.yaml", "manifest: .git/config\n");
    let (code, err) = check(repo.path(), &[]);
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains("manifest `.git/config` is inside `.git`")
            && err.contains("[.wgll/config.yaml:1:"),
        "{err}"
    );
}

/// The bytes a terminal or log viewer acts on: C0 but tab and line feed,
/// DEL and C1 (as characters).
fn is_control_byte(c: char) -> bool {
    matches!(c as u32, 0x00..=0x08 | 0x0b..=0x1f | 0x7f..=0x9f)
}

/// Every output of every command is free of control characters and
/// credentials, whatever the repository holds: an escaped ESC sequence in
/// the manifest, raw ones (and markup) in an ADR title, and a remote that
/// carries tokens; and the same for a repository with no remote at all.
#[test]
fn no_output_format_prints_control_characters_or_credentials() {
    let hostile = common::copy_to_temp(&common::root().join("examples/patient-portal"));
    let manifest = hostile.path().join("wgll.yaml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(
        &manifest,
        text.replace(
            "regions: [eu-west-2]",
            r#"regions: ["us-east-1\e]0;PWNED\a\e[2J\r\n::error::forged%0A\x9b2J"]"#,
        ),
    )
    .unwrap();
    let adr = hostile.path().join("docs/adr/0003-use-nhs-login.md");
    let text = std::fs::read_to_string(&adr).unwrap();
    std::fs::write(
        &adr,
        text.replace(
            "# Use NHS login for patient sign-in",
            "# Use NHS login\u{1b}]0;PWNED\u{7} <img src=x> [a](http://e) | \u{9b}2J `x",
        ),
    )
    .unwrap();
    let repo = common::git_init(hostile.path());
    common::commit_all(&repo, "Hostile", 1_780_000_000);
    repo.remote(
        "origin",
        "https://x-access-token:SECRET1@github.com/o/r.git?token=SECRET2&access_token=SECRET3",
    )
    .unwrap();
    let plain = common::copy_to_temp(&common::root().join("examples/patient-portal"));
    common::commit_all(&common::git_init(plain.path()), "No remote", 1_780_000_000);

    let mut runs: Vec<Vec<&str>> = Vec::new();
    for format in ["human", "github", "markdown", "json", "sarif", "junit"] {
        runs.push(vec!["check", "--today", TODAY, "--format", format]);
    }
    for format in ["table", "markdown", "mermaid", "json"] {
        runs.push(vec!["adrs", "--format", format]);
    }
    for format in ["table", "markdown", "csv", "html", "json"] {
        runs.push(vec!["audit", "--today", TODAY, "--format", format]);
    }
    runs.push(vec!["input", "--today", TODAY]);
    for dir in [hostile.path(), plain.path()] {
        for args in &runs {
            let out = wgll().args(args).arg(dir).output().unwrap();
            let all = [out.stdout.as_slice(), out.stderr.as_slice()].concat();
            let text = String::from_utf8_lossy(&all);
            assert!(matches!(out.status.code(), Some(0..=1)), "{args:?}: {text}");
            // CSV ends its lines with CRLF (RFC 4180); a lone CR is refused.
            let lines = text.replace("\r\n", "\n");
            assert!(!lines.chars().any(is_control_byte), "{args:?}: {text:?}");
            // The credentials planted above, not the SECRET classification
            // tier DP-05 names in its description.
            assert!(
                !["SECRET1", "SECRET2", "SECRET3"]
                    .iter()
                    .any(|s| text.contains(s)),
                "{args:?}: {text}"
            );
            assert!(!text.contains("<img"), "{args:?}: markup passed: {text}");
        }
    }
    // GitHub reads `::` commands only at a line's start: the forged one
    // stays inside the message, its line break escaped.
    let out = wgll()
        .args(["check", "--today", TODAY, "--format", "github"])
        .arg(hostile.path())
        .output()
        .unwrap();
    assert!(
        !common::stdout_of(&out)
            .lines()
            .any(|l| l.starts_with("::error::forged"))
    );
}

/// A credential in a path or list named on the command line is not echoed
/// in the error about it.
#[test]
fn credentials_named_in_an_error_are_redacted() {
    let out = wgll()
        .args([
            "audit",
            "https://user:SECRET1@host/x.git?access_token=SECRET2",
        ])
        .output()
        .unwrap();
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("https://***@host/x.git?access_token=***"),
        "{err}"
    );
    assert!(!err.contains("SECRET"), "{err}");
}

/// `--jobs` asks for worker processes; a typo like 100000 would exhaust
/// the machine. It is refused with the limit, before any work.
#[test]
fn an_absurd_number_of_jobs_is_refused() {
    for bad in ["100000", "65", "-1", "many"] {
        let out = wgll()
            .args(["audit", &format!("--jobs={bad}"), "."])
            .output()
            .unwrap();
        let err = stderr_of(&out);
        assert_eq!(out.status.code(), Some(2), "{bad}: {err}");
        assert!(err.contains("--jobs"), "{bad}: {err}");
    }
    let out = wgll()
        .args(["audit", "--today", TODAY, "--jobs", "64"])
        .arg(common::root().join("examples/patient-portal"))
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        stderr_of(&out)
    );
}
