//! The evidence the manifest names, looked into: a repository file named as
//! a threat model, a DPIA or a hazard log proves nothing if it is empty or
//! holds only a heading or a TODO. Every string in the manifest that names
//! a file in the repository is read (URLs are not fetched) and marked
//! hollow or not, so the rule that needs the evidence can tell a document
//! from a placeholder.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::Value;

use super::Reader;
use super::files::is_hollow;

/// One named evidence file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    /// True when it is empty or holds only headings and placeholders.
    pub hollow: bool,
}

/// Looks into each repository file the manifest names.
pub fn observe(reader: &mut Reader<'_>, manifest: &Value) -> BTreeMap<String, Evidence> {
    let files: BTreeSet<&str> = reader.files().iter().map(String::as_str).collect();
    let mut named = BTreeSet::new();
    strings(manifest, &mut |s| {
        let path = s.trim().trim_start_matches("./");
        if files.contains(path) {
            named.insert(path.to_string());
        }
    });
    named
        .into_iter()
        .filter_map(|path| {
            // A file that cannot be read is listed in `observed.unread`.
            let text = reader.text(&path)?;
            let hollow = is_hollow(&text);
            Some((path, Evidence { hollow }))
        })
        .collect()
}

/// Calls `f` with every string in a JSON value.
fn strings(value: &Value, f: &mut dyn FnMut(&str)) {
    match value {
        Value::String(s) => f(s),
        Value::Array(items) => items.iter().for_each(|v| strings(v, f)),
        Value::Object(map) => map.values().for_each(|v| strings(v, f)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::collect::source::MemoryTree;
    use crate::sourcemap::SourceMap;

    #[test]
    fn named_files_are_read_and_placeholders_are_hollow() {
        let tree = MemoryTree::new([
            ("docs/threat-model.md", "# Threat model\n\nTODO\n"),
            (
                "docs/dpia.md",
                "# DPIA\n\nWe process names and NHS numbers to book appointments.\n",
            ),
            ("docs/unnamed.md", ""),
        ]);
        let manifest = serde_json::json!({
            "security": {"threat_model": "docs/threat-model.md"},
            "data_protection": {"dpia": "./docs/dpia.md", "site": "https://example.nhs.uk/dpia"},
            "list": ["docs/missing.md"],
        });
        let mut sources = SourceMap::default();
        let found = observe(&mut Reader::new(&tree, &mut sources), &manifest);
        let hollow: Vec<(&str, bool)> = found.iter().map(|(p, e)| (p.as_str(), e.hollow)).collect();
        assert_eq!(
            hollow,
            [("docs/dpia.md", false), ("docs/threat-model.md", true)]
        );
    }
}
