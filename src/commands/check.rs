//! `wgll check`: one repository through the pipeline, rendered; exit 1 on
//! findings at or above the fail level.

use std::ffi::OsString;
use std::io::Write as _;

use super::{Outcome, Target};
use crate::collect::Opened;
use crate::evaluate::Policies;
use crate::evaluate::metadata::Severity;
use crate::pipeline::{self, Options};
use crate::report::github::RunnerFile;
use crate::report::human::Style;
use crate::report::{self, CheckFormat, CheckReport, CiPaths};

/// How to render a check.
#[derive(Debug, Clone, Copy)]
pub struct Rendering {
    /// The main report's format.
    pub format: CheckFormat,
    /// The lowest severity that fails the check.
    pub fail_on: Severity,
    /// Colour and width of human output.
    pub style: Style,
    /// Also render SARIF beside the chosen format, so one run can feed
    /// annotations and code scanning alike.
    pub with_sarif: bool,
}

/// What a check produced besides its main report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    /// The report in the chosen format, and the exit code.
    pub outcome: Outcome,
    /// The SARIF report, when asked for beside the main one.
    pub sarif: Option<String>,
    /// What to give the GitHub Actions runner, when it asks.
    pub runner_files: Vec<RunnerFile>,
}

/// Runs one check, reading the repository on this thread while `compile`
/// builds the policies on another: the two are independent, and each takes
/// about a third of a check. A policy error is reported before a repository
/// error, as when one followed the other. The policies are handed back with
/// the result.
pub fn run<P, F>(
    target: &Target,
    options: &Options,
    compile: F,
    rendering: Rendering,
) -> miette::Result<(Checked, P)>
where
    P: std::borrow::Borrow<Policies> + Send,
    F: FnOnce() -> miette::Result<P> + Send,
{
    let (compiled, read) = std::thread::scope(|scope| {
        let compiling = scope.spawn(compile);
        let read = Opened::open(&target.path, &target.mode)
            .map_err(pipeline::PipelineError::from)
            .and_then(|opened| {
                let read = pipeline::read(&opened, options, false)?;
                Ok((opened, read))
            });
        let compiled = compiling
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (compiled, read)
    });
    let policies = compiled?;
    let (opened, read) = read?;
    let checked = pipeline::judge(&opened, read, options, policies.borrow())?;
    let org_files = options.org_config.iter().flat_map(|c| c.files.iter());
    let paths = CiPaths::new(&checked.place, org_files.map(|(named, _)| named.as_str()));
    let report = CheckReport {
        repository: &checked.input.repository.name,
        today: &checked.input.today,
        findings: &checked.findings,
        rules_run: checked.catalogue.len(),
        catalogue: &checked.catalogue,
        sources: &checked.sources,
        manifest_file: &checked.input.manifest_file,
        files: &checked.input.files,
        fail_on: rendering.fail_on,
        paths: &paths,
        input: &checked.input,
        measures: &checked.scores,
    };
    let checked = Checked {
        outcome: Outcome {
            stdout: report::render(&report, rendering.format, rendering.style),
            exit: u8::from(report.failed()),
        },
        sarif: rendering.with_sarif.then(|| report::sarif::render(&report)),
        runner_files: report::github::runner_files(&report),
    };
    Ok((checked, policies))
}

/// Appends each runner file's text to the file its variable names, when
/// `env` names one (the GitHub Actions runner sets them for every step).
pub fn append_runner_files(
    files: &[RunnerFile],
    env: &dyn Fn(&str) -> Option<OsString>,
) -> miette::Result<()> {
    for file in files {
        let Some(path) = env(file.variable).filter(|p| !p.is_empty()) else {
            continue;
        };
        let shown = path.to_string_lossy().into_owned();
        let cannot = |e: std::io::Error| {
            miette::miette!(
                code = "wgll::write",
                "cannot append to ${} ({shown}): {e}",
                file.variable
            )
        };
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .and_then(|mut f| {
                f.write_all(crate::report::safe::output(&file.text, false).as_bytes())
            })
            .map_err(cannot)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files() -> Vec<RunnerFile> {
        vec![
            RunnerFile {
                variable: "GITHUB_STEP_SUMMARY",
                text: "## wgll\n".into(),
            },
            RunnerFile {
                variable: "GITHUB_OUTPUT",
                text: "errors=1\n".into(),
            },
        ]
    }

    #[test]
    fn appends_to_the_files_the_runner_names() {
        let dir = tempfile::tempdir().unwrap();
        let summary = dir.path().join("summary.md");
        std::fs::write(&summary, "earlier step\n").unwrap();
        let output = dir.path().join("output");
        let env = |v: &str| match v {
            "GITHUB_STEP_SUMMARY" => Some(summary.clone().into_os_string()),
            "GITHUB_OUTPUT" => Some(output.clone().into_os_string()),
            _ => None,
        };
        append_runner_files(&files(), &env).unwrap();
        assert_eq!(
            std::fs::read_to_string(&summary).unwrap(),
            "earlier step\n## wgll\n"
        );
        assert_eq!(std::fs::read_to_string(&output).unwrap(), "errors=1\n");
    }

    #[test]
    fn outside_a_runner_nothing_is_written() {
        assert!(append_runner_files(&files(), &|_| None).is_ok());
        assert!(append_runner_files(&files(), &|_| Some(OsString::new())).is_ok());
    }

    #[test]
    fn an_unwritable_runner_file_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().to_path_buf();
        let env = move |_: &str| Some(folder.clone().into_os_string());
        let Err(e) = append_runner_files(&files(), &env) else {
            panic!("a folder is not a file")
        };
        assert!(e.to_string().contains("$GITHUB_STEP_SUMMARY"), "{e}");
    }
}
