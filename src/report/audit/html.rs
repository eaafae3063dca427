//! The audit as one self-contained HTML page (no scripts, fonts or
//! anything fetched), written to WCAG 2.2 AA: what it was judged with, the
//! score's definition, a legend, the maturity matrix (each cell a band
//! colour *and* its label, dark text on light colours), where to act first
//! with how to fix it, and every repository's findings, never folded away,
//! so a printed copy holds them all: a finding many repositories share
//! once, under its rule in where to act first with the repositories it
//! affects (`shared.rs`), the rest in each repository's section, which
//! links the rules of its shared ones. The stylesheet (`html.css`) stacks
//! tables into cards below 48rem and prints on A4 landscape, one
//! repository to a page.

use std::fmt::Write as _;

use super::shared::{self, Sharing};
use super::{
    AuditReport, BANDS, Coverage, band, band_meaning, change_text, measures, provenance,
    short_commit,
};
use crate::audit::baseline::Change;
use crate::audit::{Audit, Gap, RepoResult, Status};
use crate::findings::Finding;

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

/// A message's Markdown code spans as `<code>`, the rest escaped; a
/// backtick with no partner stays as it is.
fn inline(text: &str) -> String {
    let parts: Vec<&str> = text.split('`').collect();
    if parts.len() < 3 {
        return esc(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let pairs = (parts.len() - 1) / 2;
    for (i, part) in parts.iter().enumerate() {
        if i % 2 == 1 && i <= 2 * pairs {
            let _ = write!(out, "<code>{}</code>", esc(part));
        } else {
            if i > 2 * pairs {
                out.push('`');
            }
            out.push_str(&esc(part));
        }
    }
    out
}

const STYLE: &str = include_str!("html.css");

/// A change as an arrow and points, with words for screen readers.
fn change_html(change: Change) -> String {
    let words = match change {
        Change::Improved { .. } => "improved",
        Change::Regressed { .. } => "regressed",
        Change::Unchanged => "unchanged",
        Change::Unscored { .. } => "no longer scored",
        Change::New => "newly scored",
    };
    format!(
        " <small class=\"trend\"><span aria-hidden=\"true\">{}</span><span class=\"vh\">{words} {}</span></small>",
        esc(&change_text(change)),
        esc(change_text(change).trim_start_matches(['\u{25b2}', '\u{25bc}']))
    )
}

fn matrix(out: &mut String, report: &AuditReport<'_>) {
    let audit = report.audit;
    out.push_str("<table class=\"matrix stack\">\n<caption>Maturity matrix: each repository's score and band for the seven success measures</caption>\n<thead><tr><th scope=\"col\">repository</th><th scope=\"col\">path</th><th scope=\"col\">commit</th>");
    for (measure, _) in measures() {
        let _ = write!(out, "<th scope=\"col\">{}</th>", measure.replace('_', " "));
    }
    out.push_str("<th scope=\"col\">errors</th><th scope=\"col\">warnings</th><th scope=\"col\">waivers in repository</th></tr></thead>\n<tbody>\n");
    for (i, repo) in audit.repositories.iter().enumerate() {
        let _ = write!(
            out,
            "<tr><th scope=\"row\"><a href=\"#r{i}\">{}</a></th><td class=\"path\">{}<td><code>{}</code>",
            esc(&repo.name),
            esc(&repo.path).replace('/', "/<wbr>"),
            esc(&short_commit(repo))
        );
        if repo.status == Status::Error {
            let _ = writeln!(
                out,
                "<td class=\"s-error err\" colspan=\"10\">could not be checked: {}</td></tr>",
                inline(repo.error.as_deref().unwrap_or(""))
            );
            continue;
        }
        for (measure, _) in measures() {
            let b = band(repo, measure);
            let change = report
                .change(repo, measure)
                .map(change_html)
                .unwrap_or_default();
            match repo.measures.get(measure).filter(|m| m.assessed()) {
                Some(m) => {
                    let _ = write!(
                        out,
                        "<td class=\"b b-{}\">{:.0}<span>{}</span>{change}",
                        b_class(b),
                        m.score.unwrap_or_default(),
                        b.label()
                    );
                }
                None => {
                    let _ = write!(
                        out,
                        "<td class=\"b b-not_assessed\">-<span>not assessed</span>{change}"
                    );
                }
            }
        }
        let _ = writeln!(
            out,
            "<td class=\"num\">{}<td class=\"num\">{}<td class=\"num\">{}</tr>",
            repo.summary.errors,
            repo.summary.warnings,
            repo.waivers.map_or_else(|| "-".into(), |w| w.to_string())
        );
    }
    out.push_str(
        "</tbody>\n<tfoot><tr><th scope=\"row\">share of rules judged</th><td></td><td></td>",
    );
    for (measure, _) in measures() {
        let c = Coverage::of(audit, measure);
        let _ = write!(
            out,
            "<td class=\"num\">{} <span class=\"vh\">{}</span></td>",
            c.cell(),
            esc(&c.text())
        );
    }
    out.push_str("<td></td><td></td><td></td></tr></tfoot>\n</table>\n");
}

fn b_class(b: crate::maturity::Band) -> &'static str {
    match b {
        crate::maturity::Band::Met => "met",
        crate::maturity::Band::PartlyMet => "partly_met",
        crate::maturity::Band::NotMet => "not_met",
        crate::maturity::Band::NotAssessed => "not_assessed",
    }
}

/// Links to the repositories `members` names (indices, in order): the few
/// it spares when it names most of them, shorter to read and what keeps a
/// page of 1,000 small. `count` starts a minority's list with its size.
fn affected(out: &mut String, audit: &Audit, members: &[usize], count: bool) {
    let n = audit.repositories.len();
    let link = |out: &mut String, i: usize| {
        let _ = write!(
            out,
            "<a href=\"#r{i}\">{}</a>",
            esc(&audit.repositories[i].name)
        );
    };
    if members.len() == n {
        out.push_str("every repository");
    } else if 2 * members.len() > n {
        let _ = write!(out, "every repository except these {}: ", n - members.len());
        let mut next = members.iter().copied().peekable();
        let mut first = true;
        for i in 0..n {
            if next.peek() == Some(&i) {
                next.next();
                continue;
            }
            if !first {
                out.push_str(", ");
            }
            first = false;
            link(out, i);
        }
    } else {
        if count {
            let _ = write!(
                out,
                "{} {}: ",
                members.len(),
                if members.len() == 1 {
                    "repository"
                } else {
                    "repositories"
                }
            );
        }
        for (k, &i) in members.iter().enumerate() {
            if k > 0 {
                out.push_str(", ");
            }
            link(out, i);
        }
    }
}

/// A finding's place: `file:line`, `file` or nothing.
fn place(f: &Finding) -> String {
    match (&f.file, f.line) {
        (Some(file), Some(line)) => format!("{}:{line}", esc(file)),
        (Some(file), None) => esc(file),
        _ => String::new(),
    }
}

/// A finding's table row, less its end (a shared entry adds a cell).
fn finding_row(out: &mut String, f: &Finding) {
    let sev = f.severity.as_str();
    let waived = if f.waived.is_some() {
        " <span class=\"waived\">(waived)</span>"
    } else {
        ""
    };
    let _ = write!(
        out,
        "<tr><th scope=row>{}<td class=s-{}>{sev}<td>{}<td>{}{waived}",
        esc(&f.rule),
        &sev[..1],
        place(f),
        inline(&f.message)
    );
}

fn actions(out: &mut String, report: &AuditReport<'_>, gaps: &[Gap], sharing: &Sharing<'_>) {
    let audit = report.audit;
    out.push_str("<h2 id=\"act\">Where to act first</h2>\n");
    if gaps.is_empty() && sharing.rules.is_empty() {
        out.push_str("<p>No rule fails in any repository.</p>\n");
        return;
    }
    let index: std::collections::HashMap<&str, usize> = audit
        .repositories
        .iter()
        .enumerate()
        .map(|(i, r)| (r.name.as_str(), i))
        .collect();
    let block: std::collections::HashMap<&str, usize> = sharing
        .rules
        .iter()
        .enumerate()
        .map(|(b, r)| (r.rule, b))
        .collect();
    if !gaps.is_empty() {
        out.push_str("<table class=\"gaps stack\">\n<caption>Rules failed across the portfolio: the most severe first, then those failed by the most repositories</caption>\n<thead><tr><th scope=\"col\">rule</th><th scope=\"col\">severity</th><th scope=\"col\">repositories</th><th scope=\"col\">measure</th><th scope=\"col\">how to fix</th><th scope=\"col\">affected</th></tr></thead>\n<tbody>\n");
    }
    let total = audit.repositories.len().max(1) as f64;
    for gap in gaps {
        let n = gap.repositories.len();
        let sev = gap.severity.as_str();
        let rule = match block.get(gap.rule.as_str()) {
            Some(b) => format!("<a href=\"#g{b}\"><b>{}</b></a>", esc(&gap.rule)),
            None => format!("<b>{}</b>", esc(&gap.rule)),
        };
        let _ = write!(
            out,
            "<tr><th scope=\"row\">{rule} {}</th><td class=\"s-{sev}\">{sev}</td><td><span class=\"bar\" style=\"width:{:.1}rem\" aria-hidden=\"true\"></span>{n} of {}</td><td>{}</td><td>{}</td><td>",
            inline(&gap.title),
            6.0 * n as f64 / total,
            audit.repositories.len(),
            esc(&gap.measure.as_deref().unwrap_or("-").replace('_', " ")),
            inline(gap.remediation.as_deref().unwrap_or("-")),
        );
        let members: Vec<usize> = gap
            .repositories
            .iter()
            .filter_map(|name| index.get(name.as_str()).copied())
            .collect();
        affected(out, audit, &members, false);
        out.push_str("</td></tr>\n");
    }
    if !gaps.is_empty() {
        out.push_str("</tbody>\n</table>\n");
    }
    shared(out, audit, sharing);
}

/// The findings several repositories share, each once under its rule with
/// the repositories it affects.
fn shared(out: &mut String, audit: &Audit, sharing: &Sharing<'_>) {
    if sharing.rules.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "<h3 id=\"shared\">Findings shared by several repositories</h3>\n<p>A finding that {} or more repositories have in common (the same rule, severity, place and message, waived or not) is written once here, under its rule, with the repositories it affects. Each repository's section lists the rest of its findings and the rules under which its shared ones are.</p>",
        shared::threshold(audit.repositories.len())
    );
    for (b, rule) in sharing.rules.iter().enumerate() {
        let title = audit
            .catalogue
            .get(rule.rule)
            .map_or("", |m| m.title.as_str());
        let _ = writeln!(
            out,
            "<h4 id=\"g{b}\">{} {}</h4>\n<table class=\"stack findings shared\"><caption>Findings of {} shared by several repositories</caption>\n<thead><tr><th scope=\"col\">rule</th><th scope=\"col\">severity</th><th scope=\"col\">where</th><th scope=\"col\">finding</th><th scope=\"col\">repositories</th></tr></thead><tbody>",
            esc(rule.rule),
            inline(title),
            esc(rule.rule)
        );
        for e in &rule.entries {
            finding_row(out, e.finding);
            out.push_str("<td>");
            affected(out, audit, &e.repositories, true);
            out.push('\n');
        }
        out.push_str("</tbody></table>\n");
    }
}

