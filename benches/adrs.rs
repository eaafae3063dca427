//! Reading decision records: 1,000 ADRs in the shapes teams write, read from
//! a working tree by the collector (in process) and by `wgll adrs` (a cold
//! process). The baseline, measured in the same run, is reading the same
//! files' bytes with `std::fs::read`: the cost no parser can avoid.
//!
//! The second table is the cost of finding ADR folders by what they hold:
//! each case beside the same repository with `.adr-dir` naming the folder,
//! which skips the search, interleaved in one run: the 1,000 records in
//! `docs/adr`, the same records in a static site's collection (found only by
//! their content), and a cold `wgll check` of the example.
//!
//! `cargo bench --bench adrs`; `WGLL_BENCH_ROUNDS` sets the samples (default 30).

#![expect(
    clippy::print_stdout,
    clippy::unwrap_used,
    reason = "a benchmark reports on stdout and stops at the first broken case"
)]

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use wgll::collect::{Opened, ReadMode};
use wgll::date::Date;
use wgll::pipeline::{self, Options};

const RECORDS: u32 = 1000;

/// One record in one of six shapes, about 1.5 KB like a real one.
fn record(n: u32) -> (String, String) {
    let body = "## Context\n\nThe service needs a decision here; the options were weighed \
                against cost, risk and the skills of the team.\n\n## Decision\n\nWe will do \
                the simplest thing that meets the need, and review it in a year.\n\n\
                ## Consequences\n\nSome work moves to the platform team. Costs fall.\n\n"
        .repeat(3);
    let link = if n > 1 {
        format!("Supersedes [{}. Earlier](x.md)\n\n", n - 1)
    } else {
        String::new()
    };
    match n % 6 {
        0 => (
            format!("{n:04}-nygard.md"),
            format!(
                "# {n}. Decision {n}\n\nDate: 2025-01-02\n\n## Status\n\nAccepted\n\n{link}{body}"
            ),
        ),
        1 => (
            format!("{n:04}-madr.md"),
            format!(
                "---\nstatus: accepted\ndate: 2025-01-02\ndeciders: [A, B]\n---\n# Decision {n}\n\n{body}"
            ),
        ),
        2 => (
            format!("{n:04}-bullets.md"),
            format!("# Decision {n}\n\n* Status: proposed\n* Date: 2025-01-02\n\n{body}"),
        ),
        3 => (
            format!("ADR-{n:04}_Nhs.md"),
            format!(
                "# ADR-{n:04}: Decision {n}\n\n> | | |\n> |---|---|\n> | Date | `02/01/2025` |\n> | Status | `Accepted` |\n\n---\n\n{body}## Tags\n\n`#hosting` `#security`\n"
            ),
        ),
        4 => (
            format!("{n:04}-bold.md"),
            format!(
                "# ADR {n}: Decision {n}\n\n**Status:** Rejected (see 3)\n\n**Date:** 02/01/25\n\n{body}"
            ),
        ),
        _ => (
            format!("{n:04}-list.md"),
            format!(
                "# {n}. Decision {n}\n\nDate: 02/01/2025\n\n## Status\n\n- ✅ Accepted\n\n{link}{body}"
            ),
        ),
    }
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn read_all_bytes(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| std::fs::read(e.unwrap().path()).unwrap().len())
        .sum()
}

