//! `wgll audit --rev HEAD` over generated portfolios of 250, 500 and 1,000
//! bare repositories (each with history, 5-30 ADRs and a few hundred
//! files): wall time (median of the runs) and peak memory, and how time
//! grows with the number of repositories. The portfolio is generated once
//! under `target/bench-portfolio/` and reused.
//!
//! `cargo bench --bench audit`; `WGLL_BENCH_ROUNDS` sets runs per size (default 3).

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
    let start = Instant::now();
    let out = Command::new("/usr/bin/time")
        .args(["-f", "%M"])
        .arg(env!("CARGO_BIN_EXE_wgll"))
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
            "--from",
        ])
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
    let repos = portfolio::portfolio(&root.join("repos"), 1000);
    println!(
        "portfolio of {} repositories ready in {:.1} s",
        repos.len(),
        t.elapsed().as_secs_f64()
    );

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
