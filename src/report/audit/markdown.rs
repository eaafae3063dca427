//! The audit in Markdown: the matrix, the gaps ranked by how many
//! repositories they affect, and what could not be checked.

use std::fmt::Write as _;

use super::{AuditReport, Coverage, change_text, measures, score_text};
use crate::audit::Status;

use crate::report::markdown::cell as escape;

/// Renders the audit as Markdown.
pub fn render(report: &AuditReport<'_>) -> String {
    let audit = report.audit;
    let mut out = format!("# WGLL maturity audit, {}\n\n", audit.today);
    if let Some(b) = report.baseline {
        let _ = writeln!(
            out,
            "Compared with the audit of {}: +N improved, -N regressed, = unchanged.\n",
            b.today.as_deref().unwrap_or("an earlier date")
        );
    }
    out.push_str("Scores are the severity-weighted share of each success measure's rules passed (0-100), over the rules that had something to judge; `-` is not assessed, and the last row is the share of each measure's rules judged.\n\n| repository |");
    for (measure, _) in measures() {
        let _ = write!(out, " {} |", measure.replace('_', " "));
    }
    out.push_str(" errors | warnings | waivers |\n|---|");
    out.push_str(&"---:|".repeat(10));
    out.push('\n');
    for repo in &audit.repositories {
        let _ = write!(out, "| {} |", escape(&repo.name));
        if repo.status == Status::Error {
            // A blank row would read as "no data"; say why, once.
            out.push_str(" **not checked** (see below) |");
            out.push_str(&" |".repeat(9));
            out.push('\n');
            continue;
        }
        for (measure, _) in measures() {
            let mut text = score_text(repo, measure);
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
    out.push_str("| *assessed* |");
    for (measure, _) in measures() {
        let c = Coverage::of(audit, measure);
        let _ = write!(out, " *{}* |", c.cell());
    }
    out.push_str(" | | |\n");
    let gaps = audit.gaps();
    if !gaps.is_empty() {
        out.push_str("\n## Where to act first\n\nRules failed by the most repositories.\n\n| rule | title | severity | measure | repositories |\n|---|---|---|---|---:|\n");
        for gap in &gaps {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                gap.rule,
                escape(&gap.title),
                gap.severity.as_str(),
                gap.measure.as_deref().unwrap_or("-").replace('_', " "),
                gap.repositories.len()
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
