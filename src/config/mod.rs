//! Local needs: an organisation's `--config FILE` and a repository's own
//! `.wgll/config.yaml`, read, validated against their schema with every
//! problem located, and merged (the repository's over the organisation's).
//!
//! A config tunes the bundled library without forking it: parameters
//! (`params:`), rules disabled or given another severity (`rules:`), where the
//! manifest and the decision records live, and waivers: accepted deviations
//! with a reason, an approver and an expiry date.
//!
//! The parts: `read` walks one file against the schema, `waiver` checks
//! each waiver entry and `error` gathers the problems into one report.

mod error;
pub mod paths;
mod read;
mod waiver;

use std::collections::BTreeMap;
use std::ops::Range;

use serde_json::{Map, Value};

pub use self::error::{ConfigError, ConfigErrors};
pub use self::read::parse;
use crate::date::Date;
use crate::evaluate::metadata::Severity;
use crate::findings::Waiver;

/// The repository-relative path of a repository's own configuration.
pub const LOCAL_CONFIG: &str = ".wgll/config.yaml";

/// The repository-relative folder of a repository's own policies.
pub const LOCAL_POLICIES: &str = ".wgll/policies";

/// What a config says about one rule.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RuleSetting {
    /// `false` turns the rule off.
    pub enabled: Option<bool>,
    /// Replaces the rule's severity.
    pub severity: Option<Severity>,
    /// The config file and span that said it, for diagnostics.
    pub origin: Origin,
}

/// Where in which config file something was written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origin {
    /// The config file, as given (repository-relative for `.wgll/config.yaml`).
    pub file: String,
    /// Byte span of the entry.
    pub span: Range<usize>,
}

/// One waiver, with where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaiverEntry {
    /// The waiver as reported with findings.
    pub waiver: Waiver,
    /// Its `rule: ...` line, which stands for the entry.
    pub origin: Origin,
    /// The span of its `expires` value.
    pub expires_span: Range<usize>,
    /// The expiry date.
    pub expires: Date,
}

/// A parsed, validated configuration (one file, or several merged).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    /// Parameter values over the policies' defaults.
    pub params: Map<String, Value>,
    /// Where each parameter was set, for errors about its value.
    pub param_origins: BTreeMap<String, Origin>,
    /// Per-rule settings by rule id.
    pub rules: BTreeMap<String, RuleSetting>,
    /// ADR folders, replacing the defaults.
    pub adr_dirs: Option<Vec<String>>,
    /// Where each of `adr_dirs` was written, in the same order.
    pub adr_dir_origins: Vec<Origin>,
    /// The manifest's repository-relative path.
    pub manifest: Option<String>,
    /// Waivers, the organisation's first.
    pub waivers: Vec<WaiverEntry>,
    /// Each config file read, (display path, text), for quoting.
    pub files: Vec<(String, String)>,
}

impl Config {
    /// This config with `over` laid on top: `over`'s parameters, rule settings,
    /// folders and manifest win; waivers of both apply.
    pub fn merged(mut self, over: Config) -> Config {
        self.params.extend(over.params);
        self.param_origins.extend(over.param_origins);
        for (id, setting) in over.rules {
            let entry = self.rules.entry(id).or_default();
            entry.enabled = setting.enabled.or(entry.enabled);
            entry.severity = setting.severity.or(entry.severity);
            entry.origin = setting.origin;
        }
        if over.adr_dirs.is_some() {
            self.adr_dirs = over.adr_dirs;
            self.adr_dir_origins = over.adr_dir_origins;
        }
        self.manifest = over.manifest.or(self.manifest);
        self.waivers.extend(over.waivers);
        self.files.extend(over.files);
        self
    }

    /// Whether a rule is turned off.
    pub fn disabled(&self, id: &str) -> bool {
        self.rules.get(id).is_some_and(|s| s.enabled == Some(false))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `parse` says of `text`, which it must reject: the problem
    /// itself when there is one.
    pub(super) fn err(text: &str) -> String {
        match parse(".wgll/config.yaml", text) {
            Err(e) => e.to_string(),
            Ok(_) => panic!("accepted: {text}"),
        }
    }

    /// Each problem's message and 1-based line, in the order reported.
    pub(super) fn problems(text: &str) -> Vec<(String, usize)> {
        let Err(errors) = parse("c.yaml", text) else {
            panic!("accepted: {text}")
        };
        errors
            .problems()
            .map(|p| {
                let line = text[..p.at.offset()].matches('\n').count() + 1;
                (p.message.clone(), line)
            })
            .collect()
    }

    #[test]
    fn the_repository_config_wins_over_the_organisation_config() {
        let Ok(org) = parse(
            "org.yaml",
            "params: {a: 1, b: 1}\nrules: {X-1: {enabled: false, severity: info}}\nwaivers: [{rule: A-1, reason: r, approved_by: o, expires: 2027-01-01}]\n",
        ) else {
            panic!()
        };
        let Ok(repo) = parse(
            ".wgll/config.yaml",
            "params: {b: 2}\nrules: {X-1: {enabled: true}}\nwaivers: [{rule: B-1, reason: r, approved_by: o, expires: 2027-01-01}]\n",
        ) else {
            panic!()
        };
        let c = org.merged(repo);
        assert_eq!(
            (c.params["a"].clone(), c.params["b"].clone()),
            (Value::from(1), Value::from(2))
        );
        assert!(!c.disabled("X-1"));
        assert_eq!(c.rules["X-1"].severity, Some(Severity::Info));
        assert_eq!(c.waivers.len(), 2);
    }
}
