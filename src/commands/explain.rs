//! `wgll explain RULE`: one rule from the catalogue, with its guidance.

use std::fmt::Write as _;

use super::Outcome;
use crate::evaluate::Policies;
use crate::evaluate::metadata::RuleMeta;

/// Why `explain` could not answer.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("no rule has the id `{id}`")]
#[diagnostic(code(wgll::explain::unknown_rule), help("{hint}"))]
pub struct UnknownRule {
    id: String,
    hint: String,
}

/// Describes one rule.
pub fn run(policies: &Policies, id: &str) -> Result<Outcome, UnknownRule> {
    let catalogue = policies.catalogue();
    let wanted = id.to_ascii_uppercase();
    let Some(meta) = crate::evaluate::catalogue_id(catalogue, id).and_then(|k| catalogue.get(k))
    else {
        let prefix: String = wanted.split('-').next().unwrap_or("").to_string();
        let near: Vec<&str> = catalogue
            .keys()
            .filter(|k| k.starts_with(&prefix))
            .map(String::as_str)
            .take(8)
            .collect();
        let hint = if near.is_empty() {
            format!(
                "rule ids look like {}",
                catalogue
                    .keys()
                    .take(3)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        } else {
            format!("rules with that prefix: {}", near.join(", "))
        };
        return Err(UnknownRule {
            id: id.to_string(),
            hint,
        });
    };
    Ok(Outcome {
        stdout: describe(meta),
        exit: 0,
    })
}

fn describe(meta: &RuleMeta) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}: {}", meta.id, meta.title);
    let _ = writeln!(out);
    let _ = writeln!(out, "severity: {}", meta.severity_text());
    if let Some(m) = &meta.measure {
        let _ = writeln!(out, "measure:  {m}");
    }
    if !meta.tcop.is_empty() {
        let points: Vec<String> = meta.tcop.iter().map(u32::to_string).collect();
        let _ = writeln!(out, "TCoP:     {}", points.join(", "));
    }
    let _ = writeln!(out, "policy:   {} ({})", meta.file, meta.package);
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
