//! Repositories that are not user-facing services, each described honestly
//! in a few lines of manifest (`fixtures/repos/kinds/`): a shared library,
//! an infrastructure repository and a public information site with no
//! sign-in. None gets an error: what they are (`service.kind`) and what
//! they record not applying (opt-outs with their decisions, `not-applicable`
//! with reasons) take the rules that do not apply to them out of play.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{TODAY, copy_to_temp, fixture, stdout_of, wgll};

fn check(path: &std::path::Path, format: &str) -> std::process::Output {
    wgll()
        .args([
            "check",
            "--today",
            TODAY,
            "--no-local-config",
            "--format",
            format,
        ])
        .arg(path)
        .output()
        .unwrap()
}

/// The rules that report an error for a repository.
fn errors(path: &std::path::Path) -> Vec<String> {
    let out = check(path, "json");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut rules: Vec<String> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "error")
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect();
    rules.sort();
    rules.dedup();
    rules
}

#[test]
fn a_shared_library_gets_no_error() {
    let repo = fixture("repos/kinds/shared-library");
    assert_eq!(errors(&repo), Vec::<String>::new());
    let out = check(&repo, "human");
    assert_eq!(out.status.code(), Some(0));
    insta::assert_snapshot!("kinds_shared_library_human", stdout_of(&out));
}

#[test]
fn an_infrastructure_repository_gets_no_error() {
    let repo = fixture("repos/kinds/infrastructure");
    assert_eq!(errors(&repo), Vec::<String>::new());
    let out = check(&repo, "human");
    assert_eq!(out.status.code(), Some(0));
    insta::assert_snapshot!("kinds_infrastructure_human", stdout_of(&out));
}

#[test]
fn a_public_information_site_with_no_sign_in_gets_no_error() {
    let repo = fixture("repos/kinds/information-site");
    assert_eq!(errors(&repo), Vec::<String>::new());
    let out = check(&repo, "human");
    assert_eq!(out.status.code(), Some(0));
    insta::assert_snapshot!("kinds_information_site_human", stdout_of(&out));
}

/// Without its threat model and penetration test, the site's errors are
/// those two: a live service open to the internet is asked for both, which
/// a reviewer defends whether or not anyone signs in.
#[test]
fn the_site_without_its_security_evidence_gets_only_defensible_errors() {
    let dir = copy_to_temp(&fixture("repos/kinds/information-site"));
    let manifest = dir.path().join("wgll.yaml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    let text = text
        .replace("  threat_model: docs/threat-model.md\n", "")
        .replace("  penetration_test: {date: 2026-04-22}\n", "");
    std::fs::write(&manifest, text).unwrap();
    assert_eq!(errors(dir.path()), ["SEC-04", "SEC-12"]);
}

/// An opt-out that is contradicted, or not a recorded decision, is reported:
/// the site claiming no personal data while offering NHS login.
#[test]
fn the_site_cannot_opt_out_beside_a_sign_in() {
    let dir = copy_to_temp(&fixture("repos/kinds/information-site"));
    let manifest = dir.path().join("wgll.yaml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    let text = text.replace(
        "  citizen: {provider: none}\n",
        "  citizen: {provider: nhs-login}\n",
    );
    std::fs::write(&manifest, text).unwrap();
    assert_eq!(errors(dir.path()), ["DP-13", "SEC-10"]);
}

/// The library's kind is what keeps a live service's rules away: the same
/// manifest without `kind` is judged as a service and gets their errors.
#[test]
fn the_library_without_its_kind_is_judged_as_a_service() {
    let dir = copy_to_temp(&fixture("repos/kinds/shared-library"));
    let manifest = dir.path().join("wgll.yaml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(&manifest, text.replace("  kind: library\n", "")).unwrap();
    let found = errors(dir.path());
    for rule in ["CLOUD-07", "CS-02", "DP-02", "SEC-04", "SEC-10", "SEC-11"] {
        assert!(found.iter().any(|r| r == rule), "{rule} not in {found:?}");
    }
}
