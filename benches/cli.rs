//! Cold-process timings of the `wgll` binary, as users meet it: every sample
//! starts a fresh process, so start-up, policy compilation and collection are
//! all counted. Cases run interleaved, round by round, so machine noise falls
//! on all of them alike; the report gives medians and each case's ratio to the
//! baseline (`wgll --version`, the cost of starting the process at all)
//! measured in the same run.
//!
//! `cargo bench --bench cli [-- FILTER]`; `WGLL_BENCH_ROUNDS` sets the number
//! of samples per case (default 40). `WGLL_BENCH_PREVIOUS=/path/to/wgll`
//! adds each check case run by that binary (a previous release, built from
//! its tag) beside this one, each on its own checkout's example, with the
//! ratio of the two medians.

#![expect(
    clippy::print_stdout,
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark reports on stdout and stops at the first broken case"
)]

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// One command to time.
struct Case {
    name: String,
    /// The binary: this build's, or a previous release's.
    binary: PathBuf,
    args: Vec<OsString>,
    /// The exit status a correct run gives; anything else stops the bench.
    expect_code: i32,
}

fn case(name: &str, args: &[&dyn AsRef<std::ffi::OsStr>], expect_code: i32) -> Case {
    Case {
        name: name.to_string(),
        binary: PathBuf::from(env!("CARGO_BIN_EXE_wgll")),
        args: args.iter().map(|a| a.as_ref().to_os_string()).collect(),
        expect_code,
    }
}

fn run_once(case: &Case) -> Duration {
    let start = Instant::now();
    let status = Command::new(&case.binary)
        .args(&case.args)
        .env("NO_COLOR", "1")
        // As users run it: RUST_BACKTRACE (often set by developers and CI)
        // makes regorus's parser capture a backtrace each time it backtracks,
        // about 6 ms on the library; BENCHMARKS.md notes it.
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("wgll starts");
    let elapsed = start.elapsed();
    assert_eq!(
        status.code(),
        Some(case.expect_code),
        "case `{}` exited with {status}",
        case.name
    );
    elapsed
}

/// The value at quantile `q` of sorted samples (nearest rank).
fn quantile(sorted: &[Duration], q: f64) -> Duration {
    let rank = ((sorted.len() as f64 - 1.0) * q).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// A git repository holding the example, committed, for the index and
/// commit read modes. Built with the git CLI, as a team's clone would be.
fn example_git_repo(example: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(example, dir.path());
    let git = |args: &[&str]| {
        let ok = Command::new("git")
            .args(args)
            .current_dir(dir.path())
            .env("GIT_AUTHOR_NAME", "bench")
            .env("GIT_AUTHOR_EMAIL", "bench@example.org")
            .env("GIT_COMMITTER_NAME", "bench")
            .env("GIT_COMMITTER_EMAIL", "bench@example.org")
            .stdout(Stdio::null())
            .status()
            .unwrap()
            .success();
        assert!(ok, "git {args:?}");
    };
    git(&["init", "-q", "-b", "main"]);
    git(&["add", "-A"]);
    git(&["commit", "-q", "-m", "example"]);
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn main() {
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let rounds: usize = std::env::var("WGLL_BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(40);

    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let example = root.join("examples/patient-portal");
    let repo = example_git_repo(&example);
    let today: &dyn AsRef<std::ffi::OsStr> = &"--today";
    let date: &dyn AsRef<std::ffi::OsStr> = &"2026-11-23";

    let cases = vec![
        case("baseline: wgll --version", &[&"--version"], 0),
        case(
            "check example (working tree)",
            &[&"check", today, date, &example],
            0,
        ),
        case(
            "check example --staged (pre-commit)",
            &[&"check", &"--staged", today, date, &repo.path()],
            0,
        ),
        case(
            "check example --rev HEAD",
            &[&"check", &"--rev", &"HEAD", today, date, &repo.path()],
            0,
        ),
        case(
            "check example --format json",
            &[&"check", &"--format", &"json", today, date, &example],
            0,
        ),
    ];
    let mut cases: Vec<Case> = cases
        .into_iter()
        .enumerate()
        .filter(|(i, c)| {
            *i == 0 || filter.is_empty() || filter.iter().any(|f| c.name.contains(f.as_str()))
        })
        .map(|(_, c)| c)
        .collect();
    // The previous release checks its own example (the one it passes), so
    // the pair compares the same work as each release defines it.
    let previous = std::env::var_os("WGLL_BENCH_PREVIOUS").map(PathBuf::from);
    let mut pairs = Vec::new();
    if let Some(binary) = &previous {
        let checkout = binary
            .ancestors()
            .find(|p| p.join("examples/patient-portal").is_dir())
            .expect("the previous binary lies inside its checkout");
        let example = checkout.join("examples/patient-portal");
        let checks: Vec<usize> = (1..cases.len()).collect();
        for i in checks {
            let mut args = cases[i].args.clone();
            for arg in &mut args {
                if Path::new(arg) == root.join("examples/patient-portal") {
                    *arg = example.clone().into_os_string();
                }
            }
            // The git cases read a copy of this checkout's example; the
            // previous release reads a copy of its own.
            if args.iter().any(|a| Path::new(a) == repo.path()) {
                continue;
            }
            pairs.push((i, cases.len()));
            cases.push(Case {
                name: format!("previous: {}", cases[i].name),
                binary: binary.clone(),
                args,
                expect_code: cases[i].expect_code,
            });
        }
    }

    // Warm the page cache and the binary before measuring.
    for case in &cases {
        for _ in 0..3 {
            run_once(case);
        }
    }
    let mut samples: Vec<Vec<Duration>> = vec![Vec::with_capacity(rounds); cases.len()];
    for _ in 0..rounds {
        for (case, out) in cases.iter().zip(&mut samples) {
            out.push(run_once(case));
        }
    }
    for s in &mut samples {
        s.sort();
    }

    let baseline = quantile(&samples[0], 0.5);
    println!("{rounds} cold runs per case, interleaved; times in ms\n");
    println!("| case | median | p10 | p90 | median / baseline |");
    println!("|---|---:|---:|---:|---:|");
    for (case, s) in cases.iter().zip(&samples) {
        let median = quantile(s, 0.5);
        println!(
            "| {} | {:.1} | {:.1} | {:.1} | {:.2} |",
            case.name,
            ms(median),
            ms(quantile(s, 0.1)),
            ms(quantile(s, 0.9)),
            median.as_secs_f64() / baseline.as_secs_f64(),
        );
    }
    if !pairs.is_empty() {
        println!("\n| case | this / previous release |");
        println!("|---|---:|");
        for (now, before) in pairs {
            let ratio = quantile(&samples[now], 0.5).as_secs_f64()
                / quantile(&samples[before], 0.5).as_secs_f64();
            println!("| {} | {ratio:.2} |", cases[now].name);
        }
    }
}
