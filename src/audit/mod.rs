//! `wgll audit`: the whole pipeline over a portfolio of repositories.
//!
//! Repositories are discovered from the paths given (a repository, or a
//! folder of them, working trees or bare clones) and from a list file, then
//! checked in parallel with the policies compiled once and shared. One
//! repository that cannot be read or evaluated gets a status of `error` with
//! its message; the others still run. Results come back in path order,
//! whatever the scheduling, so the same portfolio gives the same report.

pub mod baseline;
mod discover;
pub mod identity;
mod isolate;
pub mod worker;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;

pub use self::discover::{DiscoverError, discover};
pub use self::isolate::Isolation;
use crate::collect::ReadMode;
use crate::config::Config;
use crate::date::Date;
use crate::evaluate::Policies;
use crate::evaluate::metadata::RuleMeta;
use crate::findings::{Finding, Summary};
use crate::maturity::MeasureScore;
use crate::pipeline;

/// How to audit.
#[derive(Debug, Clone)]
pub struct AuditOptions {
    /// Read each repository at this commit (from its object store) instead
    /// of its working tree.
    pub rev: Option<String>,
    /// The evaluation date.
    pub today: Date,
    /// The organisation's configuration.
    pub org_config: Option<Config>,
    /// Apply each repository's own `.wgll/` (off by default in audits).
    pub local_config: bool,
    /// Workers (0: one per core).
    pub jobs: usize,
    /// Check each repository in a worker process, so one that hangs,
    /// aborts or exhausts memory is an error row and the rest complete;
    /// `None` checks on threads of this process.
    pub isolation: Option<Isolation>,
    /// The digest of the organisation's configuration file, when one was
    /// given (see [`identity::digest`]).
    pub config_digest: Option<String>,
}

/// Whether a repository was checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Checked; its findings are complete.
    Checked,
    /// Could not be checked; see `error`.
    Error,
}

/// One repository's result.
#[derive(Debug, Clone)]
pub struct RepoResult {
    /// The repository's name.
    pub name: String,
    /// Its path as discovered.
    pub path: String,
    /// The revision read, if not the working tree.
    pub rev: Option<String>,
    /// The commit read (the working tree's HEAD without `--rev`).
    pub commit: Option<String>,
    /// The remote `origin`'s `owner/name`, when it has one.
    pub remote: Option<String>,
    /// Checked or error.
    pub status: Status,
    /// Why it could not be checked.
    pub error: Option<String>,
    /// Its findings, sorted.
    pub findings: Vec<Finding>,
    /// Counts by severity.
    pub summary: Summary,
    /// The maturity score per success measure.
    pub measures: BTreeMap<&'static str, MeasureScore>,
    /// How many waivers its own `.wgll/config.yaml` records (applied only
    /// with `--local-config`), when it has one.
    pub waivers: Option<usize>,
}

/// A whole audit.
#[derive(Debug, Clone)]
pub struct Audit {
    /// The evaluation date.
    pub today: String,
    /// What the audit was judged with.
    pub provenance: Provenance,
    /// The rule catalogue the portfolio was judged by.
    pub catalogue: BTreeMap<String, RuleMeta>,
    /// Each repository, in path order.
    pub repositories: Vec<RepoResult>,
}

/// What an audit was judged with, so two reports can be told apart and a
/// result reproduced: printed in every format.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Provenance {
    /// This wgll's version.
    pub wgll: String,
    /// A digest of the rule library (every policy and data file, by path).
    pub rules: String,
    /// How many rules the library holds.
    pub rule_count: usize,
    /// A digest of the organisation's configuration file, or `None`.
    pub config: Option<String>,
    /// The evaluation date.
    pub today: String,
    /// The revision read (`--rev`), or `None` for working trees.
    pub rev: Option<String>,
}

