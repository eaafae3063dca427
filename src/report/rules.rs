//! The rule catalogue of `wgll rules`: a table for the terminal, JSON for
//! tools, and the Markdown that is `docs/rules.md` (generated, never edited
//! by hand; a test fails when it drifts).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::evaluate::EolData;
use crate::evaluate::metadata::{MEASURES, RuleMeta};

choices! {
    /// The formats of the catalogue.
    pub enum CatalogueFormat {
        /// One line per rule.
        Table => "table",
        /// Every field of every rule.
        Json => "json",
        /// The rule reference, as in `docs/rules.md`.
        Markdown => "markdown",
    }
}

/// Whether a rule judges components by the end-of-life data: it judges
/// what the repository pins.
fn uses_eol_data(meta: &RuleMeta) -> bool {
    meta.judges.iter().any(|j| j == "observed.components")
}

/// The sentence naming the end-of-life data and the rules that use it.
fn eol_line(catalogue: &BTreeMap<String, RuleMeta>, eol: Option<&EolData>) -> Option<String> {
    let eol = eol?;
    let ids: Vec<&str> = catalogue
        .values()
        .filter(|m| uses_eol_data(m))
        .map(|m| m.id.as_str())
        .collect();
    (!ids.is_empty()).then(|| format!("end-of-life dates ({}): {}", ids.join(", "), eol.describe()))
}

/// Renders the catalogue; `eol` is the end-of-life data the library holds.
pub fn render(
    catalogue: &BTreeMap<String, RuleMeta>,
    format: CatalogueFormat,
    eol: Option<&EolData>,
) -> String {
    match format {
        CatalogueFormat::Table => {
            let mut out = table(catalogue);
            if let Some(line) = eol_line(catalogue, eol) {
                let _ = writeln!(out, "{line}");
            }
            out
        }
        CatalogueFormat::Json => {
            let rules: Vec<&RuleMeta> = catalogue.values().collect();
            let mut text = serde_json::to_string_pretty(&rules).unwrap_or_else(|_| "[]".into());
            text.push('\n');
            text
        }
        CatalogueFormat::Markdown => markdown(catalogue, eol),
    }
}

/// A measure key as words: `smart_foundations` -> `smart foundations`.
pub fn measure_words(key: &str) -> String {
    key.replace('_', " ")
}

fn tcop_text(meta: &RuleMeta) -> String {
    meta.tcop
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn table(catalogue: &BTreeMap<String, RuleMeta>) -> String {
    let id_width = catalogue.keys().map(String::len).max().unwrap_or(2);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<id_width$}  {:<8}  {:<19}  {:<6}  title",
        "id", "severity", "measure", "tcop"
    );
    for meta in catalogue.values() {
        // `+`: stricter in some phases; the footer says so.
        let severity = format!(
            "{}{}",
            meta.severity.as_str(),
            if meta.severity_by_phase.is_empty() {
                ""
            } else {
                "+"
            }
        );
        let _ = writeln!(
            out,
            "{:<id_width$}  {:<8}  {:<19}  {:<6}  {}",
            meta.id,
            severity,
            meta.measure.as_deref().unwrap_or("-"),
            tcop_text(meta),
            meta.title
        );
    }
    let _ = writeln!(out, "\n{} rules", catalogue.len());
    let scoped = catalogue.values().filter(|m| !m.kinds.is_empty()).count();
    if scoped > 0 {
        let _ = writeln!(
            out,
            "{scoped} apply only to some kinds of repository, by `service.kind` (`wgll explain ID` says which)"
        );
    }
    if catalogue.values().any(|m| !m.severity_by_phase.is_empty()) {
        let _ = writeln!(
            out,
            "+ stricter in some phases of the service (`wgll explain ID` says which)"
        );
    }
    out
}

fn anchor(id: &str) -> String {
    id.to_ascii_lowercase()
}

