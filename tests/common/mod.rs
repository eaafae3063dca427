//! Helpers for CLI tests: running the binary with plain output, and fixture
//! repositories built in a temporary folder with real git history (a nested
//! `.git` cannot be committed, so git fixtures are made at test time).

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use git2::{IndexAddOption, Repository, Signature, Time};
use tempfile::TempDir;

/// The fixed evaluation date of every test.
pub const TODAY: &str = "2026-11-23";

/// `wgll` with plain, fixed-width output.
pub fn wgll() -> Command {
    let mut cmd = Command::cargo_bin("wgll").expect("binary builds");
    cmd.env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .env_remove("GITHUB_ACTIONS")
        // Tests that want the runner's files set them; a CI run of these
        // tests must not write into its own job summary.
        .env_remove("GITHUB_STEP_SUMMARY")
        .env_remove("GITHUB_OUTPUT")
        .env_remove("WGLL_TODAY");
    cmd.timeout(std::time::Duration::from_secs(60));
    cmd
}

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A path under `fixtures/`.
pub fn fixture(rel: &str) -> PathBuf {
    root().join("fixtures").join(rel)
}

/// Copies a folder into a fresh temporary folder.
pub fn copy_to_temp(from: &Path) -> TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(from, dir.path());
    dir
}

/// Copies a folder's contents recursively.
pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Writes a file, creating its folder.
pub fn write(root: &Path, rel: &str, contents: impl AsRef<[u8]>) {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, contents).unwrap();
}

/// Initialises a repository in `dir` on branch `main`.
pub fn git_init(dir: &Path) -> Repository {
    let mut opts = git2::RepositoryInitOptions::new();
    opts.initial_head("main");
    Repository::init_opts(dir, &opts).unwrap()
}

/// Stages everything and commits it at a fixed time (seconds since the epoch).
pub fn commit_all(repo: &Repository, message: &str, time: i64) -> git2::Oid {
    let mut index = repo.index().unwrap();
    index.add_all(["*"], IndexAddOption::DEFAULT, None).unwrap();
    index.update_all(["*"], None).unwrap();
    index.write().unwrap();
    let tree = repo.find_tree(index.write_tree().unwrap()).unwrap();
    let sig = Signature::new("Test", "test@example.org", &Time::new(time, 0)).unwrap();
    let parents: Vec<git2::Commit<'_>> = repo
        .head()
        .ok()
        .and_then(|h| h.peel_to_commit().ok())
        .into_iter()
        .collect();
    let parents: Vec<&git2::Commit<'_>> = parents.iter().collect();
    repo.commit(Some("HEAD"), &sig, &sig, message, &tree, &parents)
        .unwrap()
}

/// Stages one path (the working tree may then differ from the index).
pub fn stage(repo: &Repository, rel: &str) {
    let mut index = repo.index().unwrap();
    index.add_path(Path::new(rel)).unwrap();
    index.write().unwrap();
}

/// A fixture folder copied to a temporary git repository with one commit.
pub fn git_fixture(rel: &str) -> (TempDir, Repository) {
    let dir = copy_to_temp(&fixture(rel));
    let repo = git_init(dir.path());
    commit_all(&repo, "Initial commit", 1_780_000_000);
    (dir, repo)
}

/// Standard output of a run as text.
pub fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Standard error of a run as text.
pub fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}
