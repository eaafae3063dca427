//! Findings located in the repository: what every output format renders.
//!
//! Between evaluate and report: a policy's `at` pointer becomes a file, a
//! byte span, a line and a column through the source map, and the rule's
//! metadata (title, measure, advice) is attached from the catalogue.

use std::collections::BTreeMap;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::evaluate::RawFinding;
use crate::evaluate::metadata::{RuleMeta, Severity};
use crate::sourcemap::{SourceMap, unescape_pointer_token};

/// One finding with its place in the repository (serialised only between
/// an audit and its worker processes; reports have their own shapes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// Rule id.
    pub rule: String,
    /// The rule's title, when the catalogue knows the rule.
    pub title: Option<String>,
    /// Severity after any override.
    pub severity: Severity,
    /// The success measure.
    pub measure: Option<String>,
    /// TCoP points.
    pub tcop: Vec<u32>,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub remediation: Option<String>,
    /// The guidance link.
    pub url: Option<String>,
    /// The repository file it is about.
    pub file: Option<String>,
    /// 1-based line, when it has a place in a file.
    pub line: Option<usize>,
    /// 1-based column (characters).
    pub column: Option<usize>,
    /// Byte span in `file`.
    pub span: Option<Range<usize>>,
    /// JSON pointer into the input.
    pub at: Option<String>,
    /// When `at` names something not written, what is missing (`exit_plan`),
    /// the labelled span being its nearest parent.
    pub missing: Option<String>,
    /// The waiver that accepts this finding, if any: a waived finding is
    /// still reported everywhere, marked, and does not fail the check.
    pub waived: Option<Waiver>,
    /// Other places that bear on it (where the code contradicts a claim),
    /// located; a pointer the source map does not know is left out.
    pub related: Vec<RelatedPlace>,
}

/// A related place, located.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelatedPlace {
    /// The JSON pointer the policy named.
    pub at: String,
    /// What it shows there (may be empty).
    pub message: String,
    /// The file.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column (characters).
    pub column: usize,
    /// Byte span in `file`.
    #[serde(skip_serializing, default)]
    pub span: Range<usize>,
}

/// An accepted deviation from a rule, recorded in configuration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Waiver {
    /// The rule id it waives.
    pub rule: String,
    /// The repository path it is limited to, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Why the deviation is accepted.
    pub reason: String,
    /// Who approved it.
    pub approved_by: String,
    /// The last day it holds (`YYYY-MM-DD`).
    pub expires: String,
    /// The configuration file that records it.
    pub file: String,
    /// Its 1-based line in that file.
    pub line: Option<usize>,
}

/// Locates raw findings and sorts them by file, position and rule.
pub fn locate(
    raw: Vec<RawFinding>,
    catalogue: &BTreeMap<String, RuleMeta>,
    sources: &SourceMap,
) -> Vec<Finding> {
    let mut out: Vec<Finding> = raw
        .into_iter()
        .map(|f| locate_one(f, catalogue, sources))
        .collect();
    sort(&mut out);
    out
}

/// The rule that reports placeholders left in the manifest (`TODO: ...`).
pub const PLACEHOLDER_RULE: &str = "WL-09";

/// Drops the findings other rules make at a value that is a placeholder:
/// it is reported once, as a placeholder, not again as a wrong region, a
/// missing date or an absent file. The placeholder's own finding stands, so
/// the check still fails there.
pub fn subsume_placeholders(findings: &mut Vec<Finding>) {
    let placeholders: Vec<String> = findings
        .iter()
        .filter(|f| f.rule == PLACEHOLDER_RULE)
        .filter_map(|f| f.at.clone())
        .collect();
    if placeholders.is_empty() {
        return;
    }
    findings.retain(|f| {
        f.rule == PLACEHOLDER_RULE
            || !f.at.as_deref().is_some_and(|at| {
                placeholders.iter().any(|p| {
                    at == p
                        || at
                            .strip_prefix(p.as_str())
                            .is_some_and(|r| r.starts_with('/'))
                })
            })
    });
}

/// Sorts findings by file (unplaced last), position, rule and message, and
/// drops exact duplicates: the order every format shows.
pub fn sort(findings: &mut Vec<Finding>) {
    findings.sort_by(|a, b| {
        (
            a.file.is_none(),
            &a.file,
            a.span.as_ref().map(|s| s.start),
            &a.rule,
            &a.message,
        )
            .cmp(&(
                b.file.is_none(),
                &b.file,
                b.span.as_ref().map(|s| s.start),
                &b.rule,
                &b.message,
            ))
    });
    findings.dedup();
}

impl Finding {
    /// A finding of a rule, described from the catalogue, not yet placed.
    pub fn described(
        rule: String,
        severity: Severity,
        message: String,
        catalogue: &BTreeMap<String, RuleMeta>,
    ) -> Self {
        let meta = catalogue.get(&rule);
        // Messages quote the repository's own text (a region, a path): a
        // terminal or CI log must not act on what it holds.
        let message = if message.chars().any(char::is_control) {
            crate::snippet::escape_controls(&message)
        } else {
            message
        };
        Finding {
            title: meta.map(|m| m.title.clone()),
            severity,
            measure: meta.and_then(|m| m.measure.clone()),
            tcop: meta.map(|m| m.tcop.clone()).unwrap_or_default(),
            remediation: meta.and_then(|m| m.remediation.clone()),
            url: meta
                .and_then(|m| m.related_resources.first())
                .map(|r| r.url.clone()),
            rule,
            message,
            file: None,
            line: None,
            column: None,
            span: None,
            at: None,
            missing: None,
            waived: None,
            related: Vec::new(),
        }
    }
}

