//! The audit's HTML page in a real browser: headless Chromium (Debian's
//! `chromium` package, which `.ci/run` installs) renders it from a file
//! with the network off, and the screenshot must show the heat map: its
//! band colours, not a blank or broken page.
//!
//! Ignored by default (it needs Chromium); `scripts/ci/audit-page.sh`
//! runs it with `WGLL_AUDIT_PAGE_DIR` set, keeps the page and the audit's
//! JSON there, and goes on to check them with axe-core and in print.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;
#[path = "../benches/support/portfolio.rs"]
mod portfolio;

use std::process::Command;

use common::{TODAY, commit_all, copy_dir, git_init, root, stderr_of, wgll, write};

#[test]
#[ignore = "needs Debian's chromium; .ci/run installs it and runs this"]
fn the_audit_page_renders_a_heat_map_in_chromium() {
    let dir = tempfile::tempdir().unwrap();
    let estate = dir.path().join("estate");
    for i in 1..=6 {
        portfolio::repository(&estate.join(format!("service-{i}.git")), i);
    }
    let example = estate.join("patient-portal");
    copy_dir(&root().join("examples/patient-portal"), &example);
    commit_all(&git_init(&example), "example", 1_780_000_000);
    // A repository with no manifest, and one whose manifest claims what it
    // does not do: not assessed cells and open errors on the page.
    write(
        &estate.join("no-manifest"),
        "README.md",
        "# A service with no `wgll.yaml`\n",
    );
    commit_all(
        &git_init(&estate.join("no-manifest")),
        "readme",
        1_780_000_000,
    );
    let problems = estate.join("problems");
    copy_dir(&root().join("fixtures/repos/problems"), &problems);
    commit_all(&git_init(&problems), "problems", 1_780_000_000);

    let keep = std::env::var_os("WGLL_AUDIT_PAGE_DIR").map(std::path::PathBuf::from);
    let out_dir = keep.unwrap_or_else(|| dir.path().to_path_buf());
    std::fs::create_dir_all(&out_dir).unwrap();
    let page = out_dir.join("audit.html");
    for (format, file) in [("html", &page), ("json", &out_dir.join("audit.json"))] {
        let out = wgll()
            .args([
                "audit", "--rev", "HEAD", "--today", TODAY, "--format", format, "--output",
            ])
            .arg(file)
            .arg(&estate)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    }

    let shot = std::env::var_os("WGLL_SCREENSHOT")
        .map_or_else(|| out_dir.join("chromium.png"), std::path::PathBuf::from);
    let status = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--window-size=1400,1000",
        ])
        .arg(format!(
            "--user-data-dir={}",
            dir.path().join("profile").display()
        ))
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs (apt-get install chromium)");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );

    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&shot).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert_eq!((info.width, info.height), (1400, 1000));
    let channels = info.line_size / info.width as usize;
    let (mut green, mut red, mut white) = (0, 0, 0);
    let near = |px: &[u8], rgb: [u8; 3]| px.iter().zip(rgb).all(|(a, b)| a.abs_diff(b) < 6);
    for px in buf[..info.buffer_size()].chunks(channels) {
        // The band colours of html.css: met and not met.
        if near(px, [0xcc, 0xe8, 0xd4]) {
            green += 1;
        } else if near(px, [0xf7, 0xd0, 0xcc]) {
            red += 1;
        } else if px[..3].iter().all(|c| *c > 250) {
            white += 1;
        }
    }
    let total = (info.width * info.height) as usize;
    assert!(green > 2_000, "no met cells drawn ({green} pixels)");
    assert!(red > 500, "no not-met cells drawn ({red} pixels)");
    assert!(white < total * 9 / 10, "the page is mostly blank");
}
