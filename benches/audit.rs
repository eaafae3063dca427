//! `wgll audit --rev HEAD` over generated portfolios of 250, 500 and 1,000
//! bare repositories (each with history, 5-30 ADRs and a few hundred
//! files): wall time (median of the runs) and peak memory, and how time
//! grows with the number of repositories. The portfolio is generated once
//! under `target/bench-portfolio/` and reused.
//!
//! `cargo bench --bench audit`; `WGLL_BENCH_ROUNDS` sets runs per size (default 3);
//! `WGLL_BENCH_PACKED=1` audits packed clones of the same repositories
//! (made once under `target/bench-portfolio/packed/`) instead.
//!
//! With `WGLL_BASELINE=/path/to/previous/wgll`, it instead times the 1,000
//! repositories three ways, interleaved round by round so machine noise
//! falls on all alike: the previous build, this build in worker processes
//! (the default) and this build `--in-process`; medians and ratios.
//!
//! With `WGLL_BENCH_HTML=1`, it instead audits the 1,000 repositories once
//! (in this process) and times writing the HTML report of them, alone and
//! with a baseline (trend arrows in every cell): median of the rounds
//! (default 5 here) and the page's size. Target: under 2 s and 10 MB.

#![expect(
    clippy::print_stdout,
    clippy::unwrap_used,
    reason = "a benchmark reports on stdout and stops at the first broken case"
)]

#[path = "support/portfolio.rs"]
mod portfolio;

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// One run: wall time and peak resident memory (KiB, from GNU time).
fn run(list: &std::path::Path) -> (Duration, u64) {
    run_with(std::path::Path::new(env!("CARGO_BIN_EXE_wgll")), &[], list)
}

/// One run of `program` with `extra` arguments.
fn run_with(program: &std::path::Path, extra: &[&str], list: &std::path::Path) -> (Duration, u64) {
    let start = Instant::now();
    let out = Command::new("/usr/bin/time")
        .args(["-f", "%M"])
        .arg(program)
        .args([
            "audit",
            "--rev",
            "HEAD",
            "--today",
            "2026-11-23",
            "--format",
            "json",
            "--output",
            "/dev/null",
        ])
        .args(extra)
        .arg("--from")
        .arg(list)
        .stdout(Stdio::null())
        .output()
        .unwrap();
    let elapsed = start.elapsed();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "audit failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    let kib = stderr
        .lines()
        .last()
        .and_then(|l| l.trim().parse().ok())
        .unwrap_or(0);
    (elapsed, kib)
}

fn main() {
    let rounds: usize = std::env::var("WGLL_BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-portfolio");
    let t = Instant::now();
    let mut repos = portfolio::portfolio(&root.join("repos"), 1000);
    if std::env::var_os("WGLL_BENCH_PACKED").is_some() {
        repos = packed(&repos, &root.join("packed"));
    }
    println!(
        "portfolio of {} repositories ready in {:.1} s",
        repos.len(),
        t.elapsed().as_secs_f64()
    );

    if std::env::var_os("WGLL_BENCH_HTML").is_some() {
        html(&repos, &root);
        return;
    }
    if let Some(baseline) = std::env::var_os("WGLL_BASELINE") {
        compare(&PathBuf::from(baseline), &repos, &root, rounds);
        return;
    }
    println!("\n| repositories | median s | peak MiB | s per 1,000 repositories |");
    println!("|---:|---:|---:|---:|");
    for n in [250, 500, 1000] {
        let list = root.join(format!("list-{n}.txt"));
        let text: String = repos[..n]
            .iter()
            .map(|p| format!("{}\n", p.display()))
            .collect();
        std::fs::write(&list, text).unwrap();
        let mut times = Vec::new();
        let mut peak = 0;
        for _ in 0..rounds {
            let (d, kib) = run(&list);
            times.push(d);
            peak = peak.max(kib);
        }
        times.sort();
        let median = times[times.len() / 2].as_secs_f64();
        println!(
            "| {n} | {median:.2} | {:.0} | {:.2} |",
            peak as f64 / 1024.0,
            median * 1000.0 / n as f64
        );
    }
}

