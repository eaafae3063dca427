//! `wgll rules`: the rule catalogue, from the rules' METADATA.

use super::Outcome;
use crate::evaluate::Policies;
use crate::report::rules::{self, CatalogueFormat};

/// Lists every rule that would run.
pub fn run(policies: &Policies, format: CatalogueFormat) -> Outcome {
    Outcome {
        stdout: rules::render(policies.catalogue(), format),
        exit: 0,
    }
}
