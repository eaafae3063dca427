//! The three read modes: the working tree, the staged index (pre-commit) and
//! a commit read from the object store (bare repositories included).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{TODAY, commit_all, git_fixture, git_init, stage, stdout_of, wgll, write};

fn input(args: &[&str], path: &std::path::Path) -> serde_json::Value {
    let out = wgll()
        .arg("input")
        .args(["--today", TODAY])
        .args(args)
        .arg(path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr_of(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn git_facts_come_from_head() {
    let (dir, repo) = git_fixture("repos/problems");
    repo.remote(
        "origin",
        "https://user:secret-token@example.org/trust/referral-hub.git",
    )
    .unwrap();
    let json = input(&[], dir.path());
    let git = &json["repository"]["git"];
    assert_eq!(git["branch"], "main");
    assert_eq!(git["commits"], 1);
    assert_eq!(git["shallow"], false);
    assert_eq!(git["remote"], "https://example.org/trust/referral-hub.git");
    assert_eq!(git["last_commit"], "2026-05-28T20:26:40Z");
    assert_eq!(json["adrs"][0]["last_changed"], "2026-05-28");
}

#[test]
fn outside_git_the_git_facts_are_null() {
    let dir = common::copy_to_temp(&common::fixture("repos/problems"));
    let json = input(&[], dir.path());
    assert!(json["repository"]["git"].is_null());
    assert!(json["adrs"][0]["last_changed"].is_null());
}

#[test]
fn staged_reads_the_index_not_the_working_tree() {
    // The example passes every rule; only the phase changes between index
    // and working tree.
    let dir = tempfile::tempdir().unwrap();
    common::copy_dir(&common::root().join("examples/patient-portal"), dir.path());
    let repo = git_init(dir.path());
    commit_all(&repo, "good", 1_780_000_000);
    let good = std::fs::read_to_string(dir.path().join("wgll.yaml")).unwrap();
    // Stage a bad phase, then put the good one back in the working tree only.
    write(
        dir.path(),
        "wgll.yaml",
        good.replacen("  phase: beta\n", "  phase: gamma\n", 1),
    );
    stage(&repo, "wgll.yaml");
    write(dir.path(), "wgll.yaml", &good);

    let out = wgll()
        .args(["check", "--today", TODAY])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "working tree is good: {}",
        stdout_of(&out)
    );
    let out = wgll()
        .args(["check", "--staged", "--today", TODAY])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "index is bad");
    assert!(stdout_of(&out).contains("service.phase `gamma`"));
}

#[test]
fn staged_sees_a_new_file_only_once_it_is_added() {
    let dir = tempfile::tempdir().unwrap();
    let repo = git_init(dir.path());
    write(dir.path(), "README.md", "# x\n");
    commit_all(&repo, "readme", 1_780_000_000);
    write(dir.path(), "wgll.yaml", "wgll: 1\n");
    assert!(input(&["--staged"], dir.path())["manifest"].is_null());
    stage(&repo, "wgll.yaml");
    assert_eq!(input(&["--staged"], dir.path())["manifest"]["wgll"], 1);
}

#[test]
fn rev_reads_an_older_commit_without_checking_it_out() {
    let dir = tempfile::tempdir().unwrap();
    let repo = git_init(dir.path());
    write(
        dir.path(),
        "wgll.yaml",
        "wgll: 1\nhosting: {regions: [us-east-1]}\n",
    );
    commit_all(&repo, "first", 1_780_000_000);
    write(
        dir.path(),
        "wgll.yaml",
        "wgll: 1\nhosting: {regions: [eu-west-2]}\n",
    );
    commit_all(&repo, "second", 1_780_086_400);

    let head = input(&["--rev", "HEAD"], dir.path());
    assert_eq!(head["manifest"]["hosting"]["regions"][0], "eu-west-2");
    assert_eq!(head["repository"]["git"]["commits"], 2);
    let first = input(&["--rev", "HEAD~1"], dir.path());
    assert_eq!(first["manifest"]["hosting"]["regions"][0], "us-east-1");
    assert_eq!(first["repository"]["git"]["commits"], 1);
    // The working tree was not touched.
    assert!(
        std::fs::read_to_string(dir.path().join("wgll.yaml"))
            .unwrap()
            .contains("eu-west-2")
    );
}

#[test]
fn rev_works_on_a_bare_repository() {
    let (dir, _repo) = git_fixture("repos/problems");
    let bare = tempfile::tempdir().unwrap();
    let bare_path = bare.path().join("referral-hub.git");
    git2::build::RepoBuilder::new()
        .bare(true)
        .clone(dir.path().to_str().unwrap(), &bare_path)
        .unwrap();

    let json = input(&["--rev", "main"], &bare_path);
    assert_eq!(json["repository"]["name"], "referral-hub");
    assert_eq!(json["repository"]["git"]["branch"], "main");
    assert_eq!(json["adrs"].as_array().unwrap().len(), 2);
    let out = wgll()
        .args([
            "check", "--rev", "main", "--format", "json", "--today", TODAY,
        ])
        .arg(&bare_path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let checked: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let worktree = wgll()
        .args(["check", "--format", "json", "--today", TODAY])
        .arg(dir.path())
        .output()
        .unwrap();
    let worktree: serde_json::Value = serde_json::from_slice(&worktree.stdout).unwrap();
    assert_eq!(
        checked["findings"], worktree["findings"],
        "a commit and its checkout give the same findings"
    );
}

/// A bare clone of the problems fixture.
fn bare_clone() -> tempfile::TempDir {
    let (dir, _repo) = git_fixture("repos/problems");
    let bare = tempfile::tempdir().unwrap();
    git2::build::RepoBuilder::new()
        .bare(true)
        .clone(dir.path().to_str().unwrap(), bare.path())
        .unwrap();
    bare
}

/// A bare repository has no working tree or index: only --rev reads it;
/// its folder is never read as if it were the project's files.
#[test]
fn a_bare_repository_is_refused_without_rev() {
    let bare = bare_clone();
    for (args, expected) in [
        (&["check", "--staged"][..], "--staged needs a working tree"),
        (&["check"][..], "a bare repository has no working tree"),
    ] {
        let out = wgll().args(args).arg(bare.path()).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = common::stderr_of(&out);
        assert!(
            err.contains(expected) && err.contains("--rev HEAD"),
            "{err}"
        );
    }
}

#[test]
fn a_folder_inside_a_repository_is_read_relative_to_itself() {
    let dir = tempfile::tempdir().unwrap();
    let repo = git_init(dir.path());
    common::copy_dir(
        &common::fixture("repos/problems"),
        &dir.path().join("services/referrals"),
    );
    commit_all(&repo, "monorepo", 1_780_000_000);
    let sub = dir.path().join("services/referrals");
    for args in [&[][..], &["--staged"][..], &["--rev", "HEAD"][..]] {
        let json = input(args, &sub);
        assert_eq!(json["manifest"]["service"]["phase"], "gamma", "{args:?}");
        assert_eq!(
            json["adrs"][0]["file"], "docs/adr/0001-use-fhir.md",
            "{args:?}"
        );
        assert_eq!(json["adrs"][0]["last_changed"], "2026-05-28", "{args:?}");
    }
}

#[test]
fn a_shallow_clone_is_read_with_an_unknown_commit_count() {
    let dir = tempfile::tempdir().unwrap();
    let repo = git_init(dir.path());
    write(dir.path(), "wgll.yaml", "wgll: 1\n");
    write(
        dir.path(),
        "docs/adr/0001-old.md",
        "# 1. Old\n\n## Status\n\nAccepted\n",
    );
    commit_all(&repo, "one", 1_780_000_000);
    write(dir.path(), "README.md", "# x\n");
    write(
        dir.path(),
        "docs/adr/0002-new.md",
        "# 2. New\n\n## Status\n\nAccepted\n",
    );
    commit_all(&repo, "two", 1_780_086_400);
    write(
        dir.path(),
        "docs/adr/0002-new.md",
        "# 2. New\n\n## Status\n\nAccepted.\n",
    );
    commit_all(&repo, "three", 1_780_172_800);
    let clone = tempfile::tempdir().unwrap();
    let url = format!("file://{}", dir.path().display());
    let status = std::process::Command::new("git")
        .args(["clone", "-q", "--depth", "2", &url])
        .arg(clone.path().join("c"))
        .status()
        .unwrap();
    assert!(status.success());
    let json = input(&[], &clone.path().join("c"));
    assert_eq!(json["repository"]["git"]["shallow"], true);
    assert!(json["repository"]["git"]["commits"].is_null());
    assert_eq!(json["manifest"]["wgll"], 1);
    // A change inside the fetched history is known; a file the cut-off
    // commit already held may have changed before it, so its date is
    // unknown rather than the date of the cut.
    assert!(
        json["adrs"][0]["last_changed"].is_null(),
        "{}",
        json["adrs"][0]
    );
    assert_eq!(json["adrs"][1]["last_changed"], "2026-05-30");
}

/// A file or folder name that is not UTF-8 cannot be matched or reported;
/// every read mode leaves it out alike rather than one failing the check.
#[cfg(unix)]
#[test]
fn names_that_are_not_utf8_are_left_out_in_every_mode() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    common::copy_dir(&common::root().join("examples/patient-portal"), dir.path());
    let odd = std::ffi::OsStr::from_bytes(b"caf\xe9");
    std::fs::create_dir_all(dir.path().join("docs").join(odd)).unwrap();
    std::fs::write(dir.path().join("docs").join(odd).join("a.md"), "x\n").unwrap();
    std::fs::write(
        dir.path()
            .join("docs/adr")
            .join(std::ffi::OsStr::from_bytes(b"0005-caf\xe9.md")),
        "# 5. X\n\n## Status\n\nAccepted\n",
    )
    .unwrap();
    let repo = git_init(dir.path());
    commit_all(&repo, "odd names", 1_780_000_000);
    for mode in [&[][..], &["--staged"][..], &["--rev", "HEAD"][..]] {
        let out = wgll()
            .args(["check", "--today", TODAY])
            .args(mode)
            .arg(dir.path())
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{mode:?}: {}",
            common::stderr_of(&out)
        );
    }
}
