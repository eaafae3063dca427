//! The audit in Markdown: what it was judged with, the matrix with each
//! score's band, where to act first (with how to fix and where), and what
//! could not be checked.

use std::fmt::Write as _;

use super::{
    AuditReport, BANDS, Coverage, band, band_meaning, change_text, measures, provenance,
    score_text, short_commit,
};
use crate::audit::Status;

use crate::report::markdown::cell as escape;

/// Renders the audit as Markdown.
pub fn render(report: &AuditReport<'_>) -> String {
    let audit = report.audit;
    let mut out = format!("# WGLL maturity audit, {}\n\n", audit.today);
    for (label, value) in provenance(audit) {
        let _ = writeln!(out, "- **{label}**: {value}");
    }
    out.push('\n');
    if let Some(b) = report.baseline {
        let _ = writeln!(
            out,
            "Compared with the audit of {}: \u{25b2} improved, \u{25bc} regressed, = unchanged. {}.\n",
            b.today.as_deref().unwrap_or("an earlier date"),
            report.trend().unwrap_or_default().text()
        );
    }
    let _ = writeln!(out, "**Score.** {}\n", crate::maturity::DEFINITION);
    out.push_str("**Bands.** ");
    let legend: Vec<String> = BANDS
        .iter()
        .map(|b| format!("*{}*: {}", b.label(), band_meaning(*b)))
        .collect();
    out.push_str(&legend.join("; "));
    out.push_str(". `-` is no score; the last row is the share of each measure's rules judged.\n\n| repository | path | commit |");
    for (measure, _) in measures() {
        let _ = write!(out, " {} |", measure.replace('_', " "));
    }
    out.push_str(" errors | warnings | waivers |\n|---|---|---|");
    out.push_str(&"---:|".repeat(10));
    out.push('\n');
    for repo in &audit.repositories {
        let _ = write!(
            out,
            "| {} | {} | {} |",
            escape(&repo.name),
            escape(&repo.path),
            short_commit(repo)
        );
        if repo.status == Status::Error {
            // A blank row would read as "no data"; say why, once.
            out.push_str(" **not checked** (see below) |");
            out.push_str(&" |".repeat(9));
            out.push('\n');
            continue;
        }
        for (measure, _) in measures() {
            let mut text = format!(
                "{} {}",
                score_text(repo, measure),
                band(repo, measure).label()
            );
            if let Some(change) = report.change(repo, measure) {
                text = format!("{text} ({})", change_text(change));
            }
            let _ = write!(out, " {text} |");
        }
        let _ = writeln!(
            out,
            " {} | {} | {} |",
            repo.summary.errors,
            repo.summary.warnings,
            repo.waivers.map_or_else(|| "-".into(), |w| w.to_string())
        );
    }
    out.push_str("| *assessed* | | |");
    for (measure, _) in measures() {
        let c = Coverage::of(audit, measure);
        let _ = write!(out, " *{}* |", c.cell());
    }
    out.push_str(" | | |\n");
    let gaps = audit.gaps();
    if !gaps.is_empty() {
        out.push_str("\n## Where to act first\n\nRules failed across the portfolio, the most severe first, then those failed by the most repositories.\n\n| rule | title | severity | measure | repositories | how to fix | affected |\n|---|---|---|---|---:|---|---|\n");
        for gap in &gaps {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} |",
                gap.rule,
                escape(&gap.title),
                gap.severity.as_str(),
                gap.measure.as_deref().unwrap_or("-").replace('_', " "),
                gap.repositories.len(),
                escape(gap.remediation.as_deref().unwrap_or("-")),
                escape(&gap.repositories.join(", "))
            );
        }
    }
    let errors: Vec<_> = audit
        .repositories
        .iter()
        .filter(|r| r.status == Status::Error)
        .collect();
    if !errors.is_empty() {
        out.push_str("\n## Could not be checked\n\n");
        for repo in errors {
            let _ = writeln!(
                out,
                "- **{}** (`{}`): {}",
                escape(&repo.name),
                repo.path,
                escape(repo.error.as_deref().unwrap_or(""))
            );
        }
    }
    for gone in report.gone() {
        let _ = writeln!(out, "\nNo longer audited: `{gone}`");
    }
    out
}
