//! The maturity score: for one repository, how much of each success
//! measure's rules it meets. Defined here once; audits and reports use it.
//!
//! A rule *fails* for a repository when it has at least one finding that is
//! not waived; otherwise it *passes* (a rule that does not apply to the
//! repository passes). The score of a measure is the share of its rules
//! passed, each rule weighted by its severity (error 3, warning 2, info 1),
//! as a percentage rounded to one decimal: failing one error-level rule
//! costs as much as failing three info-level ones. A measure with no rules
//! has no score.
//!
//! A rule's weight is its severity for the repository's phase: a rule that
//! is an error for a live service weighs 3 there and 2 in beta.
//!
//! A repository with no manifest is scored on well led only (where WL-05
//! fails and the decision-record rules still judge): the other measures'
//! rules read the manifest, so without one they have nothing to judge, and
//! "nothing failed" would read as "met". Those measures have no score.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::evaluate::metadata::{MEASURES, RuleMeta, Severity};
use crate::findings::Finding;

/// One success measure's result for one repository.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct MeasureScore {
    /// Rules of this measure with no unwaived finding.
    pub passed: usize,
    /// Rules of this measure with at least one unwaived finding.
    pub failed: usize,
    /// Severity-weighted share of rules passed, 0-100; `None` when the
    /// measure has no rules, or the repository has no manifest to judge it by.
    pub score: Option<f64>,
}

/// A severity's weight in the score.
pub fn weight(severity: Severity) -> u32 {
    match severity {
        Severity::Error => 3,
        Severity::Warning => 2,
        Severity::Info => 1,
    }
}

/// Scores every success measure (all seven, keyed by measure) for a
/// repository with a manifest whose phase is not known.
pub fn scores(
    catalogue: &BTreeMap<String, RuleMeta>,
    findings: &[Finding],
) -> BTreeMap<&'static str, MeasureScore> {
    scores_with(catalogue, findings, &serde_json::json!({}))
}

/// The scores of a repository given its manifest (`null` when it has none:
/// see the module comment, only well led is scored then).
pub fn scores_with(
    catalogue: &BTreeMap<String, RuleMeta>,
    findings: &[Finding],
    manifest: &serde_json::Value,
) -> BTreeMap<&'static str, MeasureScore> {
    let has_manifest = !manifest.is_null();
    let phase = manifest
        .pointer("/service/phase")
        .and_then(serde_json::Value::as_str);
    let failing: BTreeSet<&str> = findings
        .iter()
        .filter(|f| f.waived.is_none())
        .map(|f| f.rule.as_str())
        .collect();
    MEASURES
        .iter()
        .map(|&measure| {
            let (mut passed, mut failed, mut got, mut total) = (0, 0, 0u32, 0u32);
            for meta in catalogue
                .values()
                .filter(|m| m.measure.as_deref() == Some(measure))
            {
                let w = weight(meta.severity_in(phase));
                total += w;
                if failing.contains(meta.id.as_str()) {
                    failed += 1;
                } else {
                    passed += 1;
                    got += w;
                }
            }
            let judged = has_manifest || measure == "well_led";
            let score = (judged && total > 0)
                .then(|| (1000.0 * f64::from(got) / f64::from(total)).round() / 10.0);
            (
                measure,
                MeasureScore {
                    passed,
                    failed,
                    score,
                },
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(id: &str, measure: &str, severity: Severity) -> (String, RuleMeta) {
        (
            id.to_string(),
            RuleMeta {
                id: id.into(),
                title: id.into(),
                description: String::new(),
                severity,
                severity_by_phase: Default::default(),
                measure: Some(measure.into()),
                tcop: Vec::new(),
                remediation: None,
                requirement: None,
                related_resources: Vec::new(),
                package: String::new(),
                file: String::new(),
                line: 1,
            },
        )
    }

    fn finding(rule: &str) -> Finding {
        Finding::described(
            rule.into(),
            Severity::Error,
            String::new(),
            &BTreeMap::new(),
        )
    }

    #[test]
    fn without_a_manifest_only_well_led_is_scored() {
        let catalogue: BTreeMap<String, RuleMeta> = [
            rule("WL-05", "well_led", Severity::Error),
            rule("SEC-01", "safe_practice", Severity::Error),
        ]
        .into_iter()
        .collect();
        let s = scores_with(&catalogue, &[finding("WL-05")], &serde_json::Value::Null);
        assert_eq!(s["well_led"].score, Some(0.0));
        assert_eq!(s["safe_practice"].score, None);
        assert_eq!(s["safe_practice"].passed, 1);
        let s = scores_with(&catalogue, &[finding("WL-05")], &serde_json::json!({}));
        assert_eq!(s["safe_practice"].score, Some(100.0));
    }

    #[test]
    fn a_rule_stricter_when_live_weighs_more_for_a_live_service() {
        let mut stricter = rule("A", "well_led", Severity::Warning);
        stricter
            .1
            .severity_by_phase
            .insert("live".into(), Severity::Error);
        let catalogue: BTreeMap<String, RuleMeta> =
            [stricter, rule("B", "well_led", Severity::Error)]
                .into_iter()
                .collect();
        let manifest = |phase: &str| serde_json::json!({"service": {"phase": phase}});
        // In beta A weighs 2 of 5; live, 3 of 6.
        let s = scores_with(&catalogue, &[finding("A")], &manifest("beta"));
        assert_eq!(s["well_led"].score, Some(60.0));
        let s = scores_with(&catalogue, &[finding("A")], &manifest("live"));
        assert_eq!(s["well_led"].score, Some(50.0));
    }

    #[test]
    fn weights_failed_rules_by_severity() {
        let catalogue: BTreeMap<String, RuleMeta> = [
            rule("A", "well_led", Severity::Error),
            rule("B", "well_led", Severity::Warning),
            rule("C", "well_led", Severity::Info),
        ]
        .into_iter()
        .collect();
        // Two findings of one rule fail it once; 3 of 6 weight passes.
        let s = scores(&catalogue, &[finding("A"), finding("A")]);
        assert_eq!(
            s["well_led"],
            MeasureScore {
                passed: 2,
                failed: 1,
                score: Some(50.0)
            }
        );
        let s = scores(&catalogue, &[finding("C")]);
        assert_eq!(s["well_led"].score, Some(83.3));
    }

    #[test]
    fn a_waived_finding_does_not_fail_its_rule_and_empty_measures_have_no_score() {
        let catalogue: BTreeMap<String, RuleMeta> = [rule("A", "improve_care", Severity::Error)]
            .into_iter()
            .collect();
        let mut waived = finding("A");
        waived.waived = Some(crate::findings::Waiver {
            rule: "A".into(),
            path: None,
            reason: "r".into(),
            approved_by: "o".into(),
            expires: "2027-01-01".into(),
            file: ".wgll/config.yaml".into(),
            line: Some(3),
        });
        let s = scores(&catalogue, &[waived]);
        assert_eq!(s["improve_care"].score, Some(100.0));
        assert_eq!(s["well_led"].score, None);
        assert_eq!(s.len(), 7);
    }
}
