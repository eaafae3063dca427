//! Stage 2 of the pipeline: Rego policies over the input document, giving
//! findings. Policies are loaded and compiled once; each repository is
//! evaluated on a clone of the compiled engine, under a time limit. This is
//! the only place that talks to regorus.

pub mod builtin;
pub mod bundle;
mod configure;
pub use self::configure::ConfigureError;
pub mod eol;
pub mod error;
mod guard;
pub mod metadata;
pub use self::guard::set_memory_limit;
mod nesting;
mod parse;
mod progress;
mod raw;
mod recursion;
pub mod unit;
mod unusable;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use regorus::Engine;
use serde_json::Value;

pub use self::bundle::PolicyFile;
pub use self::eol::EolData;
use self::error::PolicyError;
use self::metadata::{RuleMeta, Severity};
pub use self::raw::{RawFinding, Related};

/// The sets a policy reports through; bundled rules use `deny` only.
const SETS: [(&str, Severity); 4] = [
    ("deny", Severity::Error),
    ("violation", Severity::Error),
    ("warn", Severity::Warning),
    ("info", Severity::Info),
];

/// The default time one repository's evaluation may take.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// A package that reports findings, and through which sets.
#[derive(Debug, Clone)]
struct Reporter {
    package: String,
    file: String,
    sets: Vec<(&'static str, Severity)>,
    /// The id of the rule its METADATA declares (one rule per file).
    rule: Option<String>,
    /// Whether its findings carry their own rule ids (`"rule": ...`).
    names_ids: bool,
}

/// The compiled policy library plus the rule catalogue.
#[derive(Debug, Clone)]
pub struct Policies {
    engine: Engine,
    /// Every data file merged: what `data` holds before configuration.
    data: Value,
    /// The files compiled, so local policies can be added per repository.
    files: Vec<PolicyFile>,
    with_tests: bool,
    /// Rule ids turned off by configuration: their findings are dropped.
    disabled: Vec<String>,
    reporters: Vec<Reporter>,
    catalogue: BTreeMap<String, RuleMeta>,
    /// Catalogue ids of packages without METADATA (conftest's style), whose
    /// findings take the severity of the set that holds them until a
    /// configuration sets one.
    by_set: std::collections::BTreeSet<String>,
    tests: Vec<unit::RegoTest>,
    timeout: Duration,
}

impl Policies {
    /// Compiles policy files and data files; test files (`*_test.rego`) are
    /// skipped unless `with_tests`.
    pub fn compile(files: &[PolicyFile], with_tests: bool) -> Result<Self, PolicyError> {
        let mut engine = Engine::new();
        // OPA's semantics: a builtin error makes the expression undefined, not the query fail.
        engine.set_strict_builtin_errors(false);
        guard::install(&mut engine);
        progress::install(&mut engine);
        let mut reporters = Vec::new();
        let mut catalogue: BTreeMap<String, RuleMeta> = BTreeMap::new();
        let mut tests = Vec::new();
        let mut data = Value::Object(serde_json::Map::new());
        let mut modules = Vec::new();
        for file in files {
            if file.is_data() {
                let value = file.data_value()?;
                merge_json(&mut data, value.clone());
                let json = serde_json::to_string(&value).unwrap_or_default();
                let value =
                    regorus::Value::from_json_str(&json).map_err(|e| PolicyError::Metadata {
                        file: file.display.clone(),
                        line: 1,
                        message: e.to_string(),
                    })?;
                engine.add_data(value).map_err(|e| PolicyError::Metadata {
                    file: file.display.clone(),
                    line: 1,
                    message: e.to_string(),
                })?;
                continue;
            }
            if file.is_test() && !with_tests {
                continue;
            }
            nesting::check(&file.display, &file.text)?;
            let package = engine
                .add_policy(file.display.clone(), file.text.clone())
                .map_err(|e| PolicyError::compile(&file.display, &file.text, &format!("{e:#}")))?;
            let module = parse::added(&mut engine, file)?;
            // Comments are not in the parse, so METADATA is read from the text.
            let blocks = metadata::blocks(&file.text).map_err(|e| PolicyError::Metadata {
                file: file.display.clone(),
                line: e.line,
                message: e.message,
            })?;
            let mut rule = None;
            for block in &blocks {
                let meta = metadata::rule_meta(block, &package, &file.display).map_err(|e| {
                    PolicyError::Metadata {
                        file: file.display.clone(),
                        line: e.line,
                        message: e.message,
                    }
                })?;
                if let Some(mut meta) = meta {
                    meta.reads = metadata::manifest_sections(&file.text);
                    if let Some(first) = catalogue.get(&meta.id) {
                        return Err(PolicyError::DuplicateId {
                            id: meta.id,
                            first: first.file.clone(),
                            second: file.display.clone(),
                        });
                    }
                    rule = Some(meta.id.clone());
                    catalogue.insert(meta.id.clone(), meta);
                }
            }
            if file.is_test() {
                tests.extend(unit::declared(&package, &file.display, &module));
            }
            let sets = parse::declared_sets(&module);
            if !sets.is_empty() && !file.is_test() {
                reporters.push(Reporter {
                    package,
                    file: file.display.clone(),
                    sets,
                    rule,
                    names_ids: parse::names_rule_ids(&module),
                });
            }
            modules.push(module);
        }
        // Across every module, as cycles and calls may cross files.
        recursion::refuse(&modules).and_then(|()| unusable::refuse(&modules))?;
        for meta in builtin::rules() {
            catalogue.insert(meta.id.clone(), meta);
        }
        // A package without METADATA reports under its own path; it is
        // catalogued too (one entry however many files declare it, as
        // conftest's `main` often spans several), so it is listed, explained,
        // counted and configured like any rule. One that writes its own ids
        // into object findings reports under those, so it gets no entry.
        let mut by_set = std::collections::BTreeSet::new();
        let mut packages: BTreeMap<&str, Vec<&Reporter>> = BTreeMap::new();
        for reporter in reporters.iter().filter(|r| r.rule.is_none()) {
            packages
                .entry(&reporter.package)
                .or_default()
                .push(reporter);
        }
        for parts in packages.values() {
            let names_ids = parts.iter().any(|r| r.names_ids);
            let sets: Vec<&[(&str, Severity)]> = parts.iter().map(|r| r.sets.as_slice()).collect();
            let meta = metadata::undocumented(&parts[0].package, &parts[0].file, &sets);
            if names_ids || catalogue.contains_key(&meta.id) {
                continue;
            }
            by_set.insert(meta.id.clone());
            catalogue.insert(meta.id.clone(), meta);
        }
        if !reporters.is_empty() {
            engine
                .add_policy(
                    progress::FINDINGS_FILE.into(),
                    progress::findings_module(&reporters),
                )
                .map_err(|e| PolicyError::Metadata {
                    file: progress::FINDINGS_FILE.into(),
                    line: 1,
                    message: format!("{e:#}"),
                })?;
        }
        prepare(&mut engine);
        Ok(Self {
            engine,
            data,
            files: files.to_vec(),
            with_tests,
            disabled: Vec::new(),
            reporters,
            catalogue,
            by_set,
            tests,
            timeout: DEFAULT_TIMEOUT,
        })
    }

