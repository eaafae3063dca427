//! The bundled library's own Rego unit tests, and the rule that every rule
//! has a passing and a failing case.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use wgll::commands::load_policies;
use wgll::evaluate::unit::Outcome;

#[test]
fn every_bundled_rego_test_passes() {
    let policies = load_policies(&[], true).unwrap();
    let tests = policies.tests();
    assert!(tests.len() >= 20, "only {} tests found", tests.len());
    let failures: Vec<String> = tests
        .iter()
        .filter_map(|t| match policies.run_test(t) {
            Outcome::Passed => None,
            other => Some(format!("{}:{} {} {other:?}", t.file, t.line, t.name)),
        })
        .collect();
    assert!(
        failures.is_empty(),
        "failing Rego tests:\n{}",
        failures.join("\n")
    );
}

#[test]
fn every_rule_has_a_passing_and_a_failing_test() {
    let policies = load_policies(&[], true).unwrap();
    // Built-in rules are Rust, tested beside their code (src/waive.rs).
    for meta in policies
        .catalogue()
        .values()
        .filter(|m| m.package != wgll::evaluate::builtin::PACKAGE)
    {
        let test_package = format!("{}_test", meta.package);
        let names: Vec<&str> = policies
            .tests()
            .iter()
            .filter(|t| t.package == test_package)
            .map(|t| t.name.as_str())
            .collect();
        assert!(
            names.iter().any(|n| n.starts_with("test_passes")),
            "{} ({}) has no passing case",
            meta.id,
            meta.file
        );
        assert!(
            names.iter().any(|n| n.starts_with("test_fails")),
            "{} ({}) has no failing case",
            meta.id,
            meta.file
        );
    }
}

#[test]
fn every_rule_carries_complete_metadata() {
    let policies = load_policies(&[], false).unwrap();
    for meta in policies.catalogue().values() {
        assert!(
            !meta.title.is_empty() && meta.title != meta.id,
            "{}: no title",
            meta.id
        );
        assert!(!meta.description.is_empty(), "{}: no description", meta.id);
        assert!(meta.measure.is_some(), "{}: no measure", meta.id);
        assert!(meta.remediation.is_some(), "{}: no remediation", meta.id);
        assert!(
            meta.related_resources
                .iter()
                .any(|r| r.url.starts_with("https://")),
            "{}: no guidance link",
            meta.id
        );
    }
}
