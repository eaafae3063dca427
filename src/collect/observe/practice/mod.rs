//! Engineering practice the repository's own files show: the package
//! ecosystems it uses and where (`input.observed.ecosystems`), the bots that
//! keep them up to date, and the secret scanners, static analysers and
//! dependency checks its pre-commit hooks and CI workflows run
//! (`input.observed.practice`).
//!
//! Each fact is located at the line that shows it. A tool is recorded only
//! where the files name it (an action, a hook, a command); a step known only
//! by a name such as `scan-secrets` is recorded as named, not inspected, so
//! a rule can tell the two apart.

mod ecosystems;
pub(crate) use ecosystems::is_dockerfile;
mod hooks;
mod renovate;
mod scan;
mod shell;
mod tools;
mod updates;
mod workflows;

use std::collections::BTreeSet;
use std::ops::Range;

use serde::Serialize;

pub use self::ecosystems::{EcosystemDir, Ecosystems};
pub use self::renovate::Renovate;
pub use self::tools::Category;
pub use self::updates::{Dependabot, DependabotUpdate, DependencyUpdates};
use super::Reader;

/// `input.observed.practice`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Practice {
    /// The Dependabot and Renovate configurations, as read.
    pub dependency_updates: DependencyUpdates,
    /// Secret scanners run by hooks or CI.
    pub secret_scanning: Vec<Detection>,
    /// Static (security) analysis run by hooks or CI.
    pub static_analysis: Vec<Detection>,
    /// Checks of dependencies for known vulnerabilities run by hooks or CI.
    pub dependency_review: Vec<Detection>,
    /// The workflow files read (`.github/workflows/*.yml`).
    pub workflows: Vec<String>,
    /// Jobs that call a reusable workflow, and whether its steps were read.
    pub workflow_calls: Vec<WorkflowCall>,
    /// The git hook configurations read (pre-commit, lefthook, husky).
    pub hooks: Vec<String>,
    /// Settings that could not be read as written, with their place.
    pub unresolved: Vec<Unresolved>,
}

/// One tool found running.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Detection {
    /// The tool (`gitleaks`), or for a step known only by its name, the
    /// name as written.
    pub tool: String,
    /// The file that shows it.
    pub file: String,
    /// How it runs: `workflow step`, `workflow command`, `composite action
    /// step`, `composite action command`, `script`, `pre-commit hook`, `git
    /// hook`; `... (named for it, not inspected)` when only the name of
    /// something not read says so, `... (named for it, no tool found)` when
    /// it was read and its commands are out of sight (behind `make`).
    pub how: String,
}

/// A job that calls a reusable workflow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WorkflowCall {
    /// The calling workflow.
    pub file: String,
    /// The job's id.
    pub job: String,
    /// What it calls, as written.
    pub uses: String,
    /// True when the called workflow is a workflow file of this repository,
    /// read with the others, so its steps count; one in another repository
    /// is not read.
    pub inspected: bool,
}

/// A setting that could not be read as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unresolved {
    /// The file.
    pub file: String,
    /// What could not be read, and why.
    pub what: String,
}

/// A place in a file read through the [`Reader`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Place {
    file: String,
    span: Range<usize>,
}

// Places sort by file, then position, so every list comes out in the order
// a reader meets its facts.
impl Ord for Place {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (&self.file, self.span.start, self.span.end).cmp(&(
            &other.file,
            other.span.start,
            other.span.end,
        ))
    }
}

impl PartialOrd for Place {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Place {
    fn new(file: &str, span: Range<usize>) -> Self {
        Self {
            file: file.to_string(),
            span,
        }
    }
}

/// Everything found so far, each with its place; pointers are given only at
/// the end, once every list is complete and in order.
#[derive(Debug, Default)]
pub(crate) struct Found {
    detections: BTreeSet<(Category, Place, Detection)>,
    calls: Vec<(WorkflowCall, Place)>,
    unresolved: Vec<(Unresolved, Place)>,
}

impl Found {
    /// A tool found at `place`.
    fn tool(&mut self, category: Category, tool: &str, how: &str, place: Place) {
        let detection = Detection {
            tool: tool.to_string(),
            file: place.file.clone(),
            how: how.to_string(),
        };
        // A set: a script two workflows run is one detection, not two.
        self.detections.insert((category, place, detection));
    }

    fn call(&mut self, call: WorkflowCall, place: Place) {
        self.calls.push((call, place));
    }

    fn unresolved(&mut self, what: String, place: Place) {
        let unresolved = Unresolved {
            file: place.file.clone(),
            what,
        };
        self.unresolved.push((unresolved, place));
    }
}

/// Observes the ecosystems and the practice around them.
pub fn observe(reader: &mut Reader<'_>) -> (Practice, Ecosystems) {
    let mut found = Found::default();
    let mut ecosystems = ecosystems::observe(reader);
    let dependency_updates = DependencyUpdates {
        dependabot: updates::dependabot(reader, &mut found),
        renovate: renovate::observe(reader, &mut found),
    };
    updates::mark_coverage(&mut ecosystems, &dependency_updates);
    let workflows = workflows::observe(reader, &mut found);
    let hooks = hooks::observe(reader, &mut found);

    let mut practice = Practice {
        dependency_updates,
        workflows,
        hooks,
        ..Practice::default()
    };
    for (category, place, detection) in found.detections {
        let (key, list) = match category {
            Category::Secrets => ("secret_scanning", &mut practice.secret_scanning),
            Category::Static => ("static_analysis", &mut practice.static_analysis),
            Category::Dependencies => ("dependency_review", &mut practice.dependency_review),
        };
        reader.record(
            format!("/observed/practice/{key}/{}", list.len()),
            &place.file,
            place.span,
        );
        list.push(detection);
    }
    for (call, place) in found.calls {
        let pointer = format!(
            "/observed/practice/workflow_calls/{}",
            practice.workflow_calls.len()
        );
        reader.record(pointer, &place.file, place.span);
        practice.workflow_calls.push(call);
    }
    for (unresolved, place) in found.unresolved {
        let pointer = format!(
            "/observed/practice/unresolved/{}",
            practice.unresolved.len()
        );
        reader.record(pointer, &place.file, place.span);
        practice.unresolved.push(unresolved);
    }
    (practice, ecosystems)
}

/// The byte range of the first line of `text`, without its line break:
/// where a fact about a whole file is shown.
fn first_line(text: &str) -> Range<usize> {
    0..text.find(['\n', '\r']).unwrap_or(text.len())
}
