//! The audit's maturity matrix (repositories x the seven success measures)
//! and its gaps, in five formats. One format, one file; each takes the
//! same [`AuditReport`].

pub mod csv;
pub mod html;
pub mod json;
pub mod markdown;
pub mod shared;
pub mod table;

use crate::audit::baseline::{Baseline, Change};
use crate::audit::{Audit, RepoResult};
use crate::evaluate::metadata::MEASURES;
use crate::maturity::Band;

choices! {
    /// The formats of `wgll audit`.
    pub enum AuditFormat {
        /// The matrix for the terminal.
        Table => "table",
        /// Everything, for tools and as the next audit's baseline.
        Json => "json",
        /// One row per repository, for spreadsheets.
        Csv => "csv",
        /// The matrix and the gaps, for issues and wikis.
        Markdown => "markdown",
        /// One self-contained page: heat map, gaps, drill-down.
        Html => "html",
    }
}

/// An audit and, optionally, the audit it is compared with.
#[derive(Debug, Clone, Copy)]
pub struct AuditReport<'a> {
    /// The audit.
    pub audit: &'a Audit,
    /// The previous audit, from `--baseline`.
    pub baseline: Option<&'a Baseline>,
}

impl AuditReport<'_> {
    /// How a repository's measure moved since the baseline, if there is one.
    pub fn change(&self, repo: &RepoResult, measure: &str) -> Option<Change> {
        let score = repo.measures.get(measure).and_then(|m| m.score);
        self.baseline.map(|b| b.change(&repo.path, measure, score))
    }

    /// Repositories in the baseline that this audit no longer has.
    pub fn gone(&self) -> Vec<&str> {
        let now: Vec<&str> = self
            .audit
            .repositories
            .iter()
            .map(|r| r.path.as_str())
            .collect();
        self.baseline.map(|b| b.gone(&now)).unwrap_or_default()
    }
}

/// Renders an audit.
pub fn render(report: &AuditReport<'_>, format: AuditFormat) -> String {
    match format {
        AuditFormat::Table => table::render(report),
        AuditFormat::Json => json::render(report),
        AuditFormat::Csv => csv::render(report),
        AuditFormat::Markdown => markdown::render(report),
        AuditFormat::Html => html::render(report),
    }
}

/// Short column headings for the seven measures, in the framework's order.
pub const SHORT: [&str; 7] = ["WL", "SF", "SP", "PE", "EC", "IC", "HP"];

/// A measure's band in a repository (not assessed when it has no score).
pub fn band(repo: &RepoResult, measure: &str) -> Band {
    repo.measures
        .get(measure)
        .map_or(Band::NotAssessed, crate::maturity::MeasureScore::band)
}

/// The bands, best first, for legends.
pub const BANDS: [Band; 4] = [Band::Met, Band::PartlyMet, Band::NotMet, Band::NotAssessed];

/// What each band means, for legends.
pub fn band_meaning(band: Band) -> &'static str {
    match band {
        Band::Met => "80 or more, no unwaived error",
        Band::PartlyMet => "50 to 80, or any score with an unwaived error",
        Band::NotMet => "below 50",
        Band::NotAssessed => "no rule of the measure could be judged: no score",
    }
}

/// Markdown in a message as plain text: code spans lose their backticks
/// (the terminal and spreadsheets show them as noise).
pub fn plain(text: &str) -> String {
    if text.contains('`') {
        text.replace('`', "")
    } else {
        text.to_string()
    }
}

/// Provenance as `label: value` pairs, in the order every format prints them.
pub fn provenance(audit: &Audit) -> Vec<(&'static str, String)> {
    let p = &audit.provenance;
    vec![
        ("wgll", p.wgll.clone()),
        (
            "rule library",
            format!("{} ({} rules)", p.rules, p.rule_count),
        ),
        (
            "configuration",
            p.config
                .clone()
                .unwrap_or_else(|| "none (the library's defaults)".into()),
        ),
        ("today", p.today.clone()),
        (
            "revision read",
            p.rev
                .clone()
                .unwrap_or_else(|| "each working tree (its HEAD commit is shown)".into()),
        ),
    ]
}

/// A repository's commit, shortened to 12 digits, or `-`.
pub fn short_commit(repo: &RepoResult) -> String {
    repo.commit
        .as_deref()
        .map_or_else(|| "-".into(), |c| c.chars().take(12).collect())
}