fn markdown(catalogue: &BTreeMap<String, RuleMeta>, eol: Option<&EolData>) -> String {
    let mut out = String::from(
        "# Rule reference\n\n\
         Generated from the rules' METADATA by `wgll rules --format markdown`; do not edit by hand \
         (a test fails when this file and the rules disagree).\n\n",
    );
    let _ = writeln!(out, "{} rules.\n", catalogue.len());
    if let Some(line) = eol_line(catalogue, eol) {
        let _ = writeln!(out, "The {line}; `docs/eol.md` says how to refresh them.\n");
    }

    out.push_str("## By success measure\n\n| measure | rules |\n|---|---|\n");
    for measure in MEASURES {
        let ids: Vec<String> = catalogue
            .values()
            .filter(|m| m.measure.as_deref() == Some(measure))
            .map(|m| format!("[{}](#{})", m.id, anchor(&m.id)))
            .collect();
        let _ = writeln!(
            out,
            "| {} ({}) | {} |",
            measure_words(measure),
            ids.len(),
            ids.join(", ")
        );
    }

    out.push_str("\n## By Technology Code of Practice point\n\n| point | rules |\n|---|---|\n");
    for point in 1..=13u32 {
        let ids: Vec<String> = catalogue
            .values()
            .filter(|m| m.tcop.contains(&point))
            .map(|m| format!("[{}](#{})", m.id, anchor(&m.id)))
            .collect();
        let _ = writeln!(out, "| {point} | {} |", ids.join(", "));
    }

    out.push_str("\n## Rules\n");
    for meta in catalogue.values() {
        let _ = writeln!(out, "\n### {}\n\n**{}**\n", meta.id, meta.title);
        let mut facts = vec![format!("severity: {}", meta.severity_text())];
        if let Some(m) = &meta.measure {
            facts.push(format!("measure: {}", measure_words(m)));
        }
        if !meta.kinds.is_empty() {
            facts.push(format!("applies to: {}", meta.kinds_text()));
        }
        if !meta.tcop.is_empty() {
            facts.push(format!("TCoP: {}", tcop_text(meta)));
        }
        if let Some(r) = &meta.requirement {
            facts.push(format!("requirement: {r}"));
        }
        facts.push(format!("policy: `{}`", meta.file));
        let _ = writeln!(out, "{}\n", facts.join(" · "));
        if !meta.description.is_empty() {
            let _ = writeln!(out, "{}\n", meta.description);
        }
        if let Some(fix) = &meta.remediation {
            let _ = writeln!(out, "How to fix: {fix}\n");
        }
        for r in &meta.related_resources {
            let _ = writeln!(
                out,
                "- [{}]({})",
                r.description.as_deref().unwrap_or(&r.url),
                r.url
            );
        }
    }
    out
}

