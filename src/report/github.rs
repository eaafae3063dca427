//! `--format github`: GitHub Actions workflow commands, one annotation per
//! finding, escaped as GitHub's toolkit (`@actions/core`) escapes them; and
//! the Markdown job summary for `$GITHUB_STEP_SUMMARY`.

use super::CheckReport;
use crate::evaluate::metadata::Severity;
use crate::findings::Finding;

/// Escapes a command's message as `@actions/core`'s `escapeData` does.
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value as `@actions/core`'s `escapeProperty` does.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

fn command(finding: &Finding) -> &'static str {
    if finding.waived.is_some() {
        // Shown, but as a note: a waived finding does not fail the check.
        return "notice";
    }
    match finding.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

/// One workflow command for a finding, placed at a real file and line.
pub fn annotation(report: &CheckReport<'_>, finding: &Finding) -> String {
    let place = report.place(finding);
    let mut props = vec![
        format!("file={}", escape_property(&report.from_root(place.file))),
        format!("line={}", place.line),
        format!("col={}", place.column),
    ];
    if let Some((end_line, end_column)) = place.end {
        props.push(format!("endLine={end_line}"));
        // The toolkit allows columns only within one line.
        if end_line == place.line {
            props.push(format!("endColumn={end_column}"));
        }
    }
    let mut title = match &finding.title {
        Some(t) => format!("{}: {t}", finding.rule),
        None => finding.rule.clone(),
    };
    if finding.waived.is_some() {
        title.push_str(" (waived)");
    }
    props.push(format!("title={}", escape_property(&title)));
    let mut message = finding.message.clone();
    if let Some(missing) = &finding.missing {
        message.push_str(&format!(" (`{missing}` is not set)"));
    }
    message.push_str(&report.related_text(finding));
    if let Some(w) = &finding.waived {
        message.push_str(&format!(
            "\nWaived until {} by {}: {}",
            w.expires,
            w.approved_by,
            w.reason.trim()
        ));
    } else if let Some(r) = &finding.remediation {
        message.push_str(&format!("\n{}", r.trim()));
    }
    format!(
        "::{} {}::{}",
        command(finding),
        props.join(","),
        escape_data(&message)
    )
}

/// Renders one annotation per finding, then a plain summary line.
pub fn render(report: &CheckReport<'_>) -> String {
    let mut out = String::new();
    for finding in report.findings {
        out.push_str(&annotation(report, finding));
        out.push('\n');
    }
    let s = report.summary();
    out.push_str(&format!(
        "wgll: {}: {}, {} waived\n",
        report.repository,
        super::severity_counts(&s),
        s.waived
    ));
    out
}

/// The job summary to append to `$GITHUB_STEP_SUMMARY`: the Markdown summary.
pub fn job_summary(report: &CheckReport<'_>) -> String {
    super::markdown::render(report)
}

/// Text for a file the GitHub Actions runner reads after a step, named by
/// the environment variable that holds its path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunnerFile {
    /// `GITHUB_STEP_SUMMARY` or `GITHUB_OUTPUT`.
    pub variable: &'static str,
    /// What to append.
    pub text: String,
}

/// What a check gives the runner: the job summary, and the step outputs
/// `errors`, `warnings`, `infos` and `waived`, so a workflow can branch on
/// the counts without parsing the log.
pub fn runner_files(report: &CheckReport<'_>) -> Vec<RunnerFile> {
    let counts = report.summary();
    vec![
        RunnerFile {
            variable: "GITHUB_STEP_SUMMARY",
            text: format!("{}\n", job_summary(report)),
        },
        RunnerFile {
            variable: "GITHUB_OUTPUT",
            text: format!(
                "errors={}\nwarnings={}\ninfos={}\nwaived={}\n",
                counts.errors, counts.warnings, counts.infos, counts.waived
            ),
        },
    ]
}
