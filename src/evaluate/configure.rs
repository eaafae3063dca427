//! A compiled library fitted to one repository's configuration: its own
//! policies added, parameters set, rules disabled or given another severity.
//! Everything a config names is checked against what the policies define,
//! so a misspelt parameter or rule id is an error at its line, never a
//! setting silently ignored. Every such mistake is found in one pass and
//! all are reported together.

use serde_json::Value;

use super::error::PolicyError;
use super::{Policies, PolicyFile, merge_json};
use crate::config::{Config, ConfigError, ConfigErrors, Origin};

/// Why a configuration does not fit the policies.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum ConfigureError {
    /// The config names what the policies do not have, or gives a value of
    /// the wrong type: every such problem.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Config(#[from] ConfigErrors),
    /// The repository's own policies do not compile.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Policy(#[from] PolicyError),
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a mapping",
    }
}

/// Whether `pattern` is a regular expression Rego's `regex` builtins accept,
/// asked of the engine itself so its dialect decides.
fn is_valid_regex(pattern: &str) -> bool {
    let mut engine = regorus::Engine::new();
    let query = format!(
        "regex.is_valid({})",
        serde_json::to_string(pattern).unwrap_or_default()
    );
    engine.eval_bool_query(query, false).unwrap_or(false)
}

/// How `value` differs from a parameter's `default` beyond its JSON type:
/// a count (months, days) must be a whole number of 0 or more, as a
/// fraction or a negative number would make the rules reading it undefined
/// and so pass in silence; a list holds what the default's list holds.
fn unlike(default: &Value, value: &Value) -> Option<String> {
    match (default, value) {
        (Value::Number(d), Value::Number(v)) if d.is_u64() && !v.is_u64() => {
            Some("a whole number of 0 or more".into())
        }
        (Value::String(d), Value::String(v))
            if d.parse::<crate::date::Date>().is_ok()
                && v.parse::<crate::date::Date>().is_err() =>
        {
            Some("a date as YYYY-MM-DD".into())
        }
        (Value::Array(d), Value::Array(v)) => {
            let kind = json_type(d.first()?);
            v.iter()
                .any(|item| json_type(item) != kind)
                .then(|| format!("a list of items each {kind}"))
        }
        _ => None,
    }
}

/// What is wrong with a parameter's value, and what to do about it:
/// `None` when the policies have the parameter and the value fits its
/// default. One problem a parameter, the first of these checks that fails.
fn param_problem(
    defaults: &serde_json::Map<String, Value>,
    name: &str,
    value: &Value,
) -> Option<(String, String)> {
    let described = || "docs/parameters.md describes each parameter".to_string();
    let Some(default) = defaults.get(name) else {
        let known: Vec<&str> = defaults.keys().map(String::as_str).collect();
        return Some((
            format!("unknown parameter `{name}`"),
            format!("the policies' parameters are: {}", known.join(", ")),
        ));
    };
    // A `_pattern` parameter is a regular expression: one that does not
    // compile would make its rule fail every value.
    if name.ends_with("_pattern")
        && let Value::String(pattern) = value
        && !is_valid_regex(pattern)
    {
        return Some((
            format!("parameter `{name}` is not a valid regular expression"),
            described(),
        ));
    }
    if let Some(problem) = unlike(default, value) {
        return Some((
            format!("parameter `{name}` must be {problem}, like its default"),
            described(),
        ));
    }
    (json_type(default) != json_type(value)).then(|| {
        (
            format!(
                "parameter `{name}` must be {}, like its default",
                json_type(default)
            ),
            described(),
        )
    })
}

/// A problem at `origin`, quoting the config file it is in.
fn at(config: &Config, origin: &Origin, message: String, help: &str) -> ConfigError {
    let text = config
        .files
        .iter()
        .find(|(f, _)| *f == origin.file)
        .map_or("", |(_, t)| t.as_str());
    ConfigError::invalid(&origin.file, text, origin.span.clone(), message, help)
}

