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
//!
//! *Hygiene* rules (the `adr` area: how decision records are numbered,
//! dated and linked) judge the bookkeeping, not the service. They weigh 1
//! whatever their severity and never cap a band, so a repository that
//! records many decisions is not marked down against one that records none.
//!
//! The *band* a score is shown in: `met` from 80, `partly met` from 50,
//! `not met` below, `not assessed` with no score. An unwaived error-level
//! rule (not hygiene) caps the band at `partly met` whatever the ratio: a
//! measure with an open error is never shown as met.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::evaluate::metadata::{MEASURES, RuleMeta, Severity};
use crate::findings::Finding;

/// One success measure's result for one repository.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
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
    /// Failing rules of error severity that are not hygiene rules: any caps
    /// the band at `partly met`.
    #[serde(default)]
    pub failed_errors: usize,
    /// Each rule of the measure, by id: `passed`, `failed` or `not_assessed`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub rules: BTreeMap<String, Judged>,
}

/// What a score found for one rule in one repository.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Judged {
    /// Assessed, no unwaived finding.
    Passed,
    /// At least one unwaived finding.
    Failed,
    /// Nothing to judge.
    NotAssessed,
}

/// The band a measure's score is shown in (colour and text label alike).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    /// No rule of the measure could be judged.
    NotAssessed,
    /// Below 50.
    NotMet,
    /// 50 to 80, or any higher score with an unwaived error.
    PartlyMet,
    /// 80 and above, with no unwaived error.
    Met,
}

impl Band {
    /// The label every format prints.
    pub fn label(self) -> &'static str {
        match self {
            Band::NotAssessed => "not assessed",
            Band::NotMet => "not met",
            Band::PartlyMet => "partly met",
            Band::Met => "met",
        }
    }

    /// A short marker for narrow tables.
    pub fn mark(self) -> &'static str {
        match self {
            Band::NotAssessed => "n/a",
            Band::NotMet => "not",
            Band::PartlyMet => "part",
            Band::Met => "met",
        }
    }
}

/// The lowest score of the `met` band.
pub const MET_FROM: f64 = 80.0;
/// The lowest score of the `partly met` band.
pub const PARTLY_FROM: f64 = 50.0;

/// The definition of the score, word for word the same in every format.
pub const DEFINITION: &str = "Each score is the share of a success measure's rules passed, over the rules that could be judged in that repository, weighted by severity (error 3, warning 2, info 1; hygiene rules on how decision records are kept weigh 1). A rule with nothing to judge is not assessed: it counts neither way, and a measure with no rule judged has no score. Bands: met from 80, partly met from 50, not met below; an unwaived error caps the band at partly met whatever the score.";

impl MeasureScore {
    /// Whether any rule of the measure was assessed.
    pub fn assessed(&self) -> bool {
        self.score.is_some()
    }

    /// The band the score is shown in, capped by an unwaived error.
    pub fn band(&self) -> Band {
        let Some(score) = self.score else {
            return Band::NotAssessed;
        };
        let band = if score >= MET_FROM {
            Band::Met
        } else if score >= PARTLY_FROM {
            Band::PartlyMet
        } else {
            Band::NotMet
        };
        if self.failed_errors > 0 {
            band.min(Band::PartlyMet)
        } else {
            band
        }
    }
}

/// Whether a rule judges bookkeeping rather than the service: the
/// decision-record checks.
pub fn is_hygiene(meta: &RuleMeta) -> bool {
    meta.package.starts_with("data.wgll.adr.")
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
            let (mut passed, mut failed, mut not_assessed, mut failed_errors) = (0, 0, 0, 0);
            let (mut got, mut total) = (0u32, 0u32);
            let mut rules = BTreeMap::new();
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
                    rules.insert(meta.id.clone(), Judged::NotAssessed);
                    continue;
                }
                let severity = meta.severity_in(phase);
                let hygiene = is_hygiene(meta);
                let w = if hygiene { 1 } else { weight(severity) };
                total += w;
                if failing.contains(meta.id.as_str()) {
                    failed += 1;
                    failed_errors += usize::from(severity == Severity::Error && !hygiene);
                    rules.insert(meta.id.clone(), Judged::Failed);
                } else {
                    passed += 1;
                    got += w;
                    rules.insert(meta.id.clone(), Judged::Passed);
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
                    failed_errors,
                    rules,
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
        let sp = &s["safe_practice"];
        assert_eq!(
            (sp.passed, sp.failed, sp.not_assessed, sp.score),
            (1, 0, 1, Some(100.0))
        );
        assert_eq!(sp.rules["SEC-01"], Judged::NotAssessed);
        assert_eq!(sp.rules["SEC-14"], Judged::Passed);
        assert_eq!(s["smart_foundations"].band(), Band::NotAssessed);
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
        let wl = &s["well_led"];
        assert_eq!(
            (wl.passed, wl.failed, wl.not_assessed, wl.score),
            (2, 1, 0, Some(50.0))
        );
        assert_eq!(wl.rules["A"], Judged::Failed);
        let s = scores(
            &catalogue,
            &[finding("C")],
            &manifest(serde_json::json!({})),
        );
        assert_eq!(s["well_led"].score, Some(83.3));
    }

    #[test]
    fn an_unwaived_error_caps_the_band_and_hygiene_rules_weigh_little() {
        let mut catalogue: BTreeMap<String, RuleMeta> = (0..9)
            .map(|i| rule(&format!("W{i}"), "safe_practice", Severity::Warning))
            .chain([rule("E", "safe_practice", Severity::Error)])
            .collect();
        let input = manifest(serde_json::json!({}));
        // 18 of 21 weight passes (85.7) but an error is open: partly met.
        let s = scores(&catalogue, &[finding("E")], &input);
        assert_eq!(s["safe_practice"].score, Some(85.7));
        assert_eq!(s["safe_practice"].failed_errors, 1);
        assert_eq!(s["safe_practice"].band(), Band::PartlyMet);
        let s = scores(&catalogue, &[finding("W0")], &input);
        assert_eq!(s["safe_practice"].band(), Band::Met);
        // A failing decision-record check of error severity weighs 1, not 3,
        // and does not cap the band.
        let mut adr = rule("ADR-01", "safe_practice", Severity::Error);
        adr.1.package = "data.wgll.adr.number_duplicated".into();
        catalogue.extend([adr]);
        let s = scores(&catalogue, &[finding("ADR-01")], &input);
        assert_eq!(s["safe_practice"].score, Some(95.5));
        assert_eq!(s["safe_practice"].band(), Band::Met);
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