/// How many repositories fail one rule: a gap in the portfolio.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Gap {
    /// The rule.
    pub rule: String,
    /// Its title.
    pub title: String,
    /// Its measure.
    pub measure: Option<String>,
    /// Its severity: the highest it has in any repository (a rule may be
    /// stricter for live services).
    pub severity: crate::evaluate::metadata::Severity,
    /// How to fix it, from its METADATA.
    pub remediation: Option<String>,
    /// The repositories failing it (unwaived), by name.
    pub repositories: Vec<String>,
}

impl Audit {
    /// The rules failed anywhere, the more severe first, then those failed
    /// by the most repositories, then by id: where to act first. Severity
    /// leads so that one repository without encryption is not listed
    /// under forty with an untidy decision record.
    pub fn gaps(&self) -> Vec<Gap> {
        use crate::evaluate::metadata::Severity;
        let mut failing: BTreeMap<&str, (Severity, Vec<String>)> = BTreeMap::new();
        for repo in &self.repositories {
            let mut rules: BTreeMap<&str, Severity> = BTreeMap::new();
            for f in repo.findings.iter().filter(|f| f.waived.is_none()) {
                let worst = rules.entry(f.rule.as_str()).or_insert(f.severity);
                *worst = (*worst).max(f.severity);
            }
            for (rule, severity) in rules {
                let entry = failing.entry(rule).or_insert((severity, Vec::new()));
                entry.0 = entry.0.max(severity);
                entry.1.push(repo.name.clone());
            }
        }
        let mut gaps: Vec<Gap> = failing
            .into_iter()
            .map(|(rule, (severity, repositories))| {
                let meta = self.catalogue.get(rule);
                Gap {
                    rule: rule.to_string(),
                    title: meta.map_or_else(|| rule.to_string(), |m| m.title.clone()),
                    measure: meta.and_then(|m| m.measure.clone()),
                    remediation: meta.and_then(|m| m.remediation.clone()),
                    severity,
                    repositories,
                }
            })
            .collect();
        gaps.sort_by(|a, b| {
            b.severity
                .cmp(&a.severity)
                .then(b.repositories.len().cmp(&a.repositories.len()))
                .then(a.rule.cmp(&b.rule))
        });
        gaps
    }
}

/// Audits the repositories with policies compiled once; `done` is called
/// after each repository (for a progress bar).
pub fn run(
    repos: &[PathBuf],
    policies: &Policies,
    options: &AuditOptions,
    done: &(dyn Fn() + Sync),
) -> Audit {
    let check = |path: &PathBuf| {
        let result = check_catching_panics(path, policies, options);
        done();
        result
    };
    let mut repositories: Vec<RepoResult> = match &options.isolation {
        Some(isolation) => {
            let jobs = match options.jobs {
                0 => std::thread::available_parallelism().map_or(1, usize::from),
                n => n,
            };
            isolate::run(repos, isolation, jobs, options, done)
        }
        None => match rayon::ThreadPoolBuilder::new()
            .num_threads(options.jobs)
            .build()
        {
            Ok(pool) => pool.install(|| repos.par_iter().map(check).collect()),
            Err(_) => repos.iter().map(check).collect(),
        },
    };
    name(&mut repositories, repos);
    // By name, then path: the same portfolio lists in the same order.
    repositories.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.path.cmp(&b.path)));
    let catalogue = policies
        .configure(&options.org_config.clone().unwrap_or_default(), Vec::new())
        .map(|p| p.catalogue().clone())
        .unwrap_or_else(|_| policies.catalogue().clone());
    let mut files: Vec<&crate::evaluate::PolicyFile> = policies.files().iter().collect();
    files.sort_by(|a, b| a.bundle_path.cmp(&b.bundle_path));
    let provenance = Provenance {
        wgll: env!("CARGO_PKG_VERSION").into(),
        rules: identity::digest(
            files
                .iter()
                .flat_map(|f| [f.bundle_path.as_bytes(), f.text.as_bytes()]),
        ),
        rule_count: catalogue.len(),
        config: options.config_digest.clone(),
        today: options.today.to_string(),
        rev: options.rev.clone(),
    };
    Audit {
        today: options.today.to_string(),
        provenance,
        catalogue,
        repositories,
    }
}