    /// Sets how long one repository's evaluation may take.
    pub fn set_timeout(&mut self, timeout: Duration) {
        self.timeout = timeout;
    }

    /// How long one repository's check may take.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// The policy and data files compiled (the rule library's sources).
    pub fn files(&self) -> &[PolicyFile] {
        &self.files
    }

    /// The rule catalogue, by id.
    pub fn catalogue(&self) -> &BTreeMap<String, RuleMeta> {
        &self.catalogue
    }

    /// The Rego unit tests loaded (only when compiled `with_tests`).
    pub fn tests(&self) -> &[unit::RegoTest] {
        &self.tests
    }

    /// A fresh copy of the compiled engine, under a time limit.
    fn engine_for_eval(&self, limit: Duration) -> Engine {
        let mut engine = self.engine.clone();
        progress::set_time_limit(&mut engine, limit);
        engine
    }

    /// How long each reporting package takes over `input`, evaluated alone
    /// (on a fresh engine, so the shared helpers it uses count in its time),
    /// slowest first: for finding the policy that makes a portfolio slow.
    pub fn profile(&self, input: &Value) -> Vec<(String, std::time::Duration)> {
        let json = serde_json::to_string(input).unwrap_or_default();
        let mut times: Vec<(String, std::time::Duration)> = self
            .reporters
            .iter()
            .map(|reporter| {
                let mut engine = self.engine_for_eval(self.timeout);
                let _ = engine.set_input_json(&json);
                let start = std::time::Instant::now();
                for (set, _) in &reporter.sets {
                    let _ = engine.eval_rule(format!("{}.{set}", reporter.package));
                }
                (reporter.package.clone(), start.elapsed())
            })
            .collect();
        times.sort_by_key(|t| std::cmp::Reverse(t.1));
        times
    }

    /// Evaluates every reporting policy against one input document, within
    /// the time limit.
    pub fn evaluate(&self, input: &Value) -> Result<Vec<RawFinding>, PolicyError> {
        self.evaluate_by(input, Instant::now() + self.timeout)
    }

