//! Findings as policies report them, read from the values the engine
//! returns: what each field of a finding object means to wgll.

use serde_json::{Map, Value};

use super::metadata::Severity;

/// A finding as a policy reported it, before locating and waivers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawFinding {
    /// Rule id (from the finding, its package's METADATA, or the package path).
    pub rule: String,
    /// Severity, from METADATA (for the service's phase) or the set it came from.
    pub severity: Severity,
    /// The message.
    pub message: String,
    /// JSON pointer into the input, if given.
    pub at: Option<String>,
    /// A repository file the finding is about, if given.
    pub file: Option<String>,
    /// Other places that bear on it, as JSON pointers (`related`): where the
    /// repository contradicts a claim, for instance.
    pub related: Vec<Related>,
}

/// A related place a policy named: a pointer into the input, and what it
/// shows there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    /// JSON pointer into the input.
    pub at: String,
    /// What the place shows (`the Terraform sets us-east-1 here`); empty
    /// when the policy gave a bare pointer.
    pub message: String,
}

/// The related places a finding object names: `"related": ["/pointer",
/// {"at": "/pointer", "msg": "what it shows"}]`; anything else is ignored.
pub(super) fn related(finding: &Map<String, Value>) -> Vec<Related> {
    let mut out = Vec::new();
    for item in finding
        .get("related")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let (at, message) = match item {
            Value::String(at) => (Some(at.clone()), String::new()),
            Value::Object(r) => (
                r.get("at").and_then(Value::as_str).map(str::to_string),
                r.get("msg")
                    .or_else(|| r.get("message"))
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string(),
            ),
            _ => (None, String::new()),
        };
        if let Some(at) = at {
            out.push(Related { at, message });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_bare_and_described_related_places() {
        let Value::Object(map) = serde_json::json!({
            "related": ["/observed/a", {"at": "/observed/b", "msg": "set here"}, 7, {"msg": "no place"}]
        }) else {
            panic!("an object")
        };
        assert_eq!(
            related(&map),
            [
                Related {
                    at: "/observed/a".into(),
                    message: String::new()
                },
                Related {
                    at: "/observed/b".into(),
                    message: "set here".into()
                },
            ]
        );
    }
}
