//! `--format json`: one object per check, stable for scripts (the shape is
//! fixed in the design contract).

use serde::Serialize;

use super::CheckReport;
use crate::evaluate::metadata::Severity;
use crate::findings::{Summary, Waiver};

#[derive(Serialize)]
struct Output<'a> {
    wgll: &'static str,
    repository: &'a str,
    today: &'a str,
    findings: Vec<JsonFinding<'a>>,
    summary: Summary,
    /// Each success measure; `score` null and `assessed` false when none of
    /// its rules had anything to judge.
    measures: std::collections::BTreeMap<&'static str, Measure>,
}

/// A success measure's result, as the JSON formats print it.
#[derive(Serialize)]
pub(crate) struct Measure {
    assessed: bool,
    score: Option<f64>,
    passed: usize,
    failed: usize,
    not_assessed: usize,
}

impl Measure {
    /// The JSON view of a score.
    pub(crate) fn of(m: &crate::maturity::MeasureScore) -> Self {
        Measure {
            assessed: m.assessed(),
            score: m.score,
            passed: m.passed,
            failed: m.failed,
            not_assessed: m.not_assessed,
        }
    }
}

/// One finding as the JSON formats print it (check and audit alike).
#[derive(Serialize)]
pub(crate) struct JsonFinding<'a> {
    rule: &'a str,
    severity: Severity,
    measure: Option<&'a str>,
    tcop: &'a [u32],
    message: &'a str,
    file: Option<&'a str>,
    line: Option<usize>,
    column: Option<usize>,
    at: Option<&'a str>,
    waived: Option<&'a Waiver>,
    /// Where the repository bears on it; left out when there is none, so
    /// the design's shape is unchanged for every other finding.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    related: &'a [crate::findings::RelatedPlace],
}

impl<'a> JsonFinding<'a> {
    /// The JSON view of a finding.
    pub(crate) fn of(f: &'a crate::findings::Finding) -> Self {
        JsonFinding {
            rule: &f.rule,
            severity: f.severity,
            measure: f.measure.as_deref(),
            tcop: &f.tcop,
            message: &f.message,
            file: f.file.as_deref(),
            line: f.line,
            column: f.column,
            at: f.at.as_deref(),
            waived: f.waived.as_ref(),
            related: &f.related,
        }
    }
}

/// Renders the report as pretty-printed JSON with a final newline.
pub fn render(report: &CheckReport<'_>) -> String {
    let output = Output {
        wgll: env!("CARGO_PKG_VERSION"),
        repository: report.repository,
        today: report.today,
        findings: report.findings.iter().map(JsonFinding::of).collect(),
        summary: report.summary(),
        measures: report
            .measures
            .iter()
            .map(|(k, m)| (*k, Measure::of(m)))
            .collect(),
    };
    let mut text =
        serde_json::to_string_pretty(&output).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    text.push('\n');
    text
}
