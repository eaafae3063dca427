//! Local needs: an organisation's `--config FILE` and a repository's own
//! `.wgll/config.yaml`, read, validated against their schema with located
//! errors, and merged (the repository's over the organisation's).
//!
//! A config tunes the bundled library without forking it: parameters
//! (`params:`), rules disabled or given another severity (`rules:`), where the
//! manifest and the decision records live, and waivers: accepted deviations
//! with a reason, an approver and an expiry date.

mod error;

use std::collections::BTreeMap;
use std::ops::Range;

use serde_json::{Map, Value};

pub use self::error::ConfigError;
use crate::date::Date;
use crate::evaluate::metadata::Severity;
use crate::findings::Waiver;
use crate::sourcemap::NodeSpan;
use crate::yaml::{self, YamlLimits};

/// The repository-relative path of a repository's own configuration.
pub const LOCAL_CONFIG: &str = ".wgll/config.yaml";

/// The repository-relative folder of a repository's own policies.
pub const LOCAL_POLICIES: &str = ".wgll/policies";

/// The top-level keys a config may have.
const KEYS: [&str; 5] = ["params", "rules", "adr_dirs", "manifest", "waivers"];

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
    /// The manifest's repository-relative path.
    pub manifest: Option<String>,
    /// Waivers, the organisation's first.
    pub waivers: Vec<WaiverEntry>,
    /// Each config file read, (display path, text), for quoting.
    pub files: Vec<(String, String)>,
}

/// A walker over one config document that turns a wrong shape into a
/// located error.
struct Reader<'a> {
    file: &'a str,
    text: &'a str,
    spans: BTreeMap<String, NodeSpan>,
}

impl Reader<'_> {
    fn span(&self, pointer: &str) -> Range<usize> {
        let mut p = pointer;
        loop {
            if let Some(s) = self.spans.get(p) {
                return s.value.clone();
            }
            match p.rfind('/') {
                Some(i) => p = &p[..i],
                None => return 0..0,
            }
        }
    }

    fn key_span(&self, pointer: &str) -> Range<usize> {
        self.spans
            .get(pointer)
            .and_then(|s| s.key.clone())
            .unwrap_or_else(|| self.span(pointer))
    }

    fn origin(&self, pointer: &str) -> Origin {
        let span = self.span(pointer);
        let start = self.key_span(pointer).start.min(span.start);
        Origin {
            file: self.file.to_string(),
            span: start..span.end,
        }
    }

    fn error(&self, span: Range<usize>, message: String, help: &str) -> ConfigError {
        ConfigError::invalid(self.file, self.text, span, message, help)
    }

    fn wrong_type(&self, pointer: &str, name: &str, expected: &str) -> ConfigError {
        self.error(
            self.span(pointer),
            format!("`{name}` must be {expected}"),
            "see docs/configuration.md for each key's type",
        )
    }

    fn string(&self, value: &Value, pointer: &str, name: &str) -> Result<String, ConfigError> {
        match value {
            Value::String(s) if !s.trim().is_empty() => Ok(s.trim().to_string()),
            _ => Err(self.wrong_type(pointer, name, "a non-empty string")),
        }
    }

    fn strings(
        &self,
        value: &Value,
        pointer: &str,
        name: &str,
    ) -> Result<Vec<String>, ConfigError> {
        let Value::Array(items) = value else {
            return Err(self.wrong_type(pointer, name, "a list of strings"));
        };
        items
            .iter()
            .enumerate()
            .map(|(i, v)| self.string(v, &format!("{pointer}/{i}"), name))
            .collect()
    }
}

