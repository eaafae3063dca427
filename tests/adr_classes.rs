//! `wgll adrs` on the shapes of decision record teams write beyond the
//! textbook ones, one fixture each under `fixtures/repos/adr-classes/`,
//! each read as a careful reviewer would, as a snapshot of the JSON (the
//! same objects as `input.adrs`).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{copy_to_temp, fixture, wgll};
use serde_json::Value;

/// `wgll adrs --format json` on a class's fixture, copied out of this
/// repository so that no git history of ours is read.
fn read_class(class: &str) -> Value {
    let dir = copy_to_temp(&fixture(&format!("repos/adr-classes/{class}")));
    let out = wgll()
        .args(["adrs", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr_of(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn field<'a>(json: &'a Value, file_end: &str, key: &str) -> &'a Value {
    let adr = json
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["file"].as_str().unwrap().ends_with(file_end))
        .unwrap_or_else(|| panic!("{file_end} not read"));
    &adr[key]
}

#[test]
fn folders_are_found_by_the_records_they_hold() {
    let json = read_class("discovery");
    let files: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["file"].as_str().unwrap())
        .collect();
    assert_eq!(
        files,
        [
            "_decisions/0001-one-pager-rota.md",
            "docs/collections/_adrs/0001-publish-records-with-the-site.md",
            "_decisions/0002-page-by-app.md",
            "docs/collections/_adrs/0002-one-record-per-decision.md",
            "_decisions/0003-page-through-incident-tool.md",
        ],
        "no runbook, index, form or page of front matter alone"
    );
    insta::assert_json_snapshot!("discovery_json", json);
}

#[test]
fn a_badge_shows_the_status_only_when_it_names_one() {
    let json = read_class("badges");
    assert_eq!(
        field(&json, "0001-use-shields-badges.md", "status"),
        "accepted"
    );
    assert_eq!(field(&json, "0002-badgen-badge.md", "status"), "superseded");
    assert_eq!(field(&json, "0003-hosted-search.md", "status"), "proposed");
    assert_eq!(
        field(&json, "0004-badge-naming-nothing.md", "status"),
        &Value::Null
    );
    assert_eq!(
        field(&json, "0005-alt-text-names-it.md", "status"),
        "deprecated"
    );
    insta::assert_json_snapshot!("badges_json", json);
}

#[test]
fn decision_dates_are_read_under_their_other_names() {
    let json = read_class("dates");
    assert_eq!(
        field(&json, "0001-keep-appointment-slots-in-one-store.md", "date"),
        "2025-02-03"
    );
    assert_eq!(
        field(&json, "0002-send-reminders-by-sms.md", "date"),
        "2025-03-17"
    );
    assert_eq!(
        field(&json, "0003-retire-the-pager-gateway.md", "date"),
        "2025-04-30"
    );
    assert_eq!(
        field(&json, "0004-archive-paper-referrals.md", "date"),
        "2025-06-11"
    );
    insta::assert_json_snapshot!("dates_json", json);
}

#[test]
fn supersession_stated_in_the_body_is_read_when_it_names_a_record() {
    let json = read_class("body-links");
    assert_eq!(
        field(&json, "0031-postcode-ranges.md", "superseded_by"),
        &serde_json::json!([33])
    );
    assert_eq!(
        field(&json, "0032-hub-opening-hours.md", "superseded_by"),
        &serde_json::json!([])
    );
    assert_eq!(
        field(
            &json,
            "0033-national-postcode-table.md",
            "supersedes_in_part"
        ),
        &serde_json::json!([31])
    );
    assert_eq!(
        field(&json, "0033-national-postcode-table.md", "supersedes"),
        &serde_json::json!([])
    );
    assert_eq!(
        field(&json, "0034-route-by-table.md", "supersedes_in_part"),
        &serde_json::json!([32])
    );
    assert_eq!(
        field(&json, "0034-route-by-table.md", "supersedes"),
        &serde_json::json!([30])
    );
    insta::assert_json_snapshot!("body_links_json", json);
}

#[test]
fn titles_come_from_front_matter_unless_only_an_id_and_number_zero_is_a_record() {
    let json = read_class("titles");
    assert_eq!(
        field(&json, "0000-use-markdown-any-decision-records.md", "number"),
        0
    );
    assert_eq!(
        field(&json, "0001-one-domain.md", "title"),
        "Serve the patient app from one domain"
    );
    assert_eq!(
        field(&json, "0002-nightly-practice-cache.md", "title"),
        "Cache GP practice data nightly"
    );
    assert_eq!(
        field(&json, "0003-traces.md", "title"),
        "Use OpenTelemetry for traces"
    );
    assert_eq!(field(&json, "0004-id-only.md", "title"), "ADR-0004");
    insta::assert_json_snapshot!("titles_json", json);
}

#[test]
fn undecided_statuses_are_read_as_written() {
    let json = read_class("undecided");
    let statuses: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        statuses,
        [
            "rfc",
            "pending",
            "in discussion",
            "draft",
            "under review",
            "rfc",
            "accepted"
        ]
    );
    insta::assert_json_snapshot!("undecided_json", json);
}

#[test]
fn review_is_the_date_written_and_the_founding_record_needs_none() {
    let json = read_class("review");
    assert_eq!(
        field(&json, "0006-reviewed-recently.md", "reviewed"),
        "2026-03-02"
    );
    assert_eq!(
        field(&json, "0007-review-overdue.md", "reviewed"),
        "2022-05-02"
    );
    insta::assert_json_snapshot!("review_json", json);

    let dir = copy_to_temp(&fixture("repos/adr-classes/review"));
    let check = |format: &str| {
        wgll()
            .args(["check", "--today", common::TODAY, "--format", format])
            .arg(dir.path())
            .output()
            .unwrap()
    };
    let out: Value = serde_json::from_slice(&check("json").stdout).unwrap();
    let reviews: Vec<&str> = out["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "ADR-09")
        .map(|f| f["file"].as_str().unwrap())
        .collect();
    assert_eq!(
        reviews,
        [
            "docs/adr/0002-decision-2.md",
            "docs/adr/0003-decision-3.md",
            "docs/adr/0004-decision-4.md",
            "docs/adr/0005-decision-5.md",
            "docs/adr/0007-review-overdue.md",
        ]
    );
    let human = common::stdout_of(&check("human"));
    assert!(
        human.contains("info ADR-09: 5 findings like"),
        "repeated infos are one line: {human}"
    );
    assert_eq!(human.matches("ADR-09").count(), 1, "{human}");
}
