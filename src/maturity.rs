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
//! Only rules that could be *assessed* count. A rule is assessed for a
//! repository when it fires, or when the input holds something at one of
//! the paths its METADATA says it judges (`custom.judges`: the manifest by
//! default; `observed.hosting.regions`, `adrs`, `files` and so on for rules
//! that read what the repository shows). A rule with nothing to judge is
//! *not assessed*: it neither passes nor fails, since "nothing failed" would
//! read as "met". A measure none of whose rules was assessed has no score,
//! and every format shows it as not assessed, never as a pass.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::evaluate::metadata::{MEASURES, RuleMeta, Severity};
use crate::findings::Finding;

/// One success measure's result for one repository.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, serde::Deserialize)]
pub struct MeasureScore {
    /// Assessed rules of this measure with no unwaived finding.
    pub passed: usize,
    /// Rules of this measure with at least one unwaived finding.
    pub failed: usize,
    /// Rules of this measure that had nothing to judge.
    pub not_assessed: usize,
    /// Severity-weighted share of assessed rules passed, 0-100; `None` when
    /// no rule of the measure was assessed.
    pub score: Option<f64>,
}

impl MeasureScore {
    /// Whether any rule of the measure was assessed.
    pub fn assessed(&self) -> bool {
        self.score.is_some()
    }
}

/// Whether the input holds something at a dotted path (`observed.hosting.regions`):
/// present, not null, and not an empty list or text. A mapping counts even
/// when empty: a manifest of `{}` is a manifest whose rules report what it lacks.
fn holds(input: &serde_json::Value, path: &str) -> bool {
    let mut node = input;
    for key in path.split('.') {
        match node.get(key) {
            Some(next) => node = next,
            None => return false,
        }
    }
    match node {
        serde_json::Value::Null => false,
        serde_json::Value::Array(a) => !a.is_empty(),
        serde_json::Value::String(s) => !s.is_empty(),
        _ => true,
    }
}