/// `wgll explain`: one rule, what it checks, why, how to fix it, and its
/// guidance; for a rule that judges pinned components, the date of the
/// end-of-life data it judges them by.
pub fn explain(meta: &RuleMeta, eol: Option<&EolData>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}: {}", meta.id, meta.title);
    let _ = writeln!(out);
    let _ = writeln!(out, "severity: {}", meta.severity_text());
    if let Some(m) = &meta.measure {
        let _ = writeln!(out, "measure:  {m}");
    }
    let _ = writeln!(out, "applies:  to {} (service.kind)", meta.kinds_text());
    if !meta.tcop.is_empty() {
        let points: Vec<String> = meta.tcop.iter().map(u32::to_string).collect();
        let _ = writeln!(out, "TCoP:     {}", points.join(", "));
    }
    let _ = writeln!(out, "policy:   {} ({})", meta.file, meta.package);
    if let Some(eol) = eol.filter(|_| uses_eol_data(meta)) {
        let _ = writeln!(out, "data:     end-of-life dates from {}", eol.describe());
    }
    if !meta.description.is_empty() {
        let _ = writeln!(out, "\n{}", meta.description.trim());
    }
    if let Some(r) = &meta.remediation {
        let _ = writeln!(out, "\nHow to fix:\n{}", r.trim());
    }
    if !meta.related_resources.is_empty() {
        let _ = writeln!(out, "\nGuidance:");
        for r in &meta.related_resources {
            match &r.description {
                Some(d) => {
                    let _ = writeln!(out, "- {d}: {}", r.url);
                }
                None => {
                    let _ = writeln!(out, "- {}", r.url);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evaluate::metadata::{Resource, Severity};

    fn rule(id: &str, measure: &str, tcop: Vec<u32>) -> RuleMeta {
        RuleMeta {
            id: id.into(),
            title: format!("{id} title"),
            description: "Why.".into(),
            severity: Severity::Warning,
            severity_by_phase: Default::default(),
            kinds: Vec::new(),
            measure: Some(measure.into()),
            tcop,
            remediation: Some("Fix it.".into()),
            requirement: Some("REQ-1".into()),
            related_resources: vec![Resource {
                url: "https://example.org/g".into(),
                description: Some("Guide".into()),
            }],
            judges: vec!["manifest".into()],
            reads: Vec::new(),
            package: "data.x".into(),
            file: "policies/x.rego".into(),
            line: 1,
        }
    }

    #[test]
    fn the_reference_indexes_rules_by_measure_and_tcop_point() {
        let catalogue: BTreeMap<String, RuleMeta> = [
            rule("CLOUD-01", "smart_foundations", vec![5]),
            rule("WL-01", "well_led", vec![]),
        ]
        .into_iter()
        .map(|m| (m.id.clone(), m))
        .collect();
        let text = markdown(&catalogue, None);
        assert!(
            text.contains("| smart foundations (1) | [CLOUD-01](#cloud-01) |"),
            "{text}"
        );
        assert!(text.contains("| 5 | [CLOUD-01](#cloud-01) |"), "{text}");
        assert!(text.contains("| 6 |  |"), "{text}");
        assert!(text.contains("### WL-01\n\n**WL-01 title**\n\nseverity: warning · measure: well led · requirement: REQ-1"), "{text}");
        assert!(text.contains("- [Guide](https://example.org/g)"), "{text}");
    }

    #[test]
    fn the_table_counts_the_rules() {
        let catalogue: BTreeMap<String, RuleMeta> = [rule("A-1", "well_led", vec![1, 2])]
            .into_iter()
            .map(|m| (m.id.clone(), m))
            .collect();
        let text = table(&catalogue);
        assert!(
            text.contains("A-1  warning   well_led             1, 2    A-1 title"),
            "{text}"
        );
        assert!(text.ends_with("\n1 rules\n"), "{text}");
    }

    #[test]
    fn rules_judging_pinned_components_name_the_data_date() {
        let eol = EolData {
            updated: "2026-08-22".into(),
            source: "https://github.com/endoflife-date/endoflife.date".into(),
            commit: Some("a70eca337600e7d721dc48112c271f98661d208b".into()),
        };
        let mut sf = rule("SF-01", "smart_foundations", vec![6]);
        sf.judges = vec!["manifest".into(), "observed.components".into()];
        let other = rule("WL-01", "well_led", vec![]);
        assert!(explain(&sf, Some(&eol)).contains(
            "data:     end-of-life dates from endoflife.date data of 2026-08-22 (commit a70eca3)\n"
        ));
        assert!(!explain(&other, Some(&eol)).contains("data:"));
        let catalogue: BTreeMap<String, RuleMeta> =
            [sf, other].into_iter().map(|m| (m.id.clone(), m)).collect();
        let text = render(&catalogue, CatalogueFormat::Table, Some(&eol));
        assert!(
            text.ends_with(
                "end-of-life dates (SF-01): endoflife.date data of 2026-08-22 (commit a70eca3)\n"
            ),
            "{text}"
        );
        assert!(
            render(&catalogue, CatalogueFormat::Markdown, Some(&eol))
                .contains("The end-of-life dates (SF-01)")
        );
    }
}
