//! Per-repository policy evaluation, in process: the bundled library over
//! the input documents of real-shaped repositories (the example, the
//! problem fixture, the ADR shapes and 50 generated portfolio repositories).
//! The input documents are also written to `target/eval-inputs/` so the
//! same evaluation can be timed under OPA v1 (`scripts/opa/compare.py`) and
//! the two compared in one run.
//!
//! It then lists the packages that cost most, each evaluated alone.
//!
//! `cargo bench --bench eval`; `WGLL_BENCH_ROUNDS` sets rounds (default 20);
//! `WGLL_PROFILE_INPUT=doc.json` profiles one input document instead.

#![expect(
    clippy::print_stdout,
    clippy::unwrap_used,
    reason = "a benchmark reports on stdout and stops at the first broken case"
)]

#[path = "support/portfolio.rs"]
mod portfolio;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use wgll::collect::{Opened, ReadMode};
use wgll::commands::load_policies;
use wgll::date::Date;

fn input(path: &Path, rev: Option<&str>) -> serde_json::Value {
    let mode = rev.map_or(ReadMode::WorkTree, |r| ReadMode::Rev(r.into()));
    let opened = Opened::open(path, &mode).unwrap();
    let options = wgll::pipeline::Options::new(Date::new(2026, 11, 23).unwrap());
    let read = wgll::pipeline::read(&opened, &options, false).unwrap();
    serde_json::to_value(read.collected.input).unwrap()
}

fn main() {
    let rounds: usize = std::env::var("WGLL_BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut inputs = vec![
        input(&root.join("examples/patient-portal"), None),
        input(&root.join("fixtures/repos/problems"), None),
        input(&root.join("fixtures/repos/adr-shapes"), None),
    ];
    let portfolio = portfolio::portfolio(&root.join("target/bench-portfolio/eval"), 50);
    inputs.extend(portfolio.iter().map(|p| input(p, Some("HEAD"))));

    let out = root.join("target/eval-inputs");
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).unwrap();
    for (i, doc) in inputs.iter().enumerate() {
        std::fs::write(
            out.join(format!("{i:03}.json")),
            serde_json::to_string(doc).unwrap(),
        )
        .unwrap();
    }

    let policies = load_policies(&[], false).unwrap();
    // One input document's costliest packages (`wgll input > doc.json`),
    // for finding which rule makes an unusual repository slow.
    if let Some(path) = std::env::var_os("WGLL_PROFILE_INPUT") {
        let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
        println!("| slowest packages on this input, each alone | ms |");
        println!("|---|---:|");
        for (package, took) in policies.profile(&doc).iter().take(12) {
            println!("| {package} | {:.1} |", took.as_secs_f64() * 1000.0);
        }
        return;
    }
    let mut per_input: Vec<Duration> = Vec::new();
    let mut findings = 0;
    for round in 0..=rounds {
        for doc in &inputs {
            let t = Instant::now();
            let found = policies.evaluate(doc).unwrap();
            // Round 0 warms up.
            if round > 0 {
                per_input.push(t.elapsed());
            } else {
                findings += found.len();
            }
        }
    }
    per_input.sort();
    let q = |f: f64| per_input[((per_input.len() - 1) as f64 * f) as usize].as_secs_f64() * 1e6;
    println!(
        "{} input documents, {} rules, {findings} findings; {rounds} rounds\n",
        inputs.len(),
        policies.catalogue().len()
    );
    println!("| engine | median us per repository | p10 | p90 |");
    println!("|---|---:|---:|---:|");
    println!(
        "| regorus (wgll, in process) | {:.0} | {:.0} | {:.0} |",
        q(0.5),
        q(0.1),
        q(0.9)
    );
    println!("\ninputs written to {}", out.display());

    // Which packages cost most: each alone over every input, summed (a
    // package's shared helpers count in its own time).
    let mut total: std::collections::BTreeMap<String, Duration> = Default::default();
    for doc in &inputs {
        for (package, took) in policies.profile(doc) {
            *total.entry(package).or_default() += took;
        }
    }
    let mut total: Vec<_> = total.into_iter().collect();
    total.sort_by_key(|t| std::cmp::Reverse(t.1));
    println!("\n| slowest packages, each alone | us per repository |");
    println!("|---|---:|");
    for (package, took) in total.iter().take(12) {
        println!(
            "| {package} | {:.0} |",
            took.as_secs_f64() * 1e6 / inputs.len() as f64
        );
    }
}
