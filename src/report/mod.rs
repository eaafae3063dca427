//! Stage 3 of the pipeline: findings to human and machine formats. One
//! format, one file; every renderer takes the same [`CheckReport`] and
//! returns a string, so only `main.rs` writes to the terminal. Each command's
//! formats are one enum here, free of the command line: `main.rs` offers
//! them through [`Choice`].

/// A command's output formats as a user chooses them: every one, its name
/// and its line of help, so the command line is built from this list.
pub trait Choice: Copy + Send + Sync + 'static {
    /// Every choice, in the order help lists them.
    const ALL: &'static [Self];
    /// Its name on the command line (`sarif`).
    fn name(self) -> &'static str;
    /// One line of help: the variant's doc comment.
    fn help(self) -> &'static str;
}

/// Declares a format enum and its [`Choice`]: each variant with its doc
/// comment (which is also its help) and its name.
macro_rules! choices {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[doc = $doc:literal])+ $variant:ident => $text:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name {
            $( $(#[doc = $doc])+ $variant, )+
        }

        impl $crate::report::Choice for $name {
            const ALL: &'static [Self] = &[$(Self::$variant),+];

            fn name(self) -> &'static str {
                match self {
                    $(Self::$variant => $text,)+
                }
            }

            fn help(self) -> &'static str {
                match self {
                    $(Self::$variant => concat!($($doc),+).trim(),)+
                }
            }
        }
    };
}

pub mod adrs;
pub mod audit;
pub mod found;
pub mod github;
pub mod human;
pub mod json;
pub mod junit;
pub mod manifest;
pub mod markdown;
pub mod paths;
pub mod rego_tests;
pub mod rules;
pub mod safe;
pub mod sarif;

pub use self::paths::CiPaths;
use crate::findings::{Finding, Summary};

choices! {
    /// The formats of `wgll check`.
    pub enum CheckFormat {
        /// Annotated diagnostics for people.
        Human => "human",
        /// The stable JSON shape for scripts.
        Json => "json",
        /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
        Sarif => "sarif",
        /// JUnit XML: one test case per rule, for CI test reports.
        Junit => "junit",
        /// GitHub workflow commands: one annotation per finding.
        Github => "github",
        /// A Markdown summary, for pull-request comments and job summaries.
        Markdown => "markdown",
    }
}

/// Renders a check in one format.
pub fn render(report: &CheckReport<'_>, format: CheckFormat, style: human::Style) -> String {
    match format {
        CheckFormat::Human => human::render(report, style),
        CheckFormat::Json => json::render(report),
        CheckFormat::Sarif => sarif::render(report),
        CheckFormat::Junit => junit::render(report),
        CheckFormat::Github => github::render(report),
        CheckFormat::Markdown => markdown::render(report),
    }
}

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
    /// How CI formats name files; see [`CheckReport::from_root`].
    pub paths: &'a CiPaths,
    /// The input the policies saw (for what was found, and whether there
    /// was a manifest).
    pub input: &'a crate::collect::InputDocument,
    /// The score of each success measure; `score: None` is not assessed.
    pub measures: &'a std::collections::BTreeMap<&'static str, crate::maturity::MeasureScore>,
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
        self.paths.from_root(file)
    }

    /// Whether the repository has a manifest.
    pub fn has_manifest(&self) -> bool {
        !self.input.manifest.is_null()
    }

    /// A measure's score in words: `62.5` or `not assessed`.
    pub fn score_text(&self, measure: &str) -> String {
        match self.measures.get(measure).and_then(|m| m.score) {
            Some(score) => format!("{score}"),
            None => "not assessed".to_string(),
        }
    }

    /// A finding's related places in words, from the repository root, for
    /// formats with no place of their own for them: ` (see infra/main.tf:3:
    /// the Terraform sets us-east-1)`; empty when it has none.
    pub fn related_text(&self, finding: &Finding) -> String {
        let places: Vec<String> = finding
            .related
            .iter()
            .map(|r| {
                let place = format!("{}:{}", self.from_root(&r.file), r.line);
                if r.message.is_empty() {
                    place
                } else {
                    format!("{place}: {}", r.message)
                }
            })
            .collect();
        if places.is_empty() {
            String::new()
        } else {
            format!(" (see {})", places.join("; "))
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
