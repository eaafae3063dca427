//! Stage 3 of the pipeline: findings to human and machine formats. One
//! format, one file; every renderer takes the same [`CheckReport`] and
//! returns a string, so only `main.rs` writes to the terminal.

pub mod adrs;
pub mod audit;
pub mod github;
pub mod human;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod rego_tests;
pub mod rules;
pub mod sarif;

use crate::findings::{Finding, Summary};

/// `1 error`, `2 errors`: a count with its noun, for summary lines.
pub fn counted(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

/// `1 error, 2 warnings, 0 infos`: the counts every summary line starts with.
pub fn severity_counts(s: &Summary) -> String {
    format!(
        "{}, {}, {}",
        counted(s.errors, "error"),
        counted(s.warnings, "warning"),
        counted(s.infos, "info")
    )
}

/// Everything a renderer needs about one checked repository.
#[derive(Debug, Clone)]
pub struct CheckReport<'a> {
    /// The repository's name.
    pub repository: &'a str,
    /// The evaluation date.
    pub today: &'a str,
    /// Located, sorted findings.
    pub findings: &'a [Finding],
    /// How many rules ran.
    pub rules_run: usize,
    /// The rule catalogue (every rule that ran, with its metadata), for
    /// formats that list rules as well as results (SARIF, JUnit).
    pub catalogue: &'a std::collections::BTreeMap<String, crate::evaluate::metadata::RuleMeta>,
    /// The source map, for quoting lines.
    pub sources: &'a crate::sourcemap::SourceMap,
    /// The manifest's path (`wgll.yaml`), where findings with no place in a
    /// file are anchored in formats that need a place (SARIF, annotations).
    pub manifest_file: &'a str,
    /// The repository's files, sorted, `/`-separated.
    pub files: &'a [String],
    /// The lowest severity that fails the check.
    pub fail_on: crate::evaluate::metadata::Severity,
    /// The checked folder's place in its git repository (`services/a/`),
    /// or empty; see [`CheckReport::from_root`].
    pub in_repository: &'a str,
    /// Files from outside the checked folder and their paths from the
    /// repository's root (see `Collected::outside`).
    pub outside: &'a std::collections::BTreeMap<String, String>,
}

/// Where a finding is shown in formats that must name a real file and line
/// (SARIF for code scanning, GitHub annotations): all 1-based, never empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place<'a> {
    /// Repository-relative path, `/`-separated.
    pub file: &'a str,
    /// Start line.
    pub line: usize,
    /// Start column.
    pub column: usize,
    /// End line and the column after the last character, when the finding
    /// has a span.
    pub end: Option<(usize, usize)>,
}

impl<'a> CheckReport<'a> {
    /// A file's path from the git repository's root, for the formats a CI
    /// system resolves against the checkout (SARIF, annotations, JUnit,
    /// the job summary); the same as `file` unless a sub-folder is checked.
    pub fn from_root(&self, file: &str) -> String {
        match self.outside.get(file) {
            Some(path) => path.clone(),
            None => format!("{}{file}", self.in_repository),
        }
    }

    /// Counts by severity.
    pub fn summary(&self) -> Summary {
        Summary::of(self.findings)
    }

    /// Whether the check fails: an unwaived finding at or above the fail level.
    pub fn failed(&self) -> bool {
        self.findings
            .iter()
            .any(|f| f.waived.is_none() && f.severity >= self.fail_on)
    }

    /// The file a finding with no place is anchored at: the manifest when it
    /// exists, else README.md, else the first file (code scanning rejects a
    /// result with no location, an empty URI or line 0).
    pub fn anchor(&self) -> &'a str {
        let has = |p: &str| self.files.iter().any(|f| f == p);
        if has(self.manifest_file) {
            self.manifest_file
        } else if has("README.md") {
            "README.md"
        } else {
            // With no files at all, the manifest's name is still a real,
            // non-empty relative path.
            self.files
                .first()
                .map_or(self.manifest_file, String::as_str)
        }
    }

    /// Where to show a finding: its own line; line 1 of its file when it is
    /// about a file that exists; else line 1 of the [anchor](Self::anchor).
    pub fn place<'f>(&'f self, finding: &'f Finding) -> Place<'f> {
        if let (Some(file), Some(line)) = (finding.file.as_deref(), finding.line) {
            let end = finding.span.as_ref().and_then(|span| {
                self.sources
                    .file(file)
                    .map(|source| source.line_col(span.end))
            });
            return Place {
                file,
                line,
                column: finding.column.unwrap_or(1),
                end,
            };
        }
        let file = match finding.file.as_deref() {
            Some(file) if self.files.iter().any(|f| f == file) => file,
            _ => self.anchor(),
        };
        Place {
            file,
            line: 1,
            column: 1,
            end: None,
        }
    }
}