/// Whether a rule could be judged for a repository: it fired, or the input
/// holds something it judges.
pub fn assessed(meta: &RuleMeta, input: &serde_json::Value, fired: bool) -> bool {
    fired || meta.judges.iter().any(|path| holds(input, path))
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
/// repository whose input is `input` (the input document as JSON).
pub fn scores(
    catalogue: &BTreeMap<String, RuleMeta>,
    findings: &[Finding],
    input: &serde_json::Value,
) -> BTreeMap<&'static str, MeasureScore> {
    let phase = input
        .pointer("/manifest/service/phase")
        .and_then(serde_json::Value::as_str);
    let kind = input
        .pointer("/manifest/service/kind")
        .and_then(serde_json::Value::as_str);
    let fired: BTreeSet<&str> = findings.iter().map(|f| f.rule.as_str()).collect();
    // Manifest sections holding a placeholder (WL-09's findings): a rule
    // reading one that stayed quiet judged `TODO`, not a fact.
    let unwritten: BTreeSet<&str> = findings
        .iter()
        .filter(|f| f.rule == crate::findings::PLACEHOLDER_RULE)
        .filter_map(|f| f.at.as_deref()?.strip_prefix("/manifest/"))
        .filter_map(|rest| rest.split('/').next())
        .collect();
    let failing: BTreeSet<&str> = findings
        .iter()
        .filter(|f| f.waived.is_none())
        .map(|f| f.rule.as_str())
        .collect();
    MEASURES
        .iter()
        .map(|&measure| {
            let (mut passed, mut failed, mut not_assessed) = (0, 0, 0);
            let (mut got, mut total) = (0u32, 0u32);
            for meta in catalogue
                .values()
                .filter(|m| m.measure.as_deref() == Some(measure))
            {
                let was_fired = fired.contains(meta.id.as_str());
                // A rule that does not apply to the repository's kind
                // (METADATA `kinds`) is not applicable: not assessed.
                if !meta.applies_to(kind)
                    || !assessed(meta, input, was_fired)
                    || (!was_fired && meta.reads.iter().any(|s| unwritten.contains(s.as_str())))
                {
                    not_assessed += 1;
                    continue;
                }
                let w = weight(meta.severity_in(phase));
                total += w;
                if failing.contains(meta.id.as_str()) {
                    failed += 1;
                } else {
                    passed += 1;
                    got += w;
                }
            }
            let score =
                (total > 0).then(|| (1000.0 * f64::from(got) / f64::from(total)).round() / 10.0);
            (
                measure,
                MeasureScore {
                    passed,
                    failed,
                    not_assessed,
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
                kinds: Vec::new(),
                measure: Some(measure.into()),
                tcop: Vec::new(),
                remediation: None,
                requirement: None,
                related_resources: Vec::new(),
                judges: vec!["manifest".into()],
                reads: Vec::new(),
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

    fn judging(mut r: (String, RuleMeta), paths: &[&str]) -> (String, RuleMeta) {
        r.1.judges = paths.iter().map(|p| (*p).to_string()).collect();
        r
    }

    fn manifest(m: serde_json::Value) -> serde_json::Value {
        let mut input = serde_json::json!({ "files": ["README.md"], "observed": {} });
        input["manifest"] = m;
        input
    }

    #[test]
    fn a_rule_with_nothing_to_judge_is_not_assessed() {
        let catalogue: BTreeMap<String, RuleMeta> = [
            judging(rule("WL-05", "well_led", Severity::Error), &["repository"]),
            rule("SEC-01", "safe_practice", Severity::Error),
            judging(rule("SEC-14", "safe_practice", Severity::Error), &["files"]),
            judging(
                rule("CLOUD-02", "smart_foundations", Severity::Error),
                &["manifest", "observed.hosting.regions"],
            ),
        ]
        .into_iter()
        .collect();
        let mut input = manifest(serde_json::Value::Null);
        input["repository"] = serde_json::json!({"name": "x"});
        let s = scores(&catalogue, &[finding("WL-05")], &input);
        assert_eq!(s["well_led"].score, Some(0.0));
        // SEC-01 judges the manifest, which is absent; SEC-14 judges files.
        assert_eq!(
            s["safe_practice"],
            MeasureScore {
                passed: 1,
                failed: 0,
                not_assessed: 1,
                score: Some(100.0)
            }
        );
        assert_eq!(s["smart_foundations"].score, None);
        assert!(!s["smart_foundations"].assessed());
        // What the repository shows makes CLOUD-02 assessed with no manifest.
        input["observed"] = serde_json::json!({"hosting": {"regions": [{"region": "eu-west-2"}]}});
        let s = scores(&catalogue, &[], &input);
        assert_eq!(s["smart_foundations"].score, Some(100.0));
        // A rule that fires is assessed whatever it judges.
        let s = scores(
            &catalogue,
            &[finding("SEC-01")],
            &manifest(serde_json::Value::Null),
        );
        assert_eq!(s["safe_practice"].failed, 1);
    }

    #[test]
    fn a_quiet_rule_over_a_placeholder_is_not_assessed() {
        let mut a11y = rule("A11Y-01", "empower_citizens", Severity::Error);
        a11y.1.reads = vec!["accessibility".into()];
        let mut other = rule("EC-01", "empower_citizens", Severity::Error);
        other.1.reads = vec!["citizens".into()];
        let catalogue: BTreeMap<String, RuleMeta> = [a11y, other].into_iter().collect();
        let input = manifest(serde_json::json!({"accessibility": {"statement": "TODO: url"}}));
        let mut placeholder = finding(crate::findings::PLACEHOLDER_RULE);
        placeholder.at = Some("/manifest/accessibility/statement".into());
        let s = scores(&catalogue, &[placeholder], &input);
        // A11Y-01 judged `TODO`; EC-01 reads a section that was written.
        assert_eq!(s["empower_citizens"].not_assessed, 1);
        assert_eq!(s["empower_citizens"].passed, 1);
        // Once filled in, it is judged.
        let s = scores(&catalogue, &[], &input);
        assert_eq!(s["empower_citizens"].passed, 2);
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
        let phase = |phase: &str| manifest(serde_json::json!({"service": {"phase": phase}}));
        // In beta A weighs 2 of 5; live, 3 of 6.
        let s = scores(&catalogue, &[finding("A")], &phase("beta"));
        assert_eq!(s["well_led"].score, Some(60.0));
        let s = scores(&catalogue, &[finding("A")], &phase("live"));
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
        let s = scores(
            &catalogue,
            &[finding("A"), finding("A")],
            &manifest(serde_json::json!({})),
        );
        assert_eq!(
            s["well_led"],
            MeasureScore {
                passed: 2,
                failed: 1,
                not_assessed: 0,
                score: Some(50.0)
            }
        );
        let s = scores(
            &catalogue,
            &[finding("C")],
            &manifest(serde_json::json!({})),
        );
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
        let s = scores(&catalogue, &[waived], &manifest(serde_json::json!({})));
        assert_eq!(s["improve_care"].score, Some(100.0));
        assert_eq!(s["well_led"].score, None);
        assert_eq!(s.len(), 7);
    }
}