    /// Evaluates every reporting policy against one input document, to
    /// finish by `deadline` (the time limit counted from an earlier start,
    /// so compiling a repository's own policies counts too).
    pub fn evaluate_by(
        &self,
        input: &Value,
        deadline: Instant,
    ) -> Result<Vec<RawFinding>, PolicyError> {
        let mut findings = self.evaluate_every_rule(input, deadline)?;
        // A rule that does not apply to what the repository is (its
        // METADATA `kinds`) reports nothing there, whatever its Rego found.
        let kind = input
            .pointer("/manifest/service/kind")
            .and_then(Value::as_str);
        findings.retain(|f| {
            self.catalogue
                .get(&f.rule)
                .is_none_or(|meta| meta.applies_to(kind))
        });
        Ok(findings)
    }

    fn evaluate_every_rule(
        &self,
        input: &Value,
        deadline: Instant,
    ) -> Result<Vec<RawFinding>, PolicyError> {
        let remaining = || deadline.saturating_duration_since(Instant::now());
        if remaining().is_zero() {
            return Err(PolicyError::TimeoutBeforeEvaluation {
                seconds: self.timeout.as_secs_f64(),
            });
        }
        let mut engine = self.engine_for_eval(remaining());
        let json = serde_json::to_string(input).unwrap_or_default();
        engine
            .set_input_json(&json)
            .map_err(|e| PolicyError::Eval {
                package: "input".into(),
                file: String::new(),
                message: e.to_string(),
            })?;
        // One evaluation of every reporting set: shared helpers
        // (data.wgll.lib) are computed once per repository instead of once
        // per package, and nothing else in `data` (the schema, helpers'
        // intermediate values) is copied out.
        let phase = input
            .pointer("/manifest/service/phase")
            .and_then(Value::as_str);
        progress::reset();
        let mut first = None;
        match engine.eval_rule(format!("data.{}.findings", progress::FINDINGS_PACKAGE)) {
            Ok(value) => {
                let json = value.to_json_str().unwrap_or_default();
                if let Ok(Value::Array(items)) = serde_json::from_str::<Value>(&json) {
                    // Every other item is a progress mark.
                    let mut sets = items.into_iter().skip(1).step_by(2);
                    return self
                        .collect_json_findings(phase, || sets.next().unwrap_or(Value::Null));
                }
            }
            // Evaluating again to name the package would run past the
            // limit; the progress marks name the set that was running.
            Err(e) if progress::is_timeout(&e) => {
                let reporter = self
                    .reporters
                    .iter()
                    .flat_map(|r| r.sets.iter().map(move |_| r))
                    .nth(progress::started())
                    .unwrap_or(&self.reporters[0]);
                return Err(self.eval_error(reporter, &e));
            }
            Err(e) => first = Some(e),
        }
        // The whole evaluation failed: evaluate package by package, each in
        // the time that is left (regorus restarts its clock on every call),
        // to name the one that fails.
        let mut failure = None;
        let mut out_of_time = false;
        let found = self.collect_findings(phase, |package, set| {
            if failure.is_some() || out_of_time {
                return regorus::Value::Undefined;
            }
            let left = remaining();
            if left.is_zero() {
                out_of_time = true;
                return regorus::Value::Undefined;
            }
            progress::set_time_limit(&mut engine, left);
            match engine.eval_rule(format!("{package}.{set}")) {
                Ok(value) => value,
                Err(e) => {
                    failure = Some((package.to_string(), e));
                    regorus::Value::Undefined
                }
            }
        });
        match (failure, first) {
            (Some((package, e)), _) => {
                let reporter = self
                    .reporters
                    .iter()
                    .find(|r| r.package == package)
                    .unwrap_or(&self.reporters[0]);
                Err(self.eval_error(reporter, &e))
            }
            // The time ran out before the failing package was found: the
            // first evaluation's error, not a guess at its package.
            (None, Some(e)) if out_of_time => Err(PolicyError::Eval {
                package: "(not found in the time limit)".into(),
                file: String::new(),
                message: format!("{e:#}"),
            }),
            _ => found,
        }
    }

    /// The findings of every reporting set, with `value_of(package, set)`
    /// giving each set's value; disabled rules' findings are dropped.
    fn collect_findings(
        &self,
        phase: Option<&str>,
        mut value_of: impl FnMut(&str, &str) -> regorus::Value,
    ) -> Result<Vec<RawFinding>, PolicyError> {
        let mut sets = self
            .reporters
            .iter()
            .flat_map(|r| r.sets.iter().map(move |(set, _)| (r, set)));
        self.collect_json_findings(phase, || {
            let Some((reporter, set)) = sets.next() else {
                return Value::Null;
            };
            let json = value_of(&reporter.package, set)
                .to_json_str()
                .unwrap_or_default();
            serde_json::from_str(&json).unwrap_or(Value::Null)
        })
    }

