//! `wgll rules`: the rule catalogue, from the rules' METADATA.

use super::Outcome;
use crate::evaluate::Policies;
use crate::report::rules::{self, CatalogueFormat};

/// Lists the catalogue of the loaded policies.
pub fn run(policies: &Policies, format: CatalogueFormat) -> Outcome {
    Outcome {
        stdout: rules::render(policies.catalogue(), format, policies.eol_data().as_ref()),
        exit: 0,
    }
}