fn repository(out: &mut String, i: usize, repo: &RepoResult, sharing: &Sharing<'_>) {
    let _ = write!(
        out,
        "<section class=\"repo\" id=\"r{i}\" aria-labelledby=\"r{i}h\"><h3 id=\"r{i}h\">{}</h3>\n<dl><div><dt>path</dt><dd>{}</dd></div>",
        esc(&repo.name),
        esc(&repo.path)
    );
    if let Some(remote) = &repo.remote {
        let _ = write!(out, "<div><dt>remote</dt><dd>{}</dd></div>", esc(remote));
    }
    if let Some(rev) = &repo.rev {
        let _ = write!(out, "<div><dt>revision</dt><dd>{}</dd></div>", esc(rev));
    }
    let _ = writeln!(
        out,
        "<div><dt>commit</dt><dd><code>{}</code></dd></div></dl>",
        esc(repo.commit.as_deref().unwrap_or("-"))
    );
    if let Some(error) = &repo.error {
        let _ = writeln!(
            out,
            "<p class=\"s-error\">could not be checked: {}</p></section>",
            inline(error)
        );
        return;
    }
    let s = repo.summary;
    let _ = writeln!(
        out,
        "<p>{}, {} waived.</p>",
        crate::report::severity_counts(&s),
        s.waived
    );
    let covered = &sharing.covered[i];
    let own = covered.iter().filter(|c| !**c).count();
    if own > 0 {
        let _ = writeln!(
            out,
            "<table class=\"stack findings\"><caption>Findings in {}{}</caption>\n<thead><tr><th scope=\"col\">rule</th><th scope=\"col\">severity</th><th scope=\"col\">where</th><th scope=\"col\">finding</th></tr></thead><tbody>",
            esc(&repo.name),
            if own < covered.len() {
                " not listed among the shared findings"
            } else {
                ""
            }
        );
        for (f, _) in repo.findings.iter().zip(covered).filter(|(_, c)| !**c) {
            finding_row(out, f);
            out.push('\n');
        }
        out.push_str("</tbody></table>\n");
    }
    let rules = &sharing.rules_of[i];
    if !rules.is_empty() {
        let _ = write!(
            out,
            "<p class=\"also\">{} {} shared with other repositories, each written once under its rule in <a href=\"#shared\">findings shared by several repositories</a>: ",
            if own > 0 {
                "Also affected by"
            } else {
                "Affected by"
            },
            crate::report::counted(covered.len() - own, "finding"),
        );
        for (k, &b) in rules.iter().enumerate() {
            if k > 0 {
                out.push_str(", ");
            }
            let _ = write!(out, "<a href=\"#g{b}\">{}</a>", esc(sharing.rules[b].rule));
        }
        out.push_str(".</p>\n");
    }
    out.push_str("</section>\n");
}

