//! The audit's HTML page in a real browser: headless Chromium (Debian's
//! `chromium` package, which `.ci/run` installs) renders it from a file
//! with the network off, and the screenshot must show the heat map: red
//! and green cells, not a blank or broken page.
//!
//! Ignored by default (it needs Chromium); `.ci/run` runs it with
//! `cargo test --test audit_html -- --ignored`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;
#[path = "../benches/support/portfolio.rs"]
mod portfolio;

use std::process::Command;

use common::{TODAY, commit_all, copy_dir, git_init, root, stderr_of, wgll};

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

    let page = dir.path().join("audit.html");
    let out = wgll()
        .args([
            "audit", "--rev", "HEAD", "--today", TODAY, "--format", "html", "--output",
        ])
        .arg(&page)
        .arg(&estate)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));

    let shot = std::env::var_os("WGLL_SCREENSHOT")
        .map_or_else(|| dir.path().join("audit.png"), std::path::PathBuf::from);
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
    for px in buf[..info.buffer_size()].chunks(channels) {
        let (r, g, b) = (i32::from(px[0]), i32::from(px[1]), i32::from(px[2]));
        if g > r + 60 && g > b + 30 {
            green += 1;
        } else if r > g + 60 && r > b + 60 {
            red += 1;
        } else if r > 240 && g > 240 && b > 240 {
            white += 1;
        }
    }
    let total = (info.width * info.height) as usize;
    assert!(
        green > 2_000,
        "no green heat-map cells drawn ({green} pixels)"
    );
    assert!(red > 500, "no red or amber cells drawn ({red} pixels)");
    assert!(white < total * 9 / 10, "the page is mostly blank");
}
