//! `--format markdown`: the summary for pull-request comments and GitHub's
//! job summary: a headline, counts by severity and by success measure, and a
//! table of findings.

use std::collections::BTreeMap;

use super::CheckReport;
use super::rules::measure_words;
use crate::evaluate::metadata::MEASURES;
use crate::findings::Summary;

/// GitHub shows at most 1 MiB of summary per step; this many rows stays well
/// under it, and SARIF carries the full list.
const MAX_ROWS: usize = 500;

/// Escapes text for a Markdown table cell: `|` would end the cell, a newline
/// the row; text from a repository must not become markup either (`<img>`,
/// `<details>`, a `[link](...)`), nor print a control character.
pub fn cell(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' => out.push_str("<br>"),
            '\\' | '|' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c if c.is_control() => out.extend(c.escape_unicode()),
            c => out.push(c),
        }
    }
    out
}

/// Text as a code span in a table cell: fenced by more backticks than it
/// holds in a row, so none of its own can close it; only `|` is escaped,
/// which tables read before code spans.
pub fn code(text: &str) -> String {
    let text = super::safe::line(text).replace('|', "\\|");
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = if longest > 0 { " " } else { "" };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// Each success measure's score, or that it was not assessed; without a
/// manifest, first what the repository's own files showed.
fn measures(report: &CheckReport<'_>) -> String {
    let mut out = String::new();
    if !report.has_manifest() {
        let found = super::found::found(report.input);
        out.push_str(&format!(
            "No `{}`: judged on what the repository shows. Found: {}.\n\n",
            cell(report.manifest_file),
            if found.is_empty() {
                "nothing that a rule judges".to_string()
            } else {
                cell(&found.join("; "))
            }
        ));
    }
    out.push_str(
        "| Success measure | Score | Rules passed | Not assessed |\n|---|---:|---:|---:|\n",
    );
    for measure in MEASURES {
        let Some(m) = report.measures.get(measure) else {
            continue;
        };
        out.push_str(&format!(
            "| {} | {} | {} of {} | {} |\n",
            measure_words(measure),
            report.score_text(measure),
            m.passed,
            m.passed + m.failed,
            m.not_assessed
        ));
    }
    out.push('\n');
    out
}

/// Renders the summary, ending with a newline.
pub fn render(report: &CheckReport<'_>) -> String {
    let s = report.summary();
    let mut out = String::new();
    let verdict = if report.failed() {
        "❌ failed"
    } else {
        "✅ passed"
    };
    out.push_str(&format!(
        "## wgll: {} {verdict}\n\n",
        cell(report.repository)
    ));
    out.push_str(&format!(
        "Checked against {} rules on {}; fails on {} and above.\n\n",
        report.rules_run,
        report.today,
        report.fail_on.as_str()
    ));
    out.push_str("| Errors | Warnings | Infos | Waived |\n|---:|---:|---:|---:|\n");
    out.push_str(&format!(
        "| {} | {} | {} | {} |\n\n",
        s.errors, s.warnings, s.infos, s.waived
    ));
    out.push_str(&measures(report));
    if report.findings.is_empty() {
        out.push_str("No findings.\n");
        return out;
    }

    let mut by_measure: BTreeMap<&str, Summary> = BTreeMap::new();
    for f in report.findings {
        by_measure
            .entry(f.measure.as_deref().unwrap_or(""))
            .or_default()
            .add(f);
    }
    out.push_str("### By success measure\n\n");
    out.push_str("| Measure | Errors | Warnings | Infos | Waived |\n|---|---:|---:|---:|---:|\n");
    // The framework's order, then anything outside it.
    let order = MEASURES
        .iter()
        .copied()
        .chain(by_measure.keys().copied().filter(|m| !MEASURES.contains(m)))
        .collect::<Vec<_>>();
    for measure in order {
        let Some(c) = by_measure.get(measure) else {
            continue;
        };
        let name = if measure.is_empty() {
            "(none)".to_string()
        } else {
            measure_words(measure)
        };
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            cell(&name),
            c.errors,
            c.warnings,
            c.infos,
            c.waived
        ));
    }

    out.push_str("\n### Findings\n\n");
    out.push_str("| Rule | Severity | Location | Message |\n|---|---|---|---|\n");
    for f in report.findings.iter().take(MAX_ROWS) {
        let rule = match &f.title {
            Some(t) => format!("{}: {t}", f.rule),
            None => f.rule.clone(),
        };
        let severity = match &f.waived {
            Some(w) => format!("{} (waived until {})", f.severity.as_str(), w.expires),
            None => f.severity.as_str().to_string(),
        };
        let location = match (&f.file, f.line) {
            (Some(file), Some(line)) => code(&format!("{}:{line}", report.from_root(file))),
            (Some(file), None) => code(&report.from_root(file)),
            (None, _) => "(repository)".to_string(),
        };
        let mut message = f.message.clone();
        if let Some(missing) = &f.missing {
            message.push_str(&format!(" (`{missing}` is not set)"));
        }
        message.push_str(&report.related_text(f));
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            cell(&rule),
            severity,
            location,
            cell(&message)
        ));
    }
    if report.findings.len() > MAX_ROWS {
        out.push_str(&format!(
            "\n{} more findings are not shown; the SARIF report lists them all.\n",
            report.findings.len() - MAX_ROWS
        ));
    }
    out
}