/// Renders the page.
pub fn render(report: &AuditReport<'_>) -> String {
    let audit = report.audit;
    let checked = audit
        .repositories
        .iter()
        .filter(|r| r.status == Status::Checked)
        .count();
    let mut out = String::with_capacity(4096 + audit.repositories.len() * 6144);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>WGLL maturity audit, {today}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#act\">Skip to where to act first</a>\n<main>\n<h1>What Good Looks Like: maturity audit</h1>\n<p>{today}: {n} repositories, {checked} checked, {failed} could not be checked.</p>\n<h2>What it was judged with</h2>\n<dl class=\"prov\">",
        today = esc(&audit.today),
        n = audit.repositories.len(),
        failed = audit.repositories.len() - checked,
    );
    for (label, value) in provenance(audit) {
        let _ = write!(out, "<dt>{label}</dt><dd>{}</dd>", esc(&value));
    }
    out.push_str("</dl>\n");
    let _ = writeln!(
        out,
        "<h2>How to read the scores</h2>\n<p class=\"definition\">{}</p>\n<ul class=\"legend\" aria-label=\"bands\">",
        esc(crate::maturity::DEFINITION)
    );
    for b in BANDS {
        let _ = write!(
            out,
            "<li class=\"b-{}\"><b>{}</b>: {}</li>",
            b_class(b),
            b.label(),
            band_meaning(b)
        );
    }
    out.push_str("</ul>\n<p>The matrix's last row is the share of each measure's rules judged across the portfolio.</p>\n");
    if let Some(b) = report.baseline {
        let _ = writeln!(
            out,
            "<p class=\"trend\">Since the audit of {}: {}.</p>",
            esc(b.today.as_deref().unwrap_or("an earlier date")),
            esc(&report.trend().unwrap_or_default().text())
        );
        for gone in report.gone() {
            let _ = writeln!(out, "<p>No longer audited: {}</p>", esc(gone));
        }
    }
    out.push_str("<h2>Maturity matrix</h2>\n");
    matrix(&mut out, report);
    let gaps = audit.gaps();
    let sharing = Sharing::of(audit, &gaps);
    actions(&mut out, report, &gaps, &sharing);
    out.push_str("<h2>Repositories</h2>\n");
    for (i, repo) in audit.repositories.iter().enumerate() {
        repository(&mut out, i, repo, &sharing);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_renders_code_spans() {
        assert_eq!(
            esc("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
        assert_eq!(
            inline("set `security.pen_test` to <a date>"),
            "set <code>security.pen_test</code> to &lt;a date&gt;"
        );
        assert_eq!(inline("a `b` and `c"), "a <code>b</code> and `c");
        assert_eq!(inline("no code"), "no code");
    }
}
