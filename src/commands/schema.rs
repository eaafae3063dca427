//! `wgll schema`: the manifest's JSON Schema, as bundled, for editors and
//! validators (`wgll schema > wgll.schema.json`).

use super::Outcome;
use crate::evaluate::bundle;

/// Where the schema sits in the bundled library (`data.wgll.schema`).
pub const BUNDLE_PATH: &str = "wgll/schema/data.json";

/// The schema's text, exactly as bundled.
pub fn run() -> Outcome {
    let text = bundle::bundled()
        .into_iter()
        .find(|f| f.bundle_path == BUNDLE_PATH)
        .map(|f| f.text)
        .unwrap_or_default();
    Outcome {
        exit: u8::from(text.is_empty()),
        stdout: text,
    }
}
