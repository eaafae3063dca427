//! Large inputs, each against a baseline of the same size measured in the
//! same run, rounds interleaved so machine noise falls on all cases alike:
//!
//! - 20,000 findings in one file: `wgll check --format json` of a manifest
//!   listing 20,000 disallowed regions (CLOUD-02 fires once per region, each
//!   finding located through the file's line index), against the same
//!   manifest listing 20,000 allowed ones (the same reading and evaluation,
//!   no findings to locate);
//! - 100,000 ADRs with git history: the last-change date of every record
//!   (`--rev HEAD`'s history part, in process), against listing the commit's
//!   tree, which any read of the commit does anyway.
//!
//! Everything is generated in a temporary folder. `cargo bench --bench scale`;
//! `WGLL_BENCH_ROUNDS` sets the rounds (default 10).

#![expect(
    clippy::print_stdout,
    clippy::unwrap_used,
    reason = "a benchmark reports on stdout and stops at the first broken case"
)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const FINDINGS: usize = 20_000;
const RECORDS: u32 = 100_000;

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// A repository whose manifest lists `FINDINGS` regions, all `region`.
fn manifest_repo(region: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from(
        "wgll: 1\nservice:\n  name: Scale\n  phase: beta\nhosting:\n  model: public-cloud\n  provider: aws\n  regions:\n",
    );
    for _ in 0..FINDINGS {
        text.push_str("    - ");
        text.push_str(region);
        text.push('\n');
    }
    std::fs::write(dir.path().join("wgll.yaml"), text).unwrap();
    dir
}

/// One `wgll check --format json` of `repo`; returns the time and the
/// number of CLOUD-02 findings.
fn check(repo: &Path) -> (Duration, usize) {
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_wgll"))
        .args(["check", "--format", "json", "--today", "2026-11-23"])
        .arg(repo)
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE")
        .stderr(Stdio::null())
        .output()
        .unwrap();
    let took = start.elapsed();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let found = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "CLOUD-02" && f["line"].is_u64())
        .count();
    (took, found)
}

/// A bare repository of `RECORDS` decision records in one folder, built
/// with `git fast-import` in four commits: all records, then 1,000 edited,
/// then 100 edited and 10 added, then a README alone.
fn history_repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let ok = Command::new("git")
        .args(["init", "-q", "--bare", "-b", "main"])
        .arg(dir.path())
        .status()
        .unwrap()
        .success();
    assert!(ok);
    let mut import = Command::new("git")
        .args(["fast-import", "--quiet"])
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stream = std::io::BufWriter::new(import.stdin.take().unwrap());
    let record = |n: u32, edit: u32| {
        format!(
            "# {n}. Decision {n}\n\nDate: 2025-01-02\n\n## Status\n\nAccepted\n\n## Context\n\nEdit {edit}.\n"
        )
    };
    let commit = |stream: &mut dyn Write,
                  day: i64,
                  files: &mut dyn Iterator<Item = (String, String)>| {
        let when = 1_780_000_000 + day * 86_400;
        write!(
            stream,
            "commit refs/heads/main\ncommitter Bench <bench@example.org> {when} +0000\ndata 3\nday\n"
        )
        .unwrap();
        // Later commits on the branch follow the one before in the stream.
        for (path, text) in files {
            write!(
                stream,
                "M 100644 inline {path}\ndata {}\n{text}\n",
                text.len()
            )
            .unwrap();
        }
    };
    let path = |n: u32| format!("docs/adr/{n:06}-decision.md");
    commit(
        &mut stream,
        0,
        &mut (1..=RECORDS).map(|n| (path(n), record(n, 0))),
    );
    commit(
        &mut stream,
        1,
        &mut (1..=1000).map(|n| (path(n * 97), record(n * 97, 1))),
    );
    commit(
        &mut stream,
        2,
        &mut (1..=100)
            .map(|n| (path(n * 13), record(n * 13, 2)))
            .chain((1..=10).map(|n| (path(RECORDS + n), record(RECORDS + n, 2)))),
    );
    commit(
        &mut stream,
        3,
        &mut std::iter::once(("README.md".to_string(), "# x\n".to_string())),
    );
    drop(stream);
    assert!(import.wait().unwrap().success());
    dir
}

fn main() {
    let rounds: usize = std::env::var("WGLL_BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10);

    let failing = manifest_repo("us-east-1");
    let passing = manifest_repo("eu-west-2");
    assert_eq!(check(failing.path()).1, FINDINGS);
    assert_eq!(check(passing.path()).1, 0);

    let history = history_repo();
    let repo = git2::Repository::open_bare(history.path()).unwrap();
    let head = repo.head().unwrap().peel_to_commit().unwrap();
    let list = || {
        let mut paths = Vec::new();
        head.tree()
            .unwrap()
            .walk(git2::TreeWalkMode::PreOrder, |folder, entry| {
                if entry.kind() == Some(git2::ObjectType::Blob) {
                    paths.push(format!("{folder}{}", entry.name().unwrap()));
                }
                git2::TreeWalkResult::Ok
            })
            .unwrap();
        paths
    };
    let paths: Vec<String> = list()
        .into_iter()
        .filter(|p| p.starts_with("docs/adr/"))
        .collect();
    assert_eq!(paths.len(), RECORDS as usize + 10);
    let dates = wgll::collect::git::last_changed(&repo, &head, &paths);
    assert_eq!(dates.len(), paths.len());
    assert_eq!(dates[&paths[0]], "2026-05-28");
    assert_eq!(
        dates[&format!("docs/adr/{:06}-decision.md", 97)],
        "2026-05-29"
    );
    assert_eq!(
        dates[&format!("docs/adr/{:06}-decision.md", 13)],
        "2026-05-30"
    );

    let mut samples: [Vec<Duration>; 4] = Default::default();
    for _ in 0..rounds {
        samples[0].push(check(passing.path()).0);
        samples[1].push(check(failing.path()).0);
        let t = Instant::now();
        assert_eq!(list().len(), RECORDS as usize + 11);
        samples[2].push(t.elapsed());
        let t = Instant::now();
        assert_eq!(
            wgll::collect::git::last_changed(&repo, &head, &paths).len(),
            paths.len()
        );
        samples[3].push(t.elapsed());
    }
    let [passing, failing, listing, history] = samples.map(median);
    println!("{rounds} rounds, interleaved; medians in ms\n");
    println!("| case | median | median / baseline |");
    println!("|---|---:|---:|");
    for (name, d, base) in [
        (
            "baseline: check, 20,000 allowed regions (no findings)",
            passing,
            passing,
        ),
        (
            "check, 20,000 disallowed regions (20,000 findings)",
            failing,
            passing,
        ),
        (
            "baseline: list the commit's tree (100,011 files)",
            listing,
            listing,
        ),
        (
            "last change of 100,010 ADRs over 4 commits",
            history,
            listing,
        ),
    ] {
        println!(
            "| {name} | {:.1} | {:.2} |",
            ms(d),
            d.as_secs_f64() / base.as_secs_f64()
        );
    }
}
