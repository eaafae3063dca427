//! The audit matrix for the terminal: a row per repository, a column per
//! success measure (scores 0-100), then the counts and the top gaps.

use std::fmt::Write as _;

use super::{AuditReport, Coverage, change_text, measures, score_text};
use crate::audit::Status;

/// Renders the matrix as aligned text.
pub fn render(report: &AuditReport<'_>) -> String {
    let audit = report.audit;
    let name_width = audit
        .repositories
        .iter()
        .map(|r| r.name.chars().count())
        .max()
        .unwrap_or(10)
        .max(10);
    let cell = if report.baseline.is_some() { 13 } else { 6 };
    let mut out = String::new();
    let _ = write!(out, "{:<name_width$}", "repository");
    for (_, short) in measures() {
        let _ = write!(out, "  {short:>cell$}");
    }
    let _ = writeln!(out, "  errors  warnings  waivers");
    for repo in &audit.repositories {
        let _ = write!(out, "{:<name_width$}", repo.name);
        if repo.status == Status::Error {
            let _ = writeln!(out, "  error: {}", repo.error.as_deref().unwrap_or(""));
            continue;
        }
        for (measure, _) in measures() {
            let mut text = score_text(repo, measure);
            if let Some(change) = report.change(repo, measure) {
                text = format!("{text} {:>6}", change_text(change));
            }
            let _ = write!(out, "  {text:>cell$}");
        }
        let waivers = repo.waivers.map_or_else(|| "-".into(), |w| w.to_string());
        let _ = writeln!(
            out,
            "  {:>6}  {:>8}  {:>7}",
            repo.summary.errors, repo.summary.warnings, waivers
        );
    }
    let _ = write!(out, "{:<name_width$}", "assessed");
    for (measure, _) in measures() {
        let _ = write!(out, "  {:>cell$}", Coverage::of(audit, measure).cell());
    }
    out.push('\n');
    let checked = audit
        .repositories
        .iter()
        .filter(|r| r.status == Status::Checked)
        .count();
    let _ = writeln!(
        out,
        "\n{} repositories: {checked} checked, {} could not be checked",
        audit.repositories.len(),
        audit.repositories.len() - checked
    );
    let _ = writeln!(
        out,
        "- is not assessed (no rule of the measure had anything to judge); \
         `assessed` is the share of each measure's rules judged"
    );
    for gone in report.gone() {
        let _ = writeln!(out, "no longer audited: {gone}");
    }
    let gaps = audit.gaps();
    if !gaps.is_empty() {
        let _ = writeln!(
            out,
            "\nwhere to act first (rules failed by the most repositories):"
        );
        for gap in gaps.iter().take(10) {
            let _ = writeln!(
                out,
                "  {:>4}  {:<9} {} ({})",
                gap.repositories.len(),
                gap.rule,
                gap.title,
                gap.severity.as_str()
            );
        }
    }
    out
}