/// Parses and validates one config file. `display` names it in messages.
pub fn parse(display: &str, text: &str) -> Result<Config, ConfigError> {
    let doc = yaml::parse(text, YamlLimits::default()).map_err(|e| {
        let at = e.offset.min(text.len());
        ConfigError::invalid(
            display,
            text,
            at..at,
            e.message,
            "fix the YAML at the marked place",
        )
    })?;
    let r = Reader {
        file: display,
        text,
        spans: doc.spans.into_iter().collect(),
    };
    let mut config = Config {
        files: vec![(display.to_string(), text.to_string())],
        ..Config::default()
    };
    let root = match doc.value {
        Value::Null => return Ok(config),
        Value::Object(map) => map,
        _ => return Err(r.wrong_type("", "the configuration", "a mapping of keys")),
    };
    for (key, value) in &root {
        let pointer = format!("/{}", crate::sourcemap::escape_pointer_token(key));
        match key.as_str() {
            "params" => {
                let Value::Object(params) = value else {
                    return Err(r.wrong_type(
                        &pointer,
                        "params",
                        "a mapping of parameter names to values",
                    ));
                };
                for (name, v) in params {
                    config.params.insert(name.clone(), v.clone());
                    config
                        .param_origins
                        .insert(name.clone(), r.origin(&format!("{pointer}/{name}")));
                }
            }
            "rules" => {
                let Value::Object(rules) = value else {
                    return Err(r.wrong_type(
                        &pointer,
                        "rules",
                        "a mapping of rule ids to settings",
                    ));
                };
                for (id, setting) in rules {
                    let p = format!("{pointer}/{id}");
                    config
                        .rules
                        .insert(id.to_ascii_uppercase(), rule_setting(&r, &p, id, setting)?);
                }
            }
            "adr_dirs" => {
                let dirs = r.strings(value, &pointer, "adr_dirs")?;
                config.adr_dirs = Some(
                    dirs.into_iter()
                        .map(|d| d.trim_start_matches("./").trim_end_matches('/').to_string())
                        .collect(),
                );
            }
            "manifest" => {
                let path = r.string(value, &pointer, "manifest")?;
                config.manifest = Some(path.trim_start_matches("./").to_string());
            }
            "waivers" => {
                let Value::Array(items) = value else {
                    return Err(r.wrong_type(&pointer, "waivers", "a list of waivers"));
                };
                for (i, item) in items.iter().enumerate() {
                    config
                        .waivers
                        .push(waiver(&r, &format!("{pointer}/{i}"), item)?);
                }
            }
            other => {
                return Err(r.error(
                    r.key_span(&pointer),
                    format!("unknown key `{other}`"),
                    &format!("a config has only these keys: {}", KEYS.join(", ")),
                ));
            }
        }
    }
    Ok(config)
}

fn rule_setting(
    r: &Reader<'_>,
    pointer: &str,
    id: &str,
    value: &Value,
) -> Result<RuleSetting, ConfigError> {
    let Value::Object(map) = value else {
        return Err(r.wrong_type(
            pointer,
            id,
            "a mapping such as `{enabled: false}` or `{severity: warning}`",
        ));
    };
    let mut setting = RuleSetting {
        origin: r.origin(pointer),
        ..RuleSetting::default()
    };
    for (key, v) in map {
        let p = format!("{pointer}/{key}");
        match (key.as_str(), v) {
            ("enabled", Value::Bool(b)) => setting.enabled = Some(*b),
            ("enabled", _) => return Err(r.wrong_type(&p, "enabled", "true or false")),
            ("severity", Value::String(s)) if Severity::parse(s).is_some() => {
                setting.severity = Severity::parse(s);
            }
            ("severity", _) => {
                return Err(r.wrong_type(&p, "severity", "one of error, warning, info"));
            }
            (other, _) => {
                return Err(r.error(
                    r.key_span(&p),
                    format!("unknown rule setting `{other}`"),
                    "a rule takes `enabled` and `severity`",
                ));
            }
        }
    }
    Ok(setting)
}

