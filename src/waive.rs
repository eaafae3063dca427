//! Between evaluate and report: waivers. A waiver that matches a finding
//! marks it waived (it is still reported everywhere, and no longer fails
//! the check); a waiver past its expiry waives nothing and is itself an
//! error at its line; a waiver that matches nothing is a warning, so it
//! cannot lie in wait for the problem to return.

use std::collections::BTreeMap;
use std::ops::Range;

use crate::config::WaiverEntry;
use crate::date::Date;
use crate::evaluate::builtin::{WAIVER_EXPIRED, WAIVER_UNUSED};
use crate::evaluate::metadata::RuleMeta;
use crate::findings::{self, Finding};
use crate::sourcemap::SourceMap;

/// Whether a waiver covers a finding: the same rule, and, when the waiver
/// names a path, a finding in that file or under that folder.
fn covers(entry: &WaiverEntry, finding: &Finding) -> bool {
    let waiver = &entry.waiver;
    if !waiver.rule.eq_ignore_ascii_case(&finding.rule) {
        return false;
    }
    match (&waiver.path, &finding.file) {
        (None, _) => true,
        (Some(path), Some(file)) => {
            file == path
                || file
                    .strip_prefix(path.as_str())
                    .is_some_and(|r| r.starts_with('/'))
        }
        (Some(_), None) => false,
    }
}

/// Applies the waivers to the findings, adds the findings about the
/// waivers themselves, and sorts the result.
pub fn apply(
    findings: &mut Vec<Finding>,
    waivers: &[WaiverEntry],
    today: Date,
    catalogue: &BTreeMap<String, RuleMeta>,
    sources: &SourceMap,
) {
    let mut about_waivers = Vec::new();
    for entry in waivers {
        let w = &entry.waiver;
        if entry.expires < today {
            if let Some(meta) = catalogue.get(WAIVER_EXPIRED) {
                let message = format!(
                    "the waiver of {} approved by {} expired on {}",
                    w.rule, w.approved_by, w.expires
                );
                about_waivers.push(placed(
                    Finding::described(WAIVER_EXPIRED.into(), meta.severity, message, catalogue),
                    &w.file,
                    entry.expires_span.clone(),
                    sources,
                ));
            }
            continue;
        }
        let mut used = false;
        for finding in findings.iter_mut() {
            if finding.waived.is_none() && covers(entry, finding) {
                finding.waived = Some(w.clone());
                used = true;
            }
        }
        if !used && let Some(meta) = catalogue.get(WAIVER_UNUSED) {
            let scope = w
                .path
                .as_deref()
                .map(|p| format!(" in {p}"))
                .unwrap_or_default();
            let message = format!("the waiver of {}{scope} matches no finding", w.rule);
            about_waivers.push(placed(
                Finding::described(WAIVER_UNUSED.into(), meta.severity, message, catalogue),
                &w.file,
                entry.origin.span.clone(),
                sources,
            ));
        }
    }
    findings.extend(about_waivers);
    findings::sort(findings);
}

fn placed(mut finding: Finding, file: &str, span: Range<usize>, sources: &SourceMap) -> Finding {
    if let Some(source) = sources.file(file) {
        let (line, column) = source.line_col(span.start);
        finding.line = Some(line);
        finding.column = Some(column);
        finding.span = Some(span);
    }
    finding.file = Some(file.to_string());
    finding
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::config;
    use crate::evaluate::builtin;
    use crate::evaluate::metadata::Severity;

    const CONFIG: &str = "waivers:\n  - rule: CLOUD-02\n    path: wgll.yaml\n    reason: SIRO approved a pilot\n    approved_by: Jane Doe\n    expires: 2027-01-31\n  - rule: SEC-02\n    reason: Renewal booked\n    approved_by: Sam Lee\n    expires: 2026-10-31\n  - rule: A11Y-01\n    reason: Fixed soon\n    approved_by: Sam Lee\n    expires: 2027-01-31\n";

    fn setup() -> (Vec<WaiverEntry>, BTreeMap<String, RuleMeta>, SourceMap) {
        let Ok(config) = config::parse(".wgll/config.yaml", CONFIG) else {
            panic!()
        };
        let catalogue = builtin::rules()
            .into_iter()
            .map(|m| (m.id.clone(), m))
            .collect();
        let mut sources = SourceMap::default();
        sources.add_file(".wgll/config.yaml", Arc::from(CONFIG));
        (config.waivers, catalogue, sources)
    }

    fn finding(rule: &str, file: &str) -> Finding {
        let mut f = Finding::described(rule.into(), Severity::Error, "m".into(), &BTreeMap::new());
        f.file = Some(file.into());
        f
    }

    #[test]
    fn waives_matching_findings_and_reports_expired_and_unused_waivers() {
        let (waivers, catalogue, sources) = setup();
        let today: Date = "2026-11-23".parse().unwrap_or(Date::today_utc());
        let mut found = vec![
            finding("CLOUD-02", "wgll.yaml"),
            finding("CLOUD-02", "other.yaml"),
            finding("SEC-02", "wgll.yaml"),
        ];
        apply(&mut found, &waivers, today, &catalogue, &sources);
        let summary: Vec<(&str, Option<&str>, bool, Option<usize>)> = found
            .iter()
            .map(|f| {
                (
                    f.rule.as_str(),
                    f.file.as_deref(),
                    f.waived.is_some(),
                    f.line,
                )
            })
            .collect();
        assert_eq!(
            summary,
            vec![
                (WAIVER_EXPIRED, Some(".wgll/config.yaml"), false, Some(10)),
                (WAIVER_UNUSED, Some(".wgll/config.yaml"), false, Some(11)),
                ("CLOUD-02", Some("other.yaml"), false, None),
                ("CLOUD-02", Some("wgll.yaml"), true, None),
                ("SEC-02", Some("wgll.yaml"), false, None),
            ]
        );
    }

    #[test]
    fn a_path_covers_files_under_a_folder_but_not_lookalikes() {
        let (waivers, _, _) = setup();
        let mut entry = waivers[0].clone();
        entry.waiver.path = Some("docs/adr".into());
        assert!(covers(&entry, &finding("CLOUD-02", "docs/adr/0001-x.md")));
        assert!(!covers(&entry, &finding("CLOUD-02", "docs/adrs/0001-x.md")));
        assert!(!covers(&entry, &finding("SEC-02", "docs/adr/0001-x.md")));
    }
}
