//! The human format: one miette diagnostic per finding, quoting the line of
//! the manifest or ADR it is about, then a summary line.

use std::collections::BTreeMap;
use std::fmt;

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, SourceCode};

use super::rules::measure_words;
use super::{CheckReport, counted, severity_counts};
use crate::evaluate::metadata::{MEASURES, Severity};
use crate::findings::Finding;

/// How to draw diagnostics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// Colours and bold (off when not a terminal or with `NO_COLOR`).
    pub colour: bool,
    /// Line width to wrap at.
    pub width: usize,
    /// Only the findings and the count: no success measures, and nothing at
    /// all when nothing was found (`--quiet`).
    pub quiet: bool,
}

impl Style {
    /// Plain text at a fixed width, as in tests and CI logs.
    pub const PLAIN: Style = Style {
        colour: false,
        width: 100,
        quiet: false,
    };

    /// The width to wrap standard output at: the terminal's own when it is
    /// one (a narrow window gets lines that fit); else `COLUMNS` when set,
    /// else 100, so a report sent to a file or a pipe reads the same on
    /// every machine.
    pub fn stdout_width() -> usize {
        if let Some((terminal_size::Width(columns), _)) =
            terminal_size::terminal_size_of(std::io::stdout())
        {
            // A width too small to hold a quoted line is no use.
            return usize::from(columns).max(40);
        }
        std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.parse().ok())
            .unwrap_or(Self::PLAIN.width)
    }
}

/// A finding as a miette diagnostic, built as data where the finding is
/// understood; a finding with no place degrades to an unlabelled diagnostic.
struct FindingDiagnostic {
    finding: Finding,
    source: Option<crate::snippet::Source>,
    help: Option<String>,
    /// The places that bear on it (where the code contradicts a claim),
    /// each quoted from its own file.
    related: Vec<PlaceDiagnostic>,
}

/// A related place, quoted with a label: shown under its finding.
struct PlaceDiagnostic {
    message: String,
    source: crate::snippet::Source,
    span: std::ops::Range<usize>,
}

impl fmt::Debug for PlaceDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for PlaceDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for PlaceDiagnostic {}

impl Diagnostic for PlaceDiagnostic {
    fn severity(&self) -> Option<miette::Severity> {
        Some(miette::Severity::Advice)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let len = self.span.end.saturating_sub(self.span.start);
        Some(Box::new(std::iter::once(LabeledSpan::new(
            Some("here".to_string()),
            self.span.start,
            len,
        ))))
    }
}

impl fmt::Debug for FindingDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FindingDiagnostic")
            .field("rule", &self.finding.rule)
            .finish()
    }
}

impl fmt::Display for FindingDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.finding.message)
    }
}

impl std::error::Error for FindingDiagnostic {}

impl Diagnostic for FindingDiagnostic {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        let f = &self.finding;
        let title = f
            .title
            .as_deref()
            .map(|t| format!(": {t}"))
            .unwrap_or_default();
        let waived = if f.waived.is_some() { " (waived)" } else { "" };
        Some(Box::new(format!("{}{title}{waived}", f.rule)))
    }

    fn severity(&self) -> Option<miette::Severity> {
        // A waived finding is shown, but as advice: it does not fail the check.
        if self.finding.waived.is_some() {
            return Some(miette::Severity::Advice);
        }
        Some(match self.finding.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn Diagnostic> + 'a>> {
        if self.related.is_empty() {
            return None;
        }
        Some(Box::new(self.related.iter().map(|r| r as &dyn Diagnostic)))
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let f = &self.finding;
        let span = f.span.clone()?;
        self.source.as_ref()?;
        let text = match &f.missing {
            Some(missing) => format!("`{missing}` is not set here"),
            None => "here".to_string(),
        };
        let len = span.end.saturating_sub(span.start);
        Some(Box::new(std::iter::once(LabeledSpan::new(
            Some(text),
            span.start,
            len,
        ))))
    }
}

fn help_text(f: &Finding) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(w) = &f.waived {
        let place = w
            .line
            .map_or_else(|| w.file.clone(), |l| format!("{}:{l}", w.file));
        parts.push(format!(
            "waived until {} by {}: {} ({place})",
            w.expires,
            w.approved_by,
            w.reason.trim()
        ));
    }
    if let Some(r) = &f.remediation {
        parts.push(r.trim().to_string());
    }
    if f.span.is_none()
        && let Some(file) = &f.file
    {
        parts.push(format!("file: {file}"));
    }
    let mut context = Vec::new();
    if let Some(m) = &f.measure {
        context.push(format!("measure: {}", super::rules::measure_words(m)));
    }
    if !f.tcop.is_empty() {
        let points: Vec<String> = f.tcop.iter().map(u32::to_string).collect();
        context.push(format!("TCoP point {}", points.join(", ")));
    }
    if !context.is_empty() {
        parts.push(context.join("; "));
    }
    if let Some(url) = &f.url {
        parts.push(format!("guidance: {url}"));
    }
    (!parts.is_empty()).then(|| parts.join("\n"))
}

/// Findings quoted with their source; the rest get one line each, so a
/// repository with thousands of findings (a record with thousands of
/// broken links) does not flood a terminal or a CI log. Nobody reads that
/// many boxes; JSON and SARIF list every finding in full.
const MAX_QUOTED: usize = 200;

/// One line for a finding past [`MAX_QUOTED`].
fn brief(report: &CheckReport<'_>, f: &Finding) -> String {
    let place = place(report, f);
    let waived = if f.waived.is_some() { ", waived" } else { "" };
    format!(
        "{place}: {} {}{waived}: {}\n",
        f.severity.as_str(),
        f.rule,
        f.message
    )
}