fn waiver(r: &Reader<'_>, pointer: &str, value: &Value) -> Result<WaiverEntry, ConfigError> {
    let Value::Object(map) = value else {
        return Err(r.wrong_type(
            pointer,
            "a waiver",
            "a mapping with rule, reason, approved_by and expires",
        ));
    };
    let help = "a waiver needs `rule`, `reason`, `approved_by` and `expires` (YYYY-MM-DD), and may limit itself to a `path`";
    for key in map.keys() {
        if !["rule", "path", "reason", "approved_by", "expires"].contains(&key.as_str()) {
            return Err(r.error(
                r.key_span(&format!("{pointer}/{key}")),
                format!("unknown waiver key `{key}`"),
                help,
            ));
        }
    }
    let required = |key: &str| -> Result<String, ConfigError> {
        match map.get(key) {
            Some(v) => r.string(v, &format!("{pointer}/{key}"), key),
            None => Err(r.error(
                r.key_span(pointer),
                format!("this waiver has no `{key}`: a waiver is rejected without a reason, an approver and an expiry date"),
                help,
            )),
        }
    };
    let rule = required("rule")?.to_ascii_uppercase();
    let reason = required("reason")?;
    let approved_by = required("approved_by")?;
    let expires_text = required("expires")?;
    let expires_span = r.span(&format!("{pointer}/expires"));
    let expires: Date = expires_text.parse().map_err(|_| {
        r.error(
            expires_span.clone(),
            format!("`expires` must be a date written YYYY-MM-DD, not `{expires_text}`"),
            help,
        )
    })?;
    let path = match map.get("path") {
        Some(v) => Some(
            r.string(v, &format!("{pointer}/path"), "path")?
                .trim_start_matches("./")
                .trim_end_matches('/')
                .to_string(),
        ),
        None => None,
    };
    // The `rule: ...` line stands for the whole entry in messages.
    let origin = r.origin(&format!("{pointer}/rule"));
    let line = r.text[..origin.span.start.min(r.text.len())]
        .matches('\n')
        .count()
        + 1;
    Ok(WaiverEntry {
        waiver: Waiver {
            rule,
            path,
            reason,
            approved_by,
            expires: expires.to_string(),
            file: r.file.to_string(),
            line: Some(line),
        },
        origin,
        expires_span,
        expires,
    })
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
        self.adr_dirs = over.adr_dirs.or(self.adr_dirs);
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

    fn err(text: &str) -> String {
        match parse(".wgll/config.yaml", text) {
            Err(e) => e.to_string(),
            Ok(_) => panic!("accepted: {text}"),
        }
    }

    #[test]
    fn reads_every_key() {
        let text = "params:\n  evidence_max_age_months: 6\nrules:\n  adr-02: {severity: error}\n  DTAC-01: {enabled: false}\nadr_dirs: [./records/]\nmanifest: ./service/wgll.yaml\nwaivers:\n  - rule: CLOUD-02\n    path: wgll.yaml\n    reason: Approved by the SIRO for a pilot\n    approved_by: Jane Doe, SIRO\n    expires: 2027-03-31\n";
        let Ok(c) = parse(".wgll/config.yaml", text) else {
            panic!()
        };
        assert_eq!(c.params["evidence_max_age_months"], 6);
        assert_eq!(c.rules["ADR-02"].severity, Some(Severity::Error));
        assert!(c.disabled("DTAC-01"));
        assert_eq!(c.adr_dirs.as_deref(), Some(&["records".to_string()][..]));
        assert_eq!(c.manifest.as_deref(), Some("service/wgll.yaml"));
        let w = &c.waivers[0];
        assert_eq!(
            (w.waiver.rule.as_str(), w.waiver.line),
            ("CLOUD-02", Some(9))
        );
        assert_eq!(&text[w.expires_span.clone()], "2027-03-31");
    }

    #[test]
    fn rejects_unknown_keys_and_wrong_types() {
        assert!(err("parms: {}\n").contains("unknown key `parms`"));
        assert!(err("rules: {X-1: {enabled: nope}}\n").contains("`enabled` must be true or false"));
        assert!(err("rules: {X-1: {severity: fatal}}\n").contains("one of error, warning, info"));
        assert!(err("adr_dirs: docs\n").contains("a list of strings"));
        assert!(err("- 1\n").contains("a mapping of keys"));
    }

    #[test]
    fn rejects_a_waiver_without_reason_approver_or_expiry() {
        let base = "waivers:\n  - rule: SEC-02\n    reason: r\n    approved_by: a\n    expires: 2027-01-01\n";
        assert!(parse("c", base).is_ok());
        for (field, line) in [
            ("reason", "    reason: r\n"),
            ("approved_by", "    approved_by: a\n"),
            ("expires", "    expires: 2027-01-01\n"),
        ] {
            let text = base.replace(line, "");
            assert!(err(&text).contains(&format!("no `{field}`")), "{field}");
        }
        assert!(err(&base.replace("2027-01-01", "next year")).contains("YYYY-MM-DD"));
        assert!(err(&base.replace("reason: r", "reason: \"\"")).contains("non-empty"));
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