/// Gives each repository its unique name: see [`identity`].
fn name(results: &mut [RepoResult], paths: &[PathBuf]) {
    let root = identity::root(paths);
    let ids: Vec<(Option<String>, String)> = results
        .iter()
        .map(|r| {
            (
                r.remote.clone(),
                identity::relative(Path::new(&r.path), &root),
            )
        })
        .collect();
    for (r, name) in results.iter_mut().zip(identity::unique_names(&ids)) {
        r.name = name;
    }
}

/// One repository, a panic in wgll included: a defect that one repository
/// trips must not cost the audit the others, so that repository is reported
/// as not checked.
fn check_catching_panics(path: &Path, policies: &Policies, options: &AuditOptions) -> RepoResult {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        check_one(path, policies, options)
    }))
    .unwrap_or_else(|panic| {
        let what = panic
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| panic.downcast_ref::<&str>().copied())
            .unwrap_or("unknown");
        not_checked(
            crate::collect::repository_name(path),
            path,
            options,
            format!("wgll failed on this repository (a bug, please report it): {what}"),
        )
    })
}

/// Whether `path` is a bare git repository.
fn is_bare(path: &Path) -> bool {
    git2::Repository::open_bare(path).is_ok_and(|r| r.is_bare())
}

/// The result of a repository that could not be checked.
fn not_checked(name: String, path: &Path, options: &AuditOptions, message: String) -> RepoResult {
    RepoResult {
        name,
        path: path.display().to_string(),
        rev: options.rev.clone(),
        commit: None,
        remote: None,
        status: Status::Error,
        error: Some(message),
        findings: Vec::new(),
        summary: Summary::default(),
        measures: BTreeMap::new(),
        waivers: None,
    }
}

fn check_one(path: &Path, policies: &Policies, options: &AuditOptions) -> RepoResult {
    // A bare clone has no working tree: without --rev, its HEAD is what it holds.
    let rev = options
        .rev
        .clone()
        .or_else(|| is_bare(path).then(|| "HEAD".to_string()));
    let mode = match &rev {
        Some(rev) => ReadMode::Rev(rev.clone()),
        None => ReadMode::WorkTree,
    };
    let pipeline_options = pipeline::Options {
        org_config: options.org_config.clone(),
        local_config: options.local_config,
        ..pipeline::Options::new(options.today)
    };
    let (commit, remote) = identity::identify(path, rev.as_deref());
    match pipeline::check_path(path, &mode, &pipeline_options, policies) {
        Ok(outcome) => RepoResult {
            name: outcome.input.repository.name,
            path: path.display().to_string(),
            rev,
            commit,
            remote,
            status: Status::Checked,
            error: None,
            summary: Summary::of(&outcome.findings),
            measures: outcome.scores,
            findings: outcome.findings,
            waivers: outcome.local_waivers,
        },
        Err(e) => not_checked(
            crate::collect::repository_name(path),
            path,
            options,
            one_line(&e),
        ),
    }
}

/// A diagnostic on one line, with the place of its first label when it has
/// one (`wgll.yaml:3:5: ...`), for tables and JSON.
pub fn one_line(diagnostic: &dyn miette::Diagnostic) -> String {
    let place = (|| {
        let label = diagnostic.labels()?.next()?;
        let contents = diagnostic
            .source_code()?
            .read_span(label.inner(), 0, 0)
            .ok()?;
        let name = contents.name().unwrap_or("").to_string();
        Some(format!(
            "{name}:{}:{}",
            contents.line() + 1,
            contents.column() + 1
        ))
    })();
    let message = diagnostic.to_string();
    let message = match place {
        Some(place) if !message.contains(&place) => format!("{message} (at {place})"),
        _ => message,
    };
    // Several problems reported together (a config with three mistakes):
    // each with its place, so the row says what to fix without a re-run.
    let related: Vec<String> = diagnostic
        .related()
        .into_iter()
        .flatten()
        .map(one_line)
        .collect();
    if related.is_empty() {
        message
    } else {
        format!("{message}: {}", related.join("; "))
    }
}