/// Every parameter and rule id in `config` that does not fit `fitted`, in
/// the order of the config files (the organisation's first).
fn problems(fitted: &Policies, config: &Config) -> Option<ConfigErrors> {
    let none = serde_json::Map::new();
    let defaults = fitted.data["wgll"]["params"].as_object().unwrap_or(&none);
    let unplaced = Origin::default();
    let mut found: Vec<(&Origin, ConfigError)> = Vec::new();
    for (name, value) in &config.params {
        let origin = config.param_origins.get(name).unwrap_or(&unplaced);
        if let Some((message, help)) = param_problem(defaults, name, value) {
            found.push((origin, at(config, origin, message, &help)));
        }
    }
    for (written, setting) in &config.rules {
        if super::catalogue_id(&fitted.catalogue, written).is_none() {
            let problem = at(
                config,
                &setting.origin,
                format!("no rule has the id `{written}`"),
                "`wgll rules` lists the rule ids",
            );
            found.push((&setting.origin, problem));
        }
    }
    // Rule settings are kept by id, not as written: sort into file order.
    let file_order = |file: &str| config.files.iter().position(|(f, _)| f == file);
    found.sort_by_key(|(origin, _)| (file_order(&origin.file), origin.span.start));
    ConfigErrors::new(found.into_iter().map(|(_, problem)| problem).collect())
}

impl Policies {
    /// This library fitted to a configuration and a repository's own
    /// policies (recompiled only when there are some). Every parameter and
    /// rule id that does not fit is reported at once.
    pub fn configure(
        &self,
        config: &Config,
        local: Vec<PolicyFile>,
    ) -> Result<Policies, ConfigureError> {
        // The repository's own policies first: they add parameters and
        // rule ids the config may name.
        let mut fitted = if local.is_empty() {
            self.clone()
        } else {
            let mut files = self.files.clone();
            files.extend(local);
            let mut p = Policies::compile(&files, self.with_tests)?;
            p.timeout = self.timeout;
            p
        };
        if let Some(errors) = problems(&fitted, config) {
            return Err(errors.into());
        }

        if !config.params.is_empty() {
            let mut data = fitted.data.clone();
            merge_json(
                &mut data,
                serde_json::json!({"wgll": {"params": Value::Object(config.params.clone())}}),
            );
            // Lists replace, not merge: a narrower allow-list must stay narrow.
            for (name, value) in &config.params {
                data["wgll"]["params"][name] = value.clone();
            }
            let value = regorus::Value::from_json_str(&data.to_string()).map_err(|e| {
                PolicyError::Metadata {
                    file: "config params".into(),
                    line: 1,
                    message: e.to_string(),
                }
            })?;
            fitted.engine.clear_data();
            fitted
                .engine
                .add_data(value)
                .map_err(|e| PolicyError::Metadata {
                    file: "config params".into(),
                    line: 1,
                    message: e.to_string(),
                })?;
            fitted.data = data;
            super::prepare(&mut fitted.engine);
        }

        let mut disabled: Vec<String> = Vec::new();
        for (written, setting) in &config.rules {
            // `problems` found every id; none is missing here.
            let Some(id) = super::catalogue_id(&fitted.catalogue, written).cloned() else {
                continue;
            };
            if let Some(severity) = setting.severity
                && let Some(meta) = fitted.catalogue.get_mut(&id)
            {
                // The organisation's explicit choice holds in every phase.
                meta.severity = severity;
                meta.severity_by_phase.clear();
                fitted.by_set.remove(&id);
            }
            if setting.enabled == Some(false) {
                disabled.push(id);
            }
        }
        for id in &disabled {
            fitted.catalogue.remove(id);
        }
        // A package whose only rule is disabled is not evaluated at all.
        fitted
            .reporters
            .retain(|r| r.rule.as_ref().is_none_or(|id| !disabled.contains(id)));
        fitted.disabled = disabled;
        Ok(fitted)
    }
}
