//! The audit matrix for the terminal: a row per repository, a column per
//! success measure (score and band), its path and commit, then a legend,
//! the score's definition, what was judged with, and where to act first.

use std::fmt::Write as _;

use super::{
    AuditReport, BANDS, Coverage, band, band_meaning, change_text, measures, plain, provenance,
    score_text, short_commit,
};
use crate::audit::Status;

/// Renders the matrix as aligned text.
pub fn render(report: &AuditReport<'_>) -> String {
    let audit = report.audit;
    let width = |items: &mut dyn Iterator<Item = usize>, least: usize| {
        items.max().unwrap_or(least).max(least)
    };
    let name_width = width(
        &mut audit.repositories.iter().map(|r| r.name.chars().count()),
        10,
    );
    let path_width = width(
        &mut audit.repositories.iter().map(|r| r.path.chars().count()),
        4,
    );
    let cell = if report.baseline.is_some() { 17 } else { 10 };
    let mut out = String::new();
    let _ = write!(out, "{:<name_width$}", "repository");
    for (_, short) in measures() {
        let _ = write!(out, "  {short:>cell$}");
    }
    let _ = writeln!(
        out,
        "  errors  warnings  waivers  {:<path_width$}  commit",
        "path"
    );
    for repo in &audit.repositories {
        let _ = write!(out, "{:<name_width$}", repo.name);
        if repo.status == Status::Error {
            let _ = writeln!(
                out,
                "  error: {} ({})",
                plain(repo.error.as_deref().unwrap_or("")),
                repo.path
            );
            continue;
        }
        for (measure, _) in measures() {
            let mut text = format!(
                "{} {:>4}",
                score_text(repo, measure),
                band(repo, measure).mark()
            );
            if let Some(change) = report.change(repo, measure) {
                text = format!("{text} {:>6}", change_text(change));
            }
            let _ = write!(out, "  {text:>cell$}");
        }
        let waivers = repo.waivers.map_or_else(|| "-".into(), |w| w.to_string());
        let _ = writeln!(
            out,
            "  {:>6}  {:>8}  {:>7}  {:<path_width$}  {}",
            repo.summary.errors,
            repo.summary.warnings,
            waivers,
            repo.path,
            short_commit(repo)
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
    out.push_str("\nmeasures: ");
    let legend: Vec<String> = measures()
        .map(|(m, short)| format!("{short} {}", m.replace('_', " ")))
        .collect();
    out.push_str(&legend.join(", "));
    out.push_str("\nbands: ");
    let bands: Vec<String> = BANDS
        .iter()
        .map(|b| format!("{} = {} ({})", b.mark(), b.label(), band_meaning(*b)))
        .collect();
    out.push_str(&bands.join("; "));
    let _ = writeln!(
        out,
        "\n`-` is no score; `assessed` is the share of each measure's rules judged\nscore: {}",
        crate::maturity::DEFINITION
    );
    if let Some(trend) = report.trend() {
        let _ = writeln!(
            out,
            "since {}: {}",
            report
                .baseline
                .and_then(|b| b.today.as_deref())
                .unwrap_or("the baseline"),
            trend.text()
        );
    }
    for gone in report.gone() {
        let _ = writeln!(out, "no longer audited: {gone}");
    }
    out.push('\n');
    for (label, value) in provenance(audit) {
        let _ = writeln!(out, "{label}: {value}");
    }
    let gaps = audit.gaps();
    if !gaps.is_empty() {
        let _ = writeln!(
            out,
            "\nwhere to act first (the most severe, then the most repositories):"
        );
        for gap in gaps.iter().take(10) {
            let _ = writeln!(
                out,
                "  {:>4}  {:<9} {} ({})",
                gap.repositories.len(),
                gap.rule,
                plain(&gap.title),
                gap.severity.as_str()
            );
            if let Some(fix) = &gap.remediation {
                let _ = writeln!(out, "        fix: {}", plain(fix));
            }
        }
        if gaps.len() > 10 {
            let _ = writeln!(
                out,
                "  and {} more rules (see --format html or json)",
                gaps.len() - 10
            );
        }
    }
    out
}