/// More infos of one rule than this are one line with a count: forty
/// decision records due for review are one thing to do, not forty boxes.
const GROUP_INFOS_OVER: usize = 3;

/// The rules whose unwaived infos are grouped, with those findings.
fn grouped_infos(findings: &[Finding]) -> BTreeMap<&str, Vec<&Finding>> {
    let mut by_rule: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for f in findings {
        if f.severity == Severity::Info && f.waived.is_none() {
            by_rule.entry(f.rule.as_str()).or_default().push(f);
        }
    }
    by_rule.retain(|_, found| found.len() > GROUP_INFOS_OVER);
    by_rule
}

/// Where a finding is, as `file:line`.
fn place(report: &CheckReport<'_>, f: &Finding) -> String {
    match (&f.file, f.line) {
        (Some(file), Some(line)) => format!("{}:{line}", report.from_root(file)),
        (Some(file), None) => report.from_root(file),
        (None, _) => "(repository)".to_string(),
    }
}

/// Renders the findings and a summary line.
pub fn render(report: &CheckReport<'_>, style: Style) -> String {
    let theme = if style.colour {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(style.width)
        .with_links(false)
        .with_break_words(false)
        // Guidance addresses are full of hyphens and slashes; split there, they
        // stop working when clicked or copied.
        .with_word_separator(textwrap::WordSeparator::AsciiSpace)
        .with_word_splitter(textwrap::WordSplitter::NoHyphenation);
    let mut out = String::new();
    let grouped = grouped_infos(report.findings);
    let quoted: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| {
            !(f.waived.is_none()
                && f.severity == Severity::Info
                && grouped.contains_key(f.rule.as_str()))
        })
        .collect();
    for (i, finding) in quoted.iter().copied().enumerate() {
        if i == MAX_QUOTED {
            out.push_str(&format!(
                "{} more findings, without their source quoted (--format json lists them in full):\n",
                quoted.len() - MAX_QUOTED
            ));
        }
        if i >= MAX_QUOTED {
            out.push_str(&brief(report, finding));
            continue;
        }
        let mut shown = finding.clone();
        let source = finding
            .span
            .as_ref()
            .zip(finding.file.as_deref())
            .and_then(|(span, path)| Some((span, report.sources.file(path)?)))
            .map(|(span, file)| {
                let (source, span) =
                    crate::snippet::Source::around(&file.path, &file.text, span.clone());
                shown.span = Some(span);
                source
            });
        let related = finding
            .related
            .iter()
            .filter_map(|r| {
                let file = report.sources.file(&r.file)?;
                let (source, span) =
                    crate::snippet::Source::around(&file.path, &file.text, r.span.clone());
                let message = if r.message.is_empty() {
                    format!("related: {}:{}", r.file, r.line)
                } else {
                    r.message.clone()
                };
                Some(PlaceDiagnostic {
                    message,
                    source,
                    span,
                })
            })
            .collect();
        let diagnostic = FindingDiagnostic {
            help: help_text(finding),
            source,
            finding: shown,
            related,
        };
        // A render failure loses only the decoration, never the finding.
        if handler.render_report(&mut out, &diagnostic).is_err() {
            out.push_str(&format!("{}: {}\n", finding.rule, finding.message));
        }
        out.push('\n');
    }
    for (rule, found) in &grouped {
        let first = found[0];
        out.push_str(&format!(
            "info {rule}: {} findings like \"{}\" ({}), listed one by one by --format json\n\n",
            found.len(),
            first.message,
            place(report, first),
        ));
    }
    if style.quiet && report.findings.is_empty() {
        return String::new();
    }
    out.push_str(&summary_line(report));
    out.push('\n');
    if !style.quiet {
        out.push_str(&measures(report));
    }
    out
}

/// What was judged: without a manifest, what the repository's files showed;
/// then each success measure's score, or that it was not assessed.
fn measures(report: &CheckReport<'_>) -> String {
    let mut out = String::new();
    if !report.has_manifest() {
        let found = super::found::found(report.input);
        let found = if found.is_empty() {
            "nothing that a rule judges".to_string()
        } else {
            found.join("; ")
        };
        out.push_str(&format!(
            "no {}: judged on what the repository shows. found: {found}\n",
            report.manifest_file
        ));
    }
    let width = MEASURES
        .iter()
        .map(|m| measure_words(m).len())
        .max()
        .unwrap_or(0);
    out.push_str(
        "success measures (the share of the rules that could be judged, weighted by severity):\n",
    );
    for measure in MEASURES {
        let Some(score) = report.measures.get(measure) else {
            continue;
        };
        let judged = score.passed + score.failed;
        let detail = if score.assessed() {
            format!(
                "{:>5}  {} of {judged} passed{}",
                report.score_text(measure),
                score.passed,
                if score.not_assessed > 0 {
                    format!(", {} not assessed", score.not_assessed)
                } else {
                    String::new()
                }
            )
        } else {
            format!(
                "not assessed: none of its {} rules had anything to judge",
                score.not_assessed
            )
        };
        out.push_str(&format!("  {:<width$}  {detail}\n", measure_words(measure)));
    }
    out
}

fn summary_line(report: &CheckReport<'_>) -> String {
    let s = report.summary();
    let failed: std::collections::BTreeSet<&str> = report
        .findings
        .iter()
        .filter(|f| f.waived.is_none())
        .map(|f| f.rule.as_str())
        .collect();
    let waived = if s.waived > 0 {
        format!(", {} waived", s.waived)
    } else {
        String::new()
    };
    format!(
        "{}: {}{waived} ({} of {} failed)",
        report.repository,
        severity_counts(&s),
        counted(failed.len(), "rule"),
        report.rules_run,
    )
}
