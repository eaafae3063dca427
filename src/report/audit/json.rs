//! The audit as JSON, in the design's shape (and the next audit's
//! `--baseline`): per repository its status, findings, summary and
//! maturity per measure; plus the gaps and, with a baseline, the changes.

use std::collections::BTreeMap;

use serde::Serialize;

use super::AuditReport;
use crate::audit::baseline::Change;
use crate::audit::{Gap, Status};
use crate::findings::Summary;
use crate::maturity::Band;
use crate::report::json::JsonFinding;

#[derive(Serialize)]
struct Output<'a> {
    wgll: &'static str,
    today: &'a str,
    /// What the audit was judged with.
    provenance: &'a crate::audit::Provenance,
    /// What a score is, word for word as every format prints it.
    score_definition: &'static str,
    baseline: Option<BaselineInfo<'a>>,
    repositories: Vec<Repo<'a>>,
    /// How much of each measure the audit could judge.
    coverage: BTreeMap<&'static str, super::Coverage>,
    gaps: Vec<Gap>,
}

#[derive(Serialize)]
struct BaselineInfo<'a> {
    today: Option<&'a str>,
    gone: Vec<&'a str>,
    trend: Option<super::Trend>,
}

#[derive(Serialize)]
struct Repo<'a> {
    name: &'a str,
    path: &'a str,
    rev: Option<&'a str>,
    commit: Option<&'a str>,
    remote: Option<&'a str>,
    status: Status,
    error: Option<&'a str>,
    findings: Vec<JsonFinding<'a>>,
    summary: Summary,
    measures: BTreeMap<&'static str, Measure<'a>>,
    waivers: Option<usize>,
}

#[derive(Serialize)]
struct Measure<'a> {
    assessed: bool,
    band: Band,
    passed: usize,
    failed: usize,
    not_assessed: usize,
    /// Failing error-level rules (not hygiene): any caps the band.
    failed_errors: usize,
    score: Option<f64>,
    /// Each rule of the measure: passed, failed or not_assessed.
    rules: &'a BTreeMap<String, crate::maturity::Judged>,
    #[serde(skip_serializing_if = "Option::is_none")]
    change: Option<Change>,
}

/// Renders the audit as pretty-printed JSON with a final newline.
pub fn render(report: &AuditReport<'_>) -> String {
    let audit = report.audit;
    let output = Output {
        wgll: env!("CARGO_PKG_VERSION"),
        today: &audit.today,
        baseline: report.baseline.map(|b| BaselineInfo {
            today: b.today.as_deref(),
            gone: report.gone(),
            trend: report.trend(),
        }),
        provenance: &audit.provenance,
        score_definition: crate::maturity::DEFINITION,
        repositories: audit
            .repositories
            .iter()
            .map(|r| Repo {
                name: &r.name,
                path: &r.path,
                rev: r.rev.as_deref(),
                commit: r.commit.as_deref(),
                remote: r.remote.as_deref(),
                status: r.status,
                error: r.error.as_deref(),
                findings: r.findings.iter().map(JsonFinding::of).collect(),
                summary: r.summary,
                measures: r
                    .measures
                    .iter()
                    .map(|(m, s)| {
                        (
                            *m,
                            Measure {
                                assessed: s.assessed(),
                                band: s.band(),
                                passed: s.passed,
                                failed: s.failed,
                                not_assessed: s.not_assessed,
                                failed_errors: s.failed_errors,
                                score: s.score,
                                rules: &s.rules,
                                change: report.change(r, m),
                            },
                        )
                    })
                    .collect(),
                waivers: r.waivers,
            })
            .collect(),
        coverage: super::measures()
            .map(|(m, _)| (m, super::Coverage::of(audit, m)))
            .collect(),
        gaps: audit.gaps(),
    };
    let mut text =
        serde_json::to_string_pretty(&output).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    text.push('\n');
    text
}