/// Each repository cloned with `git clone --mirror --no-local`, so its
/// objects are in one pack, as in any clone; the generated ones hold every
/// object loose (about 440 files each), which wgll checks one by one before
/// libgit2 reads them (`src/collect/objects.rs`): the worst case.
fn packed(repos: &[PathBuf], dir: &std::path::Path) -> Vec<PathBuf> {
    std::fs::create_dir_all(dir).unwrap();
    repos
        .iter()
        .map(|repo| {
            let to = dir.join(repo.file_name().unwrap());
            if !to.join("HEAD").exists() {
                let status = Command::new("git")
                    .args(["clone", "-q", "--mirror", "--no-local"])
                    .arg(repo)
                    .arg(&to)
                    .status()
                    .unwrap();
                assert!(status.success(), "cloning {}", repo.display());
            }
            to
        })
        .collect()
}

/// The previous build against this one, with and without worker processes,
/// over 1,000 repositories.
fn compare(baseline: &std::path::Path, repos: &[PathBuf], root: &std::path::Path, rounds: usize) {
    let list = root.join("list-1000.txt");
    let text: String = repos.iter().map(|p| format!("{}\n", p.display())).collect();
    std::fs::write(&list, text).unwrap();
    let this = PathBuf::from(env!("CARGO_BIN_EXE_wgll"));
    let ways: [(&str, &std::path::Path, &[&str]); 3] = [
        ("previous build (threads)", baseline, &[]),
        ("this build, worker processes", &this, &[]),
        ("this build, --in-process", &this, &["--in-process"]),
    ];
    let mut times: Vec<Vec<Duration>> = vec![Vec::new(); ways.len()];
    let mut peaks = vec![0u64; ways.len()];
    for _ in 0..rounds {
        for (i, (_, program, extra)) in ways.iter().enumerate() {
            let (d, kib) = run_with(program, extra, &list);
            times[i].push(d);
            peaks[i] = peaks[i].max(kib);
        }
    }
    let medians: Vec<f64> = times
        .iter_mut()
        .map(|t| {
            t.sort();
            t[t.len() / 2].as_secs_f64()
        })
        .collect();
    println!("\n1,000 repositories, {rounds} interleaved rounds");
    println!("| build | median s | peak MiB (parent) | against the previous build |");
    println!("|---|---:|---:|---:|");
    for (i, (name, _, _)) in ways.iter().enumerate() {
        println!(
            "| {name} | {:.2} | {:.0} | {:.2}x |",
            medians[i],
            peaks[i] as f64 / 1024.0,
            medians[i] / medians[0]
        );
    }
    println!(
        "worker processes against --in-process: {:.2}x",
        medians[1] / medians[2]
    );
}

/// The HTML report of 1,000 repositories: the time to render and write it.
fn html(repos: &[PathBuf], root: &std::path::Path) {
    use wgll::report::audit::{AuditFormat, AuditReport, render};
    let rounds: usize = std::env::var("WGLL_BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5);
    let policies = wgll::commands::load_policies(&[], false).unwrap();
    let options = wgll::audit::AuditOptions {
        rev: Some("HEAD".into()),
        today: "2026-11-23".parse().unwrap(),
        org_config: None,
        local_config: false,
        jobs: 0,
        isolation: None,
        config_digest: None,
    };
    let t = Instant::now();
    let audit = wgll::audit::run(repos, &policies, &options, &|| ());
    println!(
        "audited {} repositories in {:.1} s ({} findings)",
        audit.repositories.len(),
        t.elapsed().as_secs_f64(),
        audit
            .repositories
            .iter()
            .map(|r| r.findings.len())
            .sum::<usize>()
    );
    let json = render(
        &AuditReport {
            audit: &audit,
            baseline: None,
        },
        AuditFormat::Json,
    );
    let baseline = wgll::audit::baseline::Baseline::parse("baseline.json", &json).unwrap();
    let page = root.join("audit-1000.html");
    println!("\n| HTML report of 1,000 repositories | median ms | min ms | max ms | MB |");
    println!("|---|---:|---:|---:|---:|");
    for (name, baseline) in [("alone", None), ("with --baseline", Some(&baseline))] {
        let report = AuditReport {
            audit: &audit,
            baseline,
        };
        let mut times = Vec::new();
        let mut size = 0;
        for _ in 0..rounds {
            let start = Instant::now();
            let text = render(&report, AuditFormat::Html);
            std::fs::write(&page, &text).unwrap();
            times.push(start.elapsed());
            size = text.len();
        }
        times.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        println!(
            "| {name} | {:.0} | {:.0} | {:.0} | {:.2} |",
            ms(times[times.len() / 2]),
            ms(times[0]),
            ms(times[times.len() - 1]),
            size as f64 / 1e6
        );
    }
}
