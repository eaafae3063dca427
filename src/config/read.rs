//! Reading one config file: its YAML walked key by key against the
//! schema, each wrong shape a located problem, and every problem recorded
//! before any is reported.

use std::collections::BTreeMap;
use std::ops::Range;

use serde_json::Value;

use super::waiver::waiver;
use super::{Config, ConfigError, ConfigErrors, Origin, RuleSetting, paths};
use crate::evaluate::metadata::Severity;
use crate::sourcemap::NodeSpan;
use crate::yaml::{self, YamlLimits};

/// The top-level keys a config may have.
const KEYS: [&str; 5] = ["params", "rules", "adr_dirs", "manifest", "waivers"];

/// A walker over one config document that turns a wrong shape into a
/// located error.
pub(super) struct Reader<'a> {
    /// The config file, as named in messages.
    pub(super) file: &'a str,
    /// Its text.
    pub(super) text: &'a str,
    /// Each node's span by JSON pointer.
    spans: BTreeMap<String, NodeSpan>,
}

impl Reader<'_> {
    /// The value's span at `pointer`, or its nearest written parent's.
    pub(super) fn span(&self, pointer: &str) -> Range<usize> {
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

    /// The key's span at `pointer`, or the value's when it has no key.
    pub(super) fn key_span(&self, pointer: &str) -> Range<usize> {
        self.spans
            .get(pointer)
            .and_then(|s| s.key.clone())
            .unwrap_or_else(|| self.span(pointer))
    }

    /// The entry at `pointer`, key and value.
    pub(super) fn origin(&self, pointer: &str) -> Origin {
        let span = self.span(pointer);
        let start = self.key_span(pointer).start.min(span.start);
        Origin {
            file: self.file.to_string(),
            span: start..span.end,
        }
    }

    /// A problem at `span` of this file.
    pub(super) fn error(&self, span: Range<usize>, message: String, help: &str) -> ConfigError {
        ConfigError::invalid(self.file, self.text, span, message, help)
    }

    /// A value at `pointer` that is not of the type its key takes.
    pub(super) fn wrong_type(&self, pointer: &str, name: &str, expected: &str) -> ConfigError {
        self.error(
            self.span(pointer),
            format!("`{name}` must be {expected}"),
            "see docs/configuration.md for each key's type",
        )
    }

    /// A non-empty string, trimmed.
    pub(super) fn string(
        &self,
        value: &Value,
        pointer: &str,
        name: &str,
    ) -> Result<String, ConfigError> {
        match value {
            Value::String(s) if !s.trim().is_empty() => Ok(s.trim().to_string()),
            _ => Err(self.wrong_type(pointer, name, "a non-empty string")),
        }
    }
}

/// The value, or `None` with its problem recorded: validation goes on past
/// a problem so that one run reports them all.
pub(super) fn kept<T>(
    problems: &mut Vec<ConfigError>,
    result: Result<T, ConfigError>,
) -> Option<T> {
    match result {
        Ok(value) => Some(value),
        Err(problem) => {
            problems.push(problem);
            None
        }
    }
}

