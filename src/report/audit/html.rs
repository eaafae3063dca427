//! The audit as one self-contained HTML page (no scripts, fonts or
//! anything fetched): a heat map of the maturity matrix, the gaps ranked by
//! how many repositories they affect, and a drill-down to each
//! repository's findings.

use std::fmt::Write as _;

use super::{AuditReport, change_text, measures};
use crate::audit::Status;

/// Escapes text for HTML content and attribute values.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The heat-map colour of a score: red at 0, amber at 50, green at 100.
fn colour(score: f64) -> String {
    format!("hsl({:.0}, 70%, 42%)", score.clamp(0.0, 100.0) * 1.2)
}

const STYLE: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',Arial,sans-serif;margin:2rem;color:#212b32;background:#f0f4f5}
h1{margin:0 0 .25rem}h2{margin-top:2.5rem}p.lead{margin-top:0;color:#4c6272}
table{border-collapse:collapse;background:#fff}th,td{padding:.4rem .6rem;border:1px solid #d8dde0;text-align:left;vertical-align:top}
th{background:#e8edee}td.score{text-align:center;color:#fff;font-weight:600;min-width:4.5rem}td.none{background:#aeb7bd}
td.score small{display:block;font-weight:400}td.error{color:#d5281b}
.bar{background:#005eb8;height:.8rem;display:inline-block;vertical-align:middle;margin-right:.4rem}
details{background:#fff;border:1px solid #d8dde0;margin:.4rem 0;padding:.4rem .8rem}summary{cursor:pointer;font-weight:600}
.sev-error{color:#d5281b;font-weight:600}.sev-warning{color:#b35600;font-weight:600}.sev-info{color:#005eb8}
.waived{color:#4c6272;font-style:italic}a{color:#005eb8}";

/// Renders the page.
pub fn render(report: &AuditReport<'_>) -> String {
    let audit = report.audit;
    let checked = audit
        .repositories
        .iter()
        .filter(|r| r.status == Status::Checked)
        .count();
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>WGLL maturity audit, {today}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>What Good Looks Like: maturity audit</h1>\n<p class=\"lead\">{today}: {n} repositories, {checked} checked, {failed} could not be checked. Each score is the severity-weighted share of a success measure's rules passed (0-100).",
        today = esc(&audit.today),
        n = audit.repositories.len(),
        failed = audit.repositories.len() - checked,
    );
    if let Some(b) = report.baseline {
        let _ = write!(
            out,
            " Changes are against the audit of {}.",
            esc(b.today.as_deref().unwrap_or("an earlier date"))
        );
    }
    out.push_str(
        "</p>\n<h2>Maturity matrix</h2>\n<table class=\"matrix\">\n<tr><th>repository</th>",
    );
    for (measure, _) in measures() {
        let _ = write!(out, "<th>{}</th>", esc(&measure.replace('_', " ")));
    }
    out.push_str("<th>errors</th><th>warnings</th><th>waivers in repository</th></tr>\n");
    for (i, repo) in audit.repositories.iter().enumerate() {
        let _ = write!(
            out,
            "<tr><td><a href=\"#repo-{i}\">{}</a></td>",
            esc(&repo.name)
        );
        if repo.status == Status::Error {
            let _ = writeln!(
                out,
                "<td class=\"error\" colspan=\"10\">could not be checked: {}</td></tr>",
                esc(repo.error.as_deref().unwrap_or(""))
            );
            continue;
        }
        for (measure, _) in measures() {
            let score = repo.measures.get(measure).and_then(|m| m.score);
            let change = report
                .change(repo, measure)
                .map(|c| format!("<small>{}</small>", esc(&change_text(c))))
                .unwrap_or_default();
            match score {
                Some(s) => {
                    let m = &repo.measures[measure];
                    let _ = write!(
                        out,
                        "<td class=\"score\" style=\"background:{}\" title=\"{}: {} of {} rules passed\">{s:.0}{change}</td>",
                        colour(s),
                        esc(&measure.replace('_', " ")),
                        m.passed,
                        m.passed + m.failed
                    );
                }
                None => out.push_str(
                    "<td class=\"score none\" title=\"not assessed: none of its rules had anything to judge\">-</td>",
                ),
            }
        }
        let _ = writeln!(
            out,
            "<td>{}</td><td>{}</td><td>{}</td></tr>",
            repo.summary.errors,
            repo.summary.warnings,
            repo.waivers.map_or_else(|| "-".into(), |w| w.to_string())
        );
    }
    out.push_str("<tr><th>assessed</th>");
    for (measure, _) in measures() {
        let c = super::Coverage::of(audit, measure);
        let _ = write!(out, "<td title=\"{}\">{}</td>", esc(&c.text()), c.cell());
    }
    out.push_str("<td colspan=\"3\"></td></tr>\n</table>\n<p>A grey cell is not assessed: none of the measure's rules had anything to judge in that repository. The last row is the share of each measure's rules judged across the portfolio.</p>\n");

    let gaps = audit.gaps();
    out.push_str("<h2>Where to act first</h2>\n");
    if gaps.is_empty() {
        out.push_str("<p>No rule fails in any repository.</p>\n");
    } else {
        out.push_str("<p>Rules failed by the most repositories, the more severe first.</p>\n<table class=\"gaps\">\n<tr><th>repositories</th><th>rule</th><th>severity</th><th>measure</th></tr>\n");
        let total = audit.repositories.len().max(1) as f64;
        for gap in &gaps {
            let n = gap.repositories.len();
            let sev = gap.severity.as_str();
            let _ = writeln!(
                out,
                "<tr><td><span class=\"bar\" style=\"width:{:.1}rem\"></span>{n}</td><td><b>{}</b> {}</td><td class=\"sev-{sev}\">{sev}</td><td>{}</td></tr>",
                8.0 * n as f64 / total,
                esc(&gap.rule),
                esc(&gap.title),
                esc(&gap.measure.as_deref().unwrap_or("-").replace('_', " "))
            );
        }
        out.push_str("</table>\n");
    }

    out.push_str("<h2>Repositories</h2>\n");
    for (i, repo) in audit.repositories.iter().enumerate() {
        let s = repo.summary;
        let _ = writeln!(
            out,
            "<details id=\"repo-{i}\"><summary>{} <small>({}{})</small></summary>",
            esc(&repo.name),
            esc(&repo.path),
            repo.rev
                .as_deref()
                .map(|r| format!(" at {}", esc(r)))
                .unwrap_or_default()
        );
        if let Some(error) = &repo.error {
            let _ = writeln!(
                out,
                "<p class=\"sev-error\">could not be checked: {}</p></details>",
                esc(error)
            );
            continue;
        }
        let _ = writeln!(
            out,
            "<p>{}, {} waived.</p>",
            crate::report::severity_counts(&s),
            s.waived
        );
        if !repo.findings.is_empty() {
            out.push_str(
                "<table><tr><th>rule</th><th>severity</th><th>where</th><th>finding</th></tr>\n",
            );
            for f in &repo.findings {
                let place = match (&f.file, f.line) {
                    (Some(file), Some(line)) => format!("{}:{line}", esc(file)),
                    (Some(file), None) => esc(file),
                    _ => String::new(),
                };
                let sev = f.severity.as_str();
                let waived = if f.waived.is_some() {
                    " <span class=\"waived\">(waived)</span>"
                } else {
                    ""
                };
                let _ = writeln!(
                    out,
                    "<tr><td>{}</td><td class=\"sev-{sev}\">{sev}</td><td>{place}</td><td>{}{waived}</td></tr>",
                    esc(&f.rule),
                    esc(&f.message)
                );
            }
            out.push_str("</table>\n");
        }
        out.push_str("</details>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_colours_scores_from_red_to_green() {
        assert_eq!(
            esc("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
        assert_eq!(colour(0.0), "hsl(0, 70%, 42%)");
        assert_eq!(colour(100.0), "hsl(120, 70%, 42%)");
    }
}
