//! `wgll hook install`: the git pre-commit hook for teams without the
//! pre-commit framework. It is written where git looks, never over an
//! existing hook without `--force`, and a real `git commit` runs it: a bad
//! staged manifest blocks the commit, a fixed one lets it through.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::Path;
use std::process::Command;

use common::{TODAY, commit_all, copy_dir, git_init, root, stderr_of, stdout_of, wgll};

/// The example, committed in a fresh repository.
fn example_repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("examples/patient-portal"), dir.path());
    let repo = git_init(dir.path());
    commit_all(&repo, "The example", 1_780_000_000);
    dir
}

fn install(dir: &Path, extra: &[&str]) -> std::process::Output {
    wgll()
        .args(["hook", "install"])
        .args(extra)
        .arg(dir)
        .output()
        .unwrap()
}

/// `git` with a fixed identity, the hook finding this build of wgll through
/// `WGLL` (a wrapper that pins the evaluation date, so the test does not
/// depend on the day it runs).
fn git(dir: &Path, args: &[&str]) -> std::process::Output {
    let wrapper = dir.join(".git/wgll-for-tests");
    if !wrapper.exists() {
        let bin = assert_cmd::cargo::cargo_bin("wgll");
        std::fs::write(
            &wrapper,
            format!(
                "#!/bin/sh\nexec '{}' \"$@\" --today {TODAY}\n",
                bin.display()
            ),
        )
        .unwrap();
        make_executable(&wrapper);
    }
    Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("WGLL", &wrapper)
        .env("NO_COLOR", "1")
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.nhs.uk")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.nhs.uk")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .output()
        .unwrap()
}

#[cfg(unix)]
fn make_executable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

fn head(dir: &Path) -> String {
    stdout_of(&git(dir, &["rev-parse", "HEAD"]))
        .trim()
        .to_string()
}

#[test]
fn install_writes_an_executable_hook_that_checks_the_staged_state() {
    let dir = example_repo();
    let out = install(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(stdout_of(&out).contains("pre-commit"));
    let hook = dir.path().join(".git/hooks/pre-commit");
    let text = std::fs::read_to_string(&hook).unwrap();
    assert!(text.contains("check --staged"), "{text}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&hook).unwrap().permissions().mode();
        assert_eq!(mode & 0o111, 0o111, "not executable: {mode:o}");
    }
}

/// A link to a hook elsewhere, even one leading nowhere, is an existing
/// hook: never written through, and replaced (the link, not its target)
/// only with --force.
#[cfg(unix)]
#[test]
fn a_linked_hook_is_never_written_through() {
    let dir = example_repo();
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("hook-target");
    let hook = dir.path().join(".git/hooks/pre-commit");
    std::fs::create_dir_all(hook.parent().unwrap()).unwrap();
    std::os::unix::fs::symlink(&target, &hook).unwrap();

    let out = install(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    assert!(!target.exists());
    let out = install(dir.path(), &["--force"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(!target.exists(), "wrote through the link");
    assert!(!hook.symlink_metadata().unwrap().is_symlink());
}

#[test]
fn an_existing_hook_is_kept_unless_forced() {
    let dir = example_repo();
    let hook = dir.path().join(".git/hooks/pre-commit");
    std::fs::create_dir_all(hook.parent().unwrap()).unwrap();
    std::fs::write(&hook, "#!/bin/sh\necho the team's own hook\n").unwrap();

    let out = install(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("already exists"),
        "{}",
        stderr_of(&out)
    );
    assert!(std::fs::read_to_string(&hook).unwrap().contains("own hook"));

    let out = install(dir.path(), &["--force"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(std::fs::read_to_string(&hook).unwrap().contains("wgll"));
}

#[test]
fn core_hooks_path_is_honoured() {
    let dir = example_repo();
    let out = git(dir.path(), &["config", "core.hooksPath", ".githooks"]);
    assert!(out.status.success());
    assert_eq!(install(dir.path(), &[]).status.code(), Some(0));
    assert!(dir.path().join(".githooks/pre-commit").is_file());
    assert!(!dir.path().join(".git/hooks/pre-commit").exists());
}

#[test]
fn outside_a_repository_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = install(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("not in a git repository"));
}

#[test]
fn a_bad_staged_manifest_blocks_the_commit_and_a_fixed_one_passes() {
    let dir = example_repo();
    assert_eq!(install(dir.path(), &[]).status.code(), Some(0));
    let before = head(dir.path());
    let manifest = dir.path().join("wgll.yaml");
    let good = std::fs::read_to_string(&manifest).unwrap();

    std::fs::write(
        &manifest,
        good.replacen("  phase: beta\n", "  phase: gamma\n", 1),
    )
    .unwrap();
    assert!(git(dir.path(), &["add", "wgll.yaml"]).status.success());
    let out = git(dir.path(), &["commit", "-m", "Move to gamma"]);
    assert!(!out.status.success(), "the hook let a bad manifest through");
    assert!(
        stdout_of(&out).contains("WL-06") || stderr_of(&out).contains("WL-06"),
        "{}\n{}",
        stdout_of(&out),
        stderr_of(&out)
    );
    assert_eq!(head(dir.path()), before);

    std::fs::write(
        &manifest,
        format!("{good}# Reviewed by the service team.\n"),
    )
    .unwrap();
    assert!(git(dir.path(), &["add", "wgll.yaml"]).status.success());
    let out = git(dir.path(), &["commit", "-m", "Note the review"]);
    assert!(
        out.status.success(),
        "{}\n{}",
        stdout_of(&out),
        stderr_of(&out)
    );
    assert_ne!(head(dir.path()), before);
}

/// A `.git/hooks` that is a link (or a core.hooksPath through one) must not
/// have the hook written wherever it leads.
#[cfg(unix)]
#[test]
fn a_linked_hooks_folder_is_refused_not_written_through() {
    let dir = example_repo();
    let outside = tempfile::tempdir().unwrap();
    let hooks = dir.path().join(".git/hooks");
    if hooks.exists() {
        std::fs::remove_dir_all(&hooks).unwrap();
    }
    std::os::unix::fs::symlink(outside.path(), &hooks).unwrap();
    for force in [&[][..], &["--force"][..]] {
        let out = install(dir.path(), force);
        let err = stderr_of(&out);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains("hooks is a symbolic link"), "{err}");
        assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 0);
    }

    // The same through a configured, relative hooks path.
    std::fs::remove_file(&hooks).unwrap();
    std::os::unix::fs::symlink(outside.path(), dir.path().join("githooks")).unwrap();
    let repo = git2::Repository::open(dir.path()).unwrap();
    repo.config()
        .unwrap()
        .set_str("core.hooksPath", "githooks")
        .unwrap();
    let out = install(dir.path(), &["--force"]);
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("githooks is a symbolic link"), "{err}");
    assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 0);
}