    /// Findings from each reporting set's value, taken in reporter order.
    fn collect_json_findings(
        &self,
        phase: Option<&str>,
        mut next_set: impl FnMut() -> Value,
    ) -> Result<Vec<RawFinding>, PolicyError> {
        let mut findings = Vec::new();
        for reporter in &self.reporters {
            for (set, severity) in &reporter.sets {
                let items = match next_set() {
                    Value::Array(items) => items,
                    // Undefined (regorus writes it as "<undefined>" in
                    // JSON): nothing reported.
                    Value::Null => continue,
                    Value::String(s) if s == "<undefined>" => continue,
                    // `deny if {...}` or `deny := "..."`: findings would be
                    // lost without a word, so say what the set must be.
                    other => {
                        return Err(PolicyError::Eval {
                            package: reporter.package.clone(),
                            file: reporter.file.clone(),
                            message: format!(
                                "`{set}` is {}, not a set of findings: write \
                                 `{set} contains msg if {{ ... }}`",
                                serde_json::to_string(&other)
                                    .unwrap_or_default()
                                    .chars()
                                    .take(60)
                                    .collect::<String>()
                            ),
                        });
                    }
                };
                for item in items {
                    let finding = self.finding(reporter, *severity, phase, item);
                    if !self.disabled.contains(&finding.rule) {
                        findings.push(finding);
                    }
                }
            }
        }
        Ok(findings)
    }

    fn eval_error(&self, reporter: &Reporter, err: &anyhow::Error) -> PolicyError {
        if progress::is_timeout(err) {
            PolicyError::Timeout {
                package: reporter.package.clone(),
                file: reporter.file.clone(),
                seconds: self.timeout.as_secs_f64(),
            }
        } else {
            PolicyError::Eval {
                package: reporter.package.clone(),
                file: reporter.file.clone(),
                message: format!("{err:#}"),
            }
        }
    }

    /// Turns one reported value (an object or a plain string) into a finding,
    /// for a service in `phase`.
    fn finding(
        &self,
        reporter: &Reporter,
        set_severity: Severity,
        phase: Option<&str>,
        item: Value,
    ) -> RawFinding {
        let package_id = reporter.package.trim_start_matches("data.").to_string();
        let mut related = Vec::new();
        let (rule, message, at, file, own_severity) = match item {
            Value::String(message) => (None, message, None, None, None),
            Value::Object(map) => {
                related = raw::related(&map);
                let text = |k: &str| map.get(k).and_then(Value::as_str).map(str::to_string);
                let message = text("msg")
                    .or_else(|| text("message"))
                    .unwrap_or_else(|| Value::Object(map.clone()).to_string());
                (
                    text("rule"),
                    message,
                    text("at"),
                    text("file"),
                    text("severity").and_then(|s| Severity::parse(&s)),
                )
            }
            other => (None, other.to_string(), None, None, None),
        };
        let rule = rule.or_else(|| reporter.rule.clone()).unwrap_or(package_id);
        let severity = match self.catalogue.get(&rule) {
            Some(meta) if !self.by_set.contains(&rule) => meta.severity_in(phase),
            _ => own_severity.unwrap_or(set_severity),
        };
        RawFinding {
            rule,
            severity,
            message,
            at,
            file,
            related,
        }
    }
}

/// The catalogue's id for a rule id as a user wrote it: the same text, else
/// the same but for case (`cloud-02`), so a package path such as `main` is
/// found as well as `CLOUD-02`.
pub fn catalogue_id<'c>(
    catalogue: &'c BTreeMap<String, RuleMeta>,
    written: &str,
) -> Option<&'c String> {
    catalogue
        .get_key_value(written)
        .map(|(k, _)| k)
        .or_else(|| catalogue.keys().find(|k| k.eq_ignore_ascii_case(written)))
}

/// Runs regorus's analysis of the policies now, once: every clone of a
/// prepared engine starts prepared, where an unprepared one would redo the
/// analysis for each repository (most of the evaluation time).
pub(crate) fn prepare(engine: &mut Engine) {
    // A constant query has no failure mode that matters; the analysis is
    // redone on the first real evaluation if it did not happen here.
    let _ = engine.eval_query("true".to_string(), false);
}

/// Deep-merges `over` into `base`: objects key by key, anything else replaced.
fn merge_json(base: &mut Value, over: Value) {
    match (base, over) {
        (Value::Object(base), Value::Object(over)) => {
            for (key, value) in over {
                match base.get_mut(&key) {
                    Some(existing) => merge_json(existing, value),
                    None => {
                        base.insert(key, value);
                    }
                }
            }
        }
        (base, over) => *base = over,
    }
}

#[cfg(test)]
mod tests;