/// How the cells moved against the baseline, counted over the portfolio.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Trend {
    /// Scores that rose.
    pub improved: usize,
    /// Scores that fell.
    pub regressed: usize,
    /// Scores unchanged.
    pub unchanged: usize,
    /// Measures scored now and not before (or new repositories).
    pub new: usize,
    /// Measures scored before and not now.
    pub unscored: usize,
}

impl AuditReport<'_> {
    /// The trend over every repository and measure, with a baseline.
    pub fn trend(&self) -> Option<Trend> {
        self.baseline?;
        let mut t = Trend::default();
        for repo in &self.audit.repositories {
            for (measure, _) in measures() {
                match self.change(repo, measure) {
                    Some(Change::Improved { .. }) => t.improved += 1,
                    Some(Change::Regressed { .. }) => t.regressed += 1,
                    Some(Change::Unchanged) => t.unchanged += 1,
                    Some(Change::New) => t.new += 1,
                    Some(Change::Unscored { .. }) => t.unscored += 1,
                    None => {}
                }
            }
        }
        Some(t)
    }
}

impl Trend {
    /// One line: `▲ 3 improved, ▼ 1 regressed, = 10 unchanged, ...`.
    pub fn text(&self) -> String {
        format!(
            "\u{25b2} {} improved, \u{25bc} {} regressed, = {} unchanged, {} newly scored, {} no longer scored",
            self.improved, self.regressed, self.unchanged, self.new, self.unscored
        )
    }
}

/// A measure's score as text: `82.5`, or `-` when none of its rules could
/// be judged (not assessed: never a score).
pub fn score_text(repo: &RepoResult, measure: &str) -> String {
    repo.measures
        .get(measure)
        .and_then(|m| m.score)
        .map_or_else(|| "-".into(), |s| format!("{s:.1}"))
}

/// How much of one measure an audit could judge, over the repositories
/// it checked: the matrix's last row, so a column of scores drawn from one
/// rule in twenty is not read as a column drawn from all of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct Coverage {
    /// Repositories checked in which the measure was assessed.
    pub repositories_assessed: usize,
    /// Repositories checked.
    pub repositories_checked: usize,
    /// Rules judged, summed over the repositories checked.
    pub rules_assessed: usize,
    /// Rules of the measure, summed over the repositories checked.
    pub rules: usize,
}

impl Coverage {
    /// The measure's coverage in `audit`.
    pub fn of(audit: &Audit, measure: &str) -> Self {
        let mut c = Self::default();
        for repo in &audit.repositories {
            let Some(m) = repo.measures.get(measure) else {
                continue;
            };
            if repo.status != crate::audit::Status::Checked {
                continue;
            }
            c.add(m);
        }
        c
    }

    /// One repository's coverage of a measure.
    pub fn of_repository(m: &crate::maturity::MeasureScore) -> Self {
        let mut c = Self::default();
        c.add(m);
        c
    }

    fn add(&mut self, m: &crate::maturity::MeasureScore) {
        self.repositories_checked += 1;
        self.repositories_assessed += usize::from(m.assessed());
        self.rules_assessed += m.passed + m.failed;
        self.rules += m.passed + m.failed + m.not_assessed;
    }

    /// The share of the measure's rules judged, as a whole percentage
    /// (rounded down, so 99.6% is not shown as all).
    pub fn percent(&self) -> usize {
        (self.rules_assessed * 100)
            .checked_div(self.rules)
            .unwrap_or(0)
    }

    /// Short text for a matrix cell: `41%`.
    pub fn cell(&self) -> String {
        format!("{}%", self.percent())
    }

    /// Text for a tooltip or a sentence: `assessed in 7 of 12 repositories,
    /// 41% of its rules judged`.
    pub fn text(&self) -> String {
        format!(
            "assessed in {} of {} repositories, {}% of its rules judged",
            self.repositories_assessed,
            self.repositories_checked,
            self.percent()
        )
    }
}

/// A change as a short marker: `▲12.5`, `▼5.0`, `=`, `was 80.0`, `new`.
pub fn change_text(change: Change) -> String {
    match change {
        Change::Improved { by } => format!("\u{25b2}{by:.1}"),
        Change::Regressed { by } => format!("\u{25bc}{by:.1}"),
        Change::Unchanged => "=".into(),
        Change::Unscored { was } => format!("was {was:.1}"),
        Change::New => "new".into(),
    }
}

/// The seven measures with their short headings.
pub fn measures() -> impl Iterator<Item = (&'static str, &'static str)> {
    MEASURES.into_iter().zip(SHORT)
}
