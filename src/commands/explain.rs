//! `wgll explain RULE`: one rule from the catalogue, with its guidance.

use super::Outcome;
use crate::evaluate::Policies;

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
        stdout: crate::report::rules::explain(meta, policies.eol_data().as_ref()),
        exit: 0,
    })
}