/// Parses and validates one config file. `display` names it in messages.
///
/// Every problem in the file is reported, in the order of the file, except
/// that malformed YAML (or a document that is not a mapping) is one problem
/// alone: there is nothing to validate past it.
pub fn parse(display: &str, text: &str) -> Result<Config, ConfigErrors> {
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
        _ => {
            return Err(r
                .wrong_type("", "the configuration", "a mapping of keys")
                .into());
        }
    };
    let mut problems = Vec::new();
    for (key, value) in &root {
        let pointer = format!("/{}", crate::sourcemap::escape_pointer_token(key));
        match key.as_str() {
            "params" => {
                let Value::Object(params) = value else {
                    problems.push(r.wrong_type(
                        &pointer,
                        "params",
                        "a mapping of parameter names to values",
                    ));
                    continue;
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
                    problems.push(r.wrong_type(
                        &pointer,
                        "rules",
                        "a mapping of rule ids to settings",
                    ));
                    continue;
                };
                for (id, setting) in rules {
                    let p = format!("{pointer}/{id}");
                    if let Some(setting) = rule_setting(&r, &p, id, setting, &mut problems) {
                        config.rules.insert(id.to_ascii_uppercase(), setting);
                    }
                }
            }
            "adr_dirs" => {
                let Value::Array(items) = value else {
                    problems.push(r.wrong_type(&pointer, "adr_dirs", "a list of strings"));
                    continue;
                };
                let mut dirs = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    let p = format!("{pointer}/{i}");
                    let Some(dir) = kept(&mut problems, r.string(item, &p, "adr_dirs")) else {
                        continue;
                    };
                    // A folder outside would be searched on the checking
                    // machine, or not at all: ADR rules would pass on nothing.
                    if let Some(why) = paths::outside_repository(&dir) {
                        problems.push(r.error(
                            r.span(&p),
                            format!("ADR folder `{dir}` {why}"),
                            "name a folder inside the repository, relative to its root (`docs/adr`)",
                        ));
                        continue;
                    }
                    // `.`, `./` and `` all name the root, kept as ``.
                    let dir = dir.trim_start_matches("./").trim_end_matches('/');
                    dirs.push(if dir == "." { "" } else { dir }.to_string());
                    config.adr_dir_origins.push(r.origin(&p));
                }
                config.adr_dirs = Some(dirs);
            }
            "manifest" => {
                if let Some(path) = kept(&mut problems, r.string(value, &pointer, "manifest")) {
                    if let Some(why) = paths::outside_repository(&path) {
                        problems.push(r.error(
                            r.span(&pointer),
                            format!("manifest `{path}` {why}"),
                            "name the manifest's path inside the repository, relative to its root (`wgll.yaml`)",
                        ));
                        continue;
                    }
                    config.manifest = Some(path.trim_start_matches("./").to_string());
                }
            }
            "waivers" => {
                let Value::Array(items) = value else {
                    problems.push(r.wrong_type(&pointer, "waivers", "a list of waivers"));
                    continue;
                };
                for (i, item) in items.iter().enumerate() {
                    if let Some(entry) = waiver(&r, &format!("{pointer}/{i}"), item, &mut problems)
                    {
                        config.waivers.push(entry);
                    }
                }
            }
            other => problems.push(r.error(
                r.key_span(&pointer),
                format!("unknown key `{other}`"),
                &format!("a config has only these keys: {}", KEYS.join(", ")),
            )),
        }
    }
    // In the order of the file, whichever check found each. Offsets in the
    // quoted text keep the order of the file's own.
    problems.sort_by_key(|p| p.at.offset());
    match ConfigErrors::new(problems) {
        Some(errors) => Err(errors),
        None => Ok(config),
    }
}

/// One rule's settings, each wrong one a problem of its own; `None` when
/// the entry is not a mapping at all.
fn rule_setting(
    r: &Reader<'_>,
    pointer: &str,
    id: &str,
    value: &Value,
    problems: &mut Vec<ConfigError>,
) -> Option<RuleSetting> {
    let Value::Object(map) = value else {
        problems.push(r.wrong_type(
            pointer,
            id,
            "a mapping such as `{enabled: false}` or `{severity: warning}`",
        ));
        return None;
    };
    let mut setting = RuleSetting {
        origin: r.origin(pointer),
        ..RuleSetting::default()
    };
    for (key, v) in map {
        let p = format!("{pointer}/{key}");
        match (key.as_str(), v) {
            ("enabled", Value::Bool(b)) => setting.enabled = Some(*b),
            ("enabled", _) => problems.push(r.wrong_type(&p, "enabled", "true or false")),
            ("severity", Value::String(s)) if Severity::parse(s).is_some() => {
                setting.severity = Severity::parse(s);
            }
            ("severity", _) => {
                problems.push(r.wrong_type(&p, "severity", "one of error, warning, info"));
            }
            (other, _) => problems.push(r.error(
                r.key_span(&p),
                format!("unknown rule setting `{other}`"),
                "a rule takes `enabled` and `severity`",
            )),
        }
    }
    Some(setting)
}

#[cfg(test)]
mod tests {
    use super::parse;
    use crate::config::Severity;
    use crate::config::tests::{err, problems};

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
    fn reports_every_problem_in_the_order_of_the_file() {
        let text = "waivers:\n  - rule: SEC-02\n    reason: r\n    approved_by: a\n    expires: soon\n    scope: all\nparms: {}\nrules:\n  X-1: {enabled: nope, severity: fatal}\nadr_dirs: [docs, 3, [x]]\nmanifest: \"\"\n";
        let found = problems(text);
        let lines: Vec<usize> = found.iter().map(|(_, line)| *line).collect();
        assert_eq!(lines, [5, 6, 7, 9, 9, 10, 10, 11], "{found:?}");
        assert!(found[0].0.contains("not `soon`"), "{found:?}");
        assert!(
            found[1].0.contains("unknown waiver key `scope`"),
            "{found:?}"
        );
        assert!(found[2].0.contains("unknown key `parms`"), "{found:?}");
        assert!(found[7].0.contains("`manifest` must be"), "{found:?}");
    }
}