/// Writes the 1,000 records into `folder` under `root`, and `.adr-dir`
/// naming it when `named`.
fn write_records(root: &Path, folder: &str, named: bool) {
    let dir = root.join(folder);
    std::fs::create_dir_all(&dir).unwrap();
    for n in 1..=RECORDS {
        let (name, text) = record(n);
        std::fs::write(dir.join(name), text).unwrap();
    }
    if named {
        std::fs::write(root.join(".adr-dir"), format!("{folder}\n")).unwrap();
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// Medians of each pair (searched, named), interleaved round by round.
fn discovery_cost(rounds: usize, options: &Options) {
    let trees: Vec<tempfile::TempDir> = (0..6).map(|_| tempfile::tempdir().unwrap()).collect();
    write_records(trees[0].path(), "docs/adr", false);
    write_records(trees[1].path(), "docs/adr", true);
    write_records(trees[2].path(), "docs/collections/_adrs", false);
    write_records(trees[3].path(), "docs/collections/_adrs", true);
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/patient-portal");
    copy_dir(&example, trees[4].path());
    copy_dir(&example, trees[5].path());
    std::fs::write(trees[5].path().join(".adr-dir"), "docs/adr\n").unwrap();

    let collect = |root: &Path| {
        let opened = Opened::open(root, &ReadMode::WorkTree).unwrap();
        let read = pipeline::read(&opened, options, true).unwrap().collected;
        read.input.adrs.len()
    };
    for pair in [0, 2] {
        assert_eq!(collect(trees[pair].path()), RECORDS as usize);
        assert_eq!(collect(trees[pair + 1].path()), RECORDS as usize);
    }
    let check = |root: &Path| {
        let code = Command::new(env!("CARGO_BIN_EXE_wgll"))
            .args(["check", "--today", "2026-11-23", "--format", "json"])
            .arg(root)
            .env("NO_COLOR", "1")
            .env_remove("RUST_BACKTRACE")
            .stdout(Stdio::null())
            .status()
            .unwrap()
            .code();
        assert!(matches!(code, Some(0 | 1)), "the check runs: {code:?}");
    };
    let mut samples: Vec<Vec<Duration>> = vec![Vec::new(); 6];
    for _ in 0..rounds {
        for (i, tree) in trees.iter().enumerate() {
            let t = Instant::now();
            if i < 4 {
                assert_eq!(collect(tree.path()), RECORDS as usize);
            } else {
                check(tree.path());
            }
            samples[i].push(t.elapsed());
        }
    }
    let medians: Vec<Duration> = samples.into_iter().map(median).collect();
    println!("\nFinding ADR folders by content, {rounds} interleaved rounds, medians in ms\n");
    println!("| case | searched | named in .adr-dir | searched / named |");
    println!("|---|---:|---:|---:|");
    for (name, i) in [
        ("collect 1,000 ADRs in docs/adr", 0),
        ("collect 1,000 ADRs in docs/collections/_adrs", 2),
        ("wgll check of the example (cold process)", 4),
    ] {
        println!(
            "| {name} | {:.1} | {:.1} | {:.2} |",
            ms(medians[i]),
            ms(medians[i + 1]),
            medians[i].as_secs_f64() / medians[i + 1].as_secs_f64()
        );
    }
}

fn main() {
    let rounds: usize = std::env::var("WGLL_BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(30);
    let repo = tempfile::tempdir().unwrap();
    let adr_dir = repo.path().join("docs/adr");
    std::fs::create_dir_all(&adr_dir).unwrap();
    for n in 1..=RECORDS {
        let (name, text) = record(n);
        std::fs::write(adr_dir.join(name), text).unwrap();
    }
    let options = Options::new(Date::new(2026, 11, 23).unwrap());
    // What `wgll adrs` does: open the tree, read settings and decision records.
    let collect = |options: &Options| {
        let opened = Opened::open(repo.path(), &ReadMode::WorkTree).unwrap();
        pipeline::read(&opened, options, true).map(|r| r.collected)
    };
    let read = collect(&options).unwrap();
    assert_eq!(read.input.adrs.len(), RECORDS as usize);
    assert!(
        read.input
            .adrs
            .iter()
            .all(|a| a.status.is_some() && a.date.is_some())
    );

    let (mut base, mut inproc, mut cli) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..rounds {
        let t = Instant::now();
        assert!(read_all_bytes(&adr_dir) > 0);
        base.push(t.elapsed());

        let t = Instant::now();
        let c = collect(&options).unwrap();
        inproc.push(t.elapsed());
        assert_eq!(c.input.adrs.len(), RECORDS as usize);

        let t = Instant::now();
        let ok = Command::new(env!("CARGO_BIN_EXE_wgll"))
            .args(["adrs", "--format", "json"])
            .arg(repo.path())
            .stdout(Stdio::null())
            .status()
            .unwrap()
            .success();
        cli.push(t.elapsed());
        assert!(ok);
    }
    let base = median(base);
    println!("{RECORDS} ADRs in six shapes, {rounds} rounds, medians in ms\n");
    println!("| case | median | median / baseline |");
    println!("|---|---:|---:|");
    for (name, d) in [
        ("baseline: std::fs::read of every file", base),
        ("collect (in process, working tree)", median(inproc)),
        ("wgll adrs --format json (cold process)", median(cli)),
    ] {
        println!(
            "| {name} | {:.1} | {:.1} |",
            ms(d),
            d.as_secs_f64() / base.as_secs_f64()
        );
    }
    discovery_cost(rounds, &options);
}
