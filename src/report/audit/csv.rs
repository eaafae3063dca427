//! The audit as CSV (RFC 4180): one row per repository, for spreadsheets.

use super::{AuditReport, Coverage, band, measures, plain, score_text};
use crate::audit::Status;

fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// Renders one header row and a row per repository.
pub fn render(report: &AuditReport<'_>) -> String {
    let mut header: Vec<String> = ["name", "path", "remote", "rev", "commit", "status", "error"]
        .map(String::from)
        .to_vec();
    header.extend(measures().map(|(m, _)| m.to_string()));
    // The band beside the score: an unwaived error caps it, whatever the
    // score says.
    header.extend(measures().map(|(m, _)| format!("{m}_band")));
    // Beside each score, the share of the measure's rules judged: an empty
    // score with 0 is not assessed, never a zero.
    header.extend(measures().map(|(m, _)| format!("{m}_assessed")));
    header.extend(["errors", "warnings", "infos", "waived", "local_waivers"].map(String::from));
    // Provenance on every row: a spreadsheet has nowhere else to keep it,
    // and a row copied elsewhere still says what judged it.
    header.extend(["wgll", "rule_library", "configuration", "today"].map(String::from));
    let p = &report.audit.provenance;
    let provenance = [
        p.wgll.clone(),
        p.rules.clone(),
        p.config.clone().unwrap_or_default(),
        p.today.clone(),
    ];
    let mut out = header.join(",") + "\r\n";
    for repo in &report.audit.repositories {
        let mut row = vec![
            field(&repo.name),
            field(&repo.path),
            field(repo.remote.as_deref().unwrap_or("")),
            field(repo.rev.as_deref().unwrap_or("")),
            field(repo.commit.as_deref().unwrap_or("")),
            if repo.status == Status::Checked {
                "checked"
            } else {
                "error"
            }
            .to_string(),
            field(&plain(repo.error.as_deref().unwrap_or(""))),
        ];
        for (measure, _) in measures() {
            let s = score_text(repo, measure);
            row.push(if s == "-" { String::new() } else { s });
        }
        for (measure, _) in measures() {
            let b = band(repo, measure);
            row.push(if repo.status == Status::Checked {
                b.label().to_string()
            } else {
                String::new()
            });
        }
        for (measure, _) in measures() {
            let coverage = repo.measures.get(measure).map(Coverage::of_repository);
            row.push(
                coverage
                    .filter(|c| c.rules > 0)
                    .map_or_else(String::new, |c| c.cell()),
            );
        }
        let s = repo.summary;
        row.extend([s.errors, s.warnings, s.infos, s.waived].map(|n| n.to_string()));
        row.push(repo.waivers.map_or_else(String::new, |w| w.to_string()));
        row.extend(provenance.iter().map(|v| field(v)));
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::field;

    #[test]
    fn quotes_fields_that_need_it() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }
}