fn locate_one(
    raw: RawFinding,
    catalogue: &BTreeMap<String, RuleMeta>,
    sources: &SourceMap,
) -> Finding {
    let mut finding = Finding::described(raw.rule, raw.severity, raw.message, catalogue);
    finding.file = raw.file;
    finding.at = raw.at;
    finding.related = raw
        .related
        .into_iter()
        .filter_map(|r| {
            let found = sources.locate(&r.at)?;
            let (line, column) = found.file.line_col(found.span.start);
            Some(RelatedPlace {
                file: found.file.path.clone(),
                line,
                column,
                span: found.span,
                at: r.at,
                message: crate::snippet::escape_controls(&r.message),
            })
        })
        .collect();
    // A finding about a file names that file; `at` places it inside one.
    if finding.file.is_none()
        && let Some(found) = finding.at.as_deref().and_then(|at| sources.locate(at))
    {
        let (line, column) = found.file.line_col(found.span.start);
        if !found.exact {
            let at = finding.at.as_deref().unwrap_or("");
            let rest = at[found.found.len()..].trim_start_matches('/');
            finding.missing = Some(
                rest.split('/')
                    .map(unescape_pointer_token)
                    .collect::<Vec<_>>()
                    .join("."),
            );
        }
        finding.file = Some(found.file.path.clone());
        finding.line = Some(line);
        finding.column = Some(column);
        finding.span = Some(found.span);
    }
    finding
}

/// Counts by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// Errors.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Infos.
    pub infos: usize,
    /// Waived findings (not counted above).
    pub waived: usize,
}

impl Summary {
    /// Counts findings.
    pub fn of(findings: &[Finding]) -> Self {
        let mut s = Self::default();
        for f in findings {
            s.add(f);
        }
        s
    }

    /// Counts one more finding: as waived if it is, else by severity.
    pub fn add(&mut self, f: &Finding) {
        if f.waived.is_some() {
            self.waived += 1;
            return;
        }
        match f.severity {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
            Severity::Info => self.infos += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::sourcemap::NodeSpan;

    fn raw(rule: &str, at: &str) -> RawFinding {
        RawFinding {
            rule: rule.into(),
            severity: Severity::Error,
            message: "m".into(),
            at: Some(at.into()),
            file: None,
            related: Vec::new(),
        }
    }

    #[test]
    fn a_placeholder_is_reported_once() {
        let finding = |rule: &str, at: &str| {
            let mut f = Finding::described(
                rule.into(),
                Severity::Error,
                String::new(),
                &BTreeMap::new(),
            );
            f.at = Some(at.into());
            f
        };
        let mut found = vec![
            finding("WL-09", "/manifest/hosting/regions/0"),
            finding("CLOUD-02", "/manifest/hosting/regions/0"),
            finding("WL-09", "/manifest/technology/components/0/eol"),
            finding("SF-01", "/manifest/technology/components/0/eol"),
            finding("CLOUD-03", "/manifest/hosting/regions/1"),
            finding("WL-09", "/manifest/security/dspt"),
            finding("SEC-05", "/manifest/security/dspt/status"),
            finding("SEC-05", "/manifest/security/dspt_x"),
        ];
        subsume_placeholders(&mut found);
        let left: Vec<(&str, &str)> = found
            .iter()
            .map(|f| (f.rule.as_str(), f.at.as_deref().unwrap_or("")))
            .collect();
        assert_eq!(
            left,
            [
                ("WL-09", "/manifest/hosting/regions/0"),
                ("WL-09", "/manifest/technology/components/0/eol"),
                ("CLOUD-03", "/manifest/hosting/regions/1"),
                ("WL-09", "/manifest/security/dspt"),
                ("SEC-05", "/manifest/security/dspt_x"),
            ]
        );
    }

    #[test]
    fn names_what_is_missing_and_labels_the_parent() {
        let mut sources = SourceMap::default();
        let f = sources.add_file("wgll.yaml", Arc::from("hosting:\n  model: x\n"));
        sources.insert("/manifest".into(), f, NodeSpan::default());
        sources.insert(
            "/manifest/hosting".into(),
            f,
            NodeSpan {
                value: 11..19,
                key: Some(0..7),
            },
        );
        let found = locate(
            vec![raw("R", "/manifest/hosting/exit_plan/path")],
            &BTreeMap::new(),
            &sources,
        );
        assert_eq!(found[0].missing.as_deref(), Some("exit_plan.path"));
        assert_eq!((found[0].line, found[0].column), (Some(1), Some(1)));
    }

    #[test]
    fn sorts_by_file_then_position_with_unplaced_last() {
        let mut sources = SourceMap::default();
        let f = sources.add_file("wgll.yaml", Arc::from("a: 1\nb: 2\n"));
        sources.insert(
            "/manifest/a".into(),
            f,
            NodeSpan {
                value: 3..4,
                key: Some(0..1),
            },
        );
        sources.insert(
            "/manifest/b".into(),
            f,
            NodeSpan {
                value: 8..9,
                key: Some(5..6),
            },
        );
        let found = locate(
            vec![
                raw("Z", "/nowhere"),
                raw("B", "/manifest/b"),
                raw("A", "/manifest/a"),
            ],
            &BTreeMap::new(),
            &sources,
        );
        let order: Vec<&str> = found.iter().map(|f| f.rule.as_str()).collect();
        assert_eq!(order, vec!["A", "B", "Z"]);
    }
}
