//! One repository, end to end: the only place the stages are chained.
//!
//! open -> [`settings`](crate::settings) (configuration and local policies,
//! read from the same state of the repository) -> [`collect`] (the input
//! document and its source map) -> [`evaluate`](crate::evaluate) (Rego) ->
//! [`findings`] (located) -> [`waive`] -> [`maturity`] (scores). `check`,
//! `audit`, the pre-commit path and any later entry point call [`check`];
//! what they render from its [`Outcome`] is theirs.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use crate::collect::error::CollectError;
use crate::collect::{self, Collected, InputDocument, Opened, Place, ReadMode, Request};
use crate::config::Config;
use crate::date::Date;
use crate::evaluate::ConfigureError;
use crate::evaluate::Policies;
use crate::evaluate::error::PolicyError;
use crate::evaluate::metadata::RuleMeta;
use crate::findings::{self, Finding};
use crate::maturity::{self, MeasureScore};
use crate::settings::{self, Settings};
use crate::sourcemap::SourceMap;
use crate::waive;

/// How to read and judge one repository (where it is and in which read mode
/// is [`Opened`]'s business).
#[derive(Debug, Clone)]
pub struct Options {
    /// The manifest's repository-relative path (`--manifest`); else the
    /// config's `manifest`, else `wgll.yaml`.
    pub manifest: Option<String>,
    /// The evaluation date.
    pub today: Date,
    /// The organisation's configuration (`--config`), if any.
    pub org_config: Option<Config>,
    /// Whether to apply the repository's own `.wgll/` (config and policies).
    pub local_config: bool,
}

impl Options {
    /// No configuration but the repository's own, judged on `today`.
    pub fn new(today: Date) -> Self {
        Self {
            manifest: None,
            today,
            org_config: None,
            local_config: true,
        }
    }
}

/// Why a repository could not be checked.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum PipelineError {
    /// It could not be read.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Collect(#[from] CollectError),
    /// Its configuration does not fit the policies, or its own policies do
    /// not compile.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Configure(#[from] ConfigureError),
    /// A policy failed while evaluating (a time-out, a runtime error).
    #[error(transparent)]
    #[diagnostic(transparent)]
    Policy(#[from] PolicyError),
    /// The input document could not be handed to the engine.
    #[error("cannot build the input document: {0}")]
    #[diagnostic(code(wgll::input))]
    Input(String),
}

/// What reading a repository yields before any policy runs.
#[derive(Debug, Clone)]
pub struct Read {
    /// The settings in force.
    pub settings: Settings,
    /// The input document and its source map (configuration files included,
    /// so findings about waivers point into them).
    pub collected: Collected,
}

/// One repository's check.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// Where the checked folder sits in git.
    pub place: Place,
    /// The configuration in force.
    pub config: Config,
    /// How many waivers the repository's own config records (see
    /// [`Settings::local_waivers`]).
    pub local_waivers: Option<usize>,
    /// What policies saw.
    pub input: InputDocument,
    /// Where each fact came from.
    pub sources: SourceMap,
    /// The rules that ran, as configured for this repository.
    pub catalogue: BTreeMap<String, RuleMeta>,
    /// Located, sorted findings, waivers applied.
    pub findings: Vec<Finding>,
    /// The maturity score per success measure.
    pub scores: BTreeMap<&'static str, MeasureScore>,
}

/// Reads settings and evidence; `only_decisions` reads no manifest (what
/// `wgll adrs` needs).
pub fn read(
    opened: &Opened,
    options: &Options,
    only_decisions: bool,
) -> Result<Read, PipelineError> {
    let settings = settings::load(
        opened.source(),
        options.org_config.as_ref(),
        options.local_config,
    )?;
    let manifest = collect::manifest_path(
        options.manifest.as_deref(),
        settings.config.manifest.as_deref(),
    );
    let request = Request {
        adr_dirs: settings.config.adr_dirs.as_deref(),
        only_decisions,
        manifest_required: options.manifest.is_some(),
        ..Request::new(&manifest, options.today)
    };
    let mut collected = collect::collect(opened, &request)?;
    for (path, text) in &settings.config.files {
        collected
            .sources
            .add_file(path.clone(), Arc::from(text.as_str()));
    }
    Ok(Read {
        settings,
        collected,
    })
}

/// Checks an opened repository.
pub fn check(
    opened: &Opened,
    options: &Options,
    policies: &Policies,
) -> Result<Outcome, PipelineError> {
    judge(opened, read(opened, options, false)?, options, policies)
}

/// Judges what was read from `opened` with `policies`: the second half of
/// [`check`], apart so a caller can read the repository while the library
/// compiles.
pub fn judge(
    opened: &Opened,
    read: Read,
    options: &Options,
    policies: &Policies,
) -> Result<Outcome, PipelineError> {
    let Read {
        settings,
        collected,
    } = read;
    // The time limit covers compiling the repository's own policies as well
    // as evaluating them.
    let deadline = Instant::now() + policies.timeout();
    let fitted = policies.configure(&settings.config, settings.local_policies)?;
    let input =
        serde_json::to_value(&collected.input).map_err(|e| PipelineError::Input(e.to_string()))?;
    let raw = fitted.evaluate_by(&input, deadline)?;
    let mut found = findings::locate(raw, fitted.catalogue(), &collected.sources);
    findings::subsume_placeholders(&mut found);
    waive::apply(
        &mut found,
        &settings.config.waivers,
        options.today,
        fitted.catalogue(),
        &collected.sources,
    );
    let scores = maturity::scores(fitted.catalogue(), &found, &input);
    Ok(Outcome {
        place: opened.place.clone(),
        config: settings.config,
        local_waivers: settings.local_waivers,
        input: collected.input,
        sources: collected.sources,
        catalogue: fitted.catalogue().clone(),
        findings: found,
        scores,
    })
}

/// Opens the repository at `path` in `mode` and checks it.
pub fn check_path(
    path: &Path,
    mode: &ReadMode,
    options: &Options,
    policies: &Policies,
) -> Result<Outcome, PipelineError> {
    check(&Opened::open(path, mode)?, options, policies)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::collect::source::MemoryTree;

    fn today() -> Date {
        Date::new(2026, 11, 23).unwrap_or(Date {
            year: 2026,
            month: 1,
            day: 1,
        })
    }

    #[test]
    fn checks_an_in_memory_repository_with_its_own_config() {
        let Ok(policies) =
            crate::evaluate::Policies::compile(&crate::evaluate::bundle::bundled(), false)
        else {
            panic!("the bundled library compiles")
        };
        let tree = MemoryTree::new([
            (
                "service.yaml",
                "wgll: 1\nhosting:\n  regions: [us-east-1]\n",
            ),
            (".wgll/config.yaml", "manifest: service.yaml\n"),
        ]);
        let opened = Opened::memory(tree, "demo");
        let Ok(outcome) = check(&opened, &Options::new(today()), &policies) else {
            panic!("checks")
        };
        assert_eq!(outcome.input.manifest_file, "service.yaml");
        let region = outcome
            .findings
            .iter()
            .find(|f| f.rule == "CLOUD-02")
            .and_then(|f| f.line);
        assert_eq!(region, Some(3));
        assert!(outcome.scores.contains_key("smart_foundations"));
    }
}
