//! The `wgll` command line: parses arguments, runs a command, prints what it
//! returns and exits 0 (passed), 1 (findings) or 2 (could not run).
//!
//! This file is long because it is the whole command surface: the clap
//! definitions, from which the help, the completions and the man page are
//! generated, beside the dispatch that gives each its meaning.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{CommandFactory, Parser, Subcommand};
use miette::{GraphicalReportHandler, GraphicalTheme};
use wgll::commands::args::{jobs, percent, seconds};
use wgll::commands::check::Rendering;
use wgll::commands::{self, Outcome, Target};
use wgll::date::Date;
use wgll::evaluate::metadata::Severity;
use wgll::pipeline;
use wgll::report::adrs::LogFormat;
use wgll::report::audit::AuditFormat;
use wgll::report::human::Style;
use wgll::report::rules::CatalogueFormat;
use wgll::report::safe;
use wgll::report::{CheckFormat, Choice};
use wgll::settings::read_org_config;

/// Checks a digital programme's repository against NHS England's What Good
/// Looks Like framework, the Technology Code of Practice and the guidance
/// under them.
#[derive(Debug, Parser)]
#[command(name = "wgll", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check a repository and report findings.
    Check {
        #[command(flatten)]
        repo: RepoArgs,
        /// Output format.
        #[arg(long, value_parser = choice::<CheckFormat>(), default_value = "human")]
        format: CheckFormat,
        /// Write the report to this file instead of standard output.
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Also write a SARIF report to this file, from the same run (for
        /// code scanning beside `--format github` annotations).
        #[arg(long, value_name = "FILE")]
        sarif: Option<PathBuf>,
        #[command(flatten)]
        policy: PolicyArgs,
        /// Lowest severity that makes the check fail (exit 1).
        #[arg(long, value_enum, default_value_t = FailOn::Error)]
        fail_on: FailOn,
        /// Human output: only the findings and their count, nothing when
        /// there are none.
        #[arg(long, short)]
        quiet: bool,
        /// Append the job summary to $GITHUB_STEP_SUMMARY and the counts to
        /// $GITHUB_OUTPUT (the GitHub Action asks for this).
        #[arg(long)]
        github_step: bool,
    },
    /// List the decision records as wgll reads them: number, title, status, date, links.
    Adrs {
        #[command(flatten)]
        repo: RepoArgs,
        /// Output format.
        #[arg(long, value_parser = choice::<LogFormat>(), default_value = "table")]
        format: LogFormat,
    },
    /// Audit a portfolio of repositories: the maturity matrix (repositories x success measures).
    Audit {
        /// Repositories, or folders whose sub-folders are repositories (working trees or bare clones).
        paths: Vec<PathBuf>,
        /// A file listing repository paths, one per line (relative to the file).
        #[arg(long, value_name = "FILE")]
        from: Option<PathBuf>,
        /// Read each repository at this revision, from git's object store (no checkout).
        #[arg(long, value_name = "REV")]
        rev: Option<String>,
        /// Workers (processes, or threads with --in-process), at most 64; 0, the default, is one per core.
        #[arg(long, value_name = "N", default_value_t = 0, value_parser = jobs)]
        jobs: usize,
        /// Output format.
        #[arg(long, value_parser = choice::<AuditFormat>(), default_value = "table")]
        format: AuditFormat,
        /// Write the report to this file instead of standard output.
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// A previous audit's JSON: show what improved and what regressed since.
        #[arg(long, value_name = "FILE")]
        baseline: Option<PathBuf>,
        /// The organisation's config file.
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
        /// Apply each repository's own .wgll/ (config, waivers, policies); audits ignore them by default.
        #[arg(long)]
        local_config: bool,
        /// Seconds one repository may take before its worker is stopped and
        /// it is reported as an error.
        #[arg(long, value_name = "SECONDS", default_value_t = 300.0)]
        repo_timeout: f64,
        /// MiB of memory one repository's worker may hold before it is
        /// stopped and the repository reported as an error.
        #[arg(long, value_name = "MIB", default_value_t = 2048)]
        repo_memory: u64,
        /// Check repositories on threads of this process, not in worker
        /// processes: a little faster to start, but one repository that
        /// hangs or aborts stops the whole audit.
        #[arg(long)]
        in_process: bool,
        /// Serve as an audit's worker process: check the repository paths
        /// read from standard input, one JSON result per line.
        #[arg(long, hide = true)]
        serve: bool,
        /// The evaluation date (YYYY-MM-DD); defaults to today, UTC.
        #[arg(long, value_name = "DATE", env = "WGLL_TODAY")]
        today: Option<Date>,
        #[command(flatten)]
        policy: PolicyArgs,
    },
    /// Write a commented wgll.yaml and an ADR template into a repository.
    Init {
        /// The repository's root folder.
        #[arg(default_value = ".")]
        path: PathBuf,
        /// Replace files that exist.
        #[arg(long)]
        force: bool,
    },
    /// Manage the git pre-commit hook (for teams without the pre-commit framework).
    Hook {
        #[command(subcommand)]
        action: HookAction,
    },
    /// Print the input document that policies see, as JSON.
    Input {
        #[command(flatten)]
        repo: RepoArgs,
    },
    /// List the rule catalogue from each rule's METADATA: the bundled library,
    /// `.wgll/policies/` here and any --policy folder, with the severities the
    /// rules declare (a configuration's overrides apply when checking).
    Rules {
        /// Output format.
        #[arg(long, value_parser = choice::<CatalogueFormat>(), default_value = "table")]
        format: CatalogueFormat,
        #[command(flatten)]
        policy: PolicyArgs,
    },
    /// Run Rego unit tests (test_* rules in *_test.rego files), with coverage.
    Test {
        /// Folders of policies and their tests; the bundled library when none is given.
        dirs: Vec<PathBuf>,
        /// Fail when less than this percentage of policy lines is covered.
        #[arg(long, value_name = "PERCENT", value_parser = percent)]
        threshold: Option<f64>,
        /// Seconds each test may take before it is stopped.
        #[arg(long, value_name = "SECONDS", default_value_t = 10.0)]
        timeout: f64,
    },
    /// Print a shell completion script (e.g. `wgll completions bash > /etc/bash_completion.d/wgll`).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page, in roff (`wgll man > wgll.1`).
    Man,
    /// Print the manifest's (wgll.yaml's) JSON Schema, for editors and validators.
    Schema {
        /// Print instead the schema's stable address for this version (the raw
        /// file at the release tag); an error if this build has none.
        #[arg(long)]
        address: bool,
    },
    /// Describe one rule: what it checks, why, how to fix it, and its guidance.
    Explain {
        /// The rule id, e.g. CLOUD-02.
        rule: String,
        #[command(flatten)]
        policy: PolicyArgs,
    },
}

#[derive(Debug, Subcommand)]
enum HookAction {
    /// Write .git/hooks/pre-commit to run `wgll check --staged` before each
    /// commit (never replacing an existing hook without --force).
    Install {
        /// A folder in the repository.
        #[arg(default_value = ".")]
        path: PathBuf,
        /// Replace an existing pre-commit hook.
        #[arg(long)]
        force: bool,
    },
}

#[derive(Debug, clap::Args)]
struct RepoArgs {
    /// The repository's root folder.
    #[arg(default_value = ".")]
    path: PathBuf,
    /// Read the staged state (the git index), as a pre-commit hook must.
    #[arg(long, conflicts_with = "rev")]
    staged: bool,
    /// Read a commit from git's object store (no checkout; bare repositories work).
    #[arg(long, value_name = "REV")]
    rev: Option<String>,
    /// The manifest's path, relative to the repository root [default: the
    /// config's `manifest`, else wgll.yaml].
    #[arg(long, value_name = "PATH")]
    manifest: Option<String>,
    /// The evaluation date (YYYY-MM-DD); defaults to today, UTC. Hooks and
    /// CI jobs that must not depend on the day they run set WGLL_TODAY.
    #[arg(long, value_name = "DATE", env = "WGLL_TODAY")]
    today: Option<Date>,
    /// An organisation-wide config file; the repository's .wgll/config.yaml is laid over it.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Ignore the repository's own .wgll/ folder (its config, waivers and policies).
    #[arg(long)]
    no_local_config: bool,
}

#[derive(Debug, clap::Args)]
struct PolicyArgs {
    /// A folder of extra Rego policies and data files (repeatable).
    #[arg(long = "policy", value_name = "DIR")]
    policies: Vec<PathBuf>,
    /// Seconds one repository's evaluation may take before it is stopped.
    #[arg(long, value_name = "SECONDS", default_value_t = 10.0)]
    timeout: f64,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum FailOn {
    Error,
    Warning,
}

/// The most memory the process may hold while evaluating policies: a policy
/// that builds a huge value fails with a message naming it instead of
/// taking the machine down. Far above what any real check needs (an audit of
/// 1,000 repositories peaks under 50 MiB).
const MEMORY_LIMIT_BYTES: u64 = 4 << 30;

fn main() -> ExitCode {
    quiet_library_backtraces();
    wgll::evaluate::set_memory_limit(MEMORY_LIMIT_BYTES);
    let plain = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // clap would print a bad value as given; it goes through the same
        // filter as everything else (a value may come from a repository).
        Err(e) => return usage(&e, plain),
    };
    match run(cli, plain) {
        Ok(outcome) => {
            let mut stdout = std::io::stdout().lock();
            let colour = !plain && stdout.is_terminal();
            let text = safe::output(&outcome.stdout, colour);
            // A report that was not written whole (a full disk, a closed
            // pipe) must not leave a CI step reading "passed".
            match stdout
                .write_all(text.as_bytes())
                .and_then(|()| stdout.flush())
            {
                Ok(()) => ExitCode::from(outcome.exit),
                Err(e) => {
                    let _ = writeln!(
                        std::io::stderr(),
                        "error: cannot write the output to standard output: {e}"
                    );
                    ExitCode::from(2)
                }
            }
        }
        Err(report) => {
            let colour = !plain && std::io::stderr().is_terminal();
            let theme = if colour {
                GraphicalTheme::unicode()
            } else {
                GraphicalTheme::unicode_nocolor()
            };
            let mut text = String::new();
            let handler = GraphicalReportHandler::new_themed(theme)
                .with_links(false)
                .with_width(100);
            if handler.render_report(&mut text, report.as_ref()).is_err() {
                text = format!("error: {report}\n");
            }
            // A full or closed stderr leaves nowhere to say why; the exit
            // code still does.
            let text = safe::output(&text, colour);
            let _ = std::io::stderr().write_all(text.as_bytes());
            ExitCode::from(2)
        }
    }
}

/// Turns off the backtraces error values capture, unless asked for by
/// name. regorus makes an error value each time its parser backtracks and
/// for some failed lookups, and `RUST_BACKTRACE=1`, which many developers
/// and CI runners export for panics, made each one walk the stack: about a
/// quarter of a check's instructions, for backtraces nobody sees. Panics
/// still print theirs, by `RUST_BACKTRACE` as before.
#[allow(unsafe_code)]
fn quiet_library_backtraces() {
    if std::env::var_os("RUST_LIB_BACKTRACE").is_none() {
        // SAFETY: the first statement of main, before any other thread is
        // started, so nothing can read the environment concurrently.
        unsafe { std::env::set_var("RUST_LIB_BACKTRACE", "0") };
    }
}

/// Prints clap's help, version or usage error, and its exit code.
fn usage(e: &clap::Error, plain: bool) -> ExitCode {
    let to_stderr = e.use_stderr();
    let colour = !plain
        && if to_stderr {
            std::io::stderr().is_terminal()
        } else {
            std::io::stdout().is_terminal()
        };
    let text = if colour {
        e.render().ansi().to_string()
    } else {
        e.render().to_string()
    };
    let text = safe::output(&text, colour);
    // As for any output: nowhere to write leaves the exit code to tell.
    let _ = if to_stderr {
        std::io::stderr().write_all(text.as_bytes())
    } else {
        std::io::stdout().write_all(text.as_bytes())
    };
    ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
}

fn run(cli: Cli, plain: bool) -> miette::Result<Outcome> {
    match cli.command {
        Command::Check {
            repo,
            format,
            output,
            sarif,
            policy,
            fail_on,
            quiet,
            github_step,
        } => {
            wgll::collect::observe::licence::warm_in_background();
            let colour = !plain && output.is_none() && std::io::stdout().is_terminal();
            let width = Style::stdout_width();
            let fail_on = match fail_on {
                FailOn::Error => Severity::Error,
                FailOn::Warning => Severity::Warning,
            };
            let (target, options) = repository(repo)?;
            let rendering = Rendering {
                format,
                fail_on,
                style: Style {
                    colour,
                    width,
                    quiet,
                },
                with_sarif: sarif.is_some(),
            };
            let (checked, policies) =
                commands::check::run(&target, &options, || policies(&policy), rendering)?;
            // The process ends next: freeing the compiled library node by
            // node would cost a check a few per cent of its time for nothing.
            std::mem::forget(policies);
            if let (Some(path), Some(text)) = (&sarif, &checked.sarif) {
                write_file(path, text, "--sarif")?;
            }
            // Only when asked: another tool's step running `wgll check` must
            // not find wgll's summary and counts in its own.
            if github_step {
                commands::check::append_runner_files(&checked.runner_files, &|v| {
                    std::env::var_os(v)
                })?;
            }
            write_output(checked.outcome, output)
        }
        Command::Rules { format, policy } => {
            Ok(commands::rules::run(&policies_here(&policy)?, format))
        }
        Command::Audit {
            paths,
            from,
            rev,
            jobs,
            format,
            output,
            baseline,
            config,
            local_config,
            today,
            policy,
            repo_timeout,
            repo_memory,
            in_process,
            serve,
        } => {
            let repo_timeout = seconds(repo_timeout, "--repo-timeout")?;
            let repo_memory = match repo_memory.checked_mul(1 << 20) {
                // A worker holds the compiled library and its allocator's
                // reserve (about 100 MiB) before it reads anything.
                Some(bytes) if repo_memory >= 256 => bytes,
                _ => miette::bail!("--repo-memory must be a number of MiB from 256 up"),
            };
            if serve {
                // One repository at a time: the memory limit is this
                // repository's, a little under the budget the parent
                // enforces, so a policy's runaway value is an error row
                // with its place rather than a stopped worker.
                wgll::evaluate::set_memory_limit(MEMORY_LIMIT_BYTES.min(repo_memory / 4 * 3));
            }
            let policies = policies_for_checking(&policy)?;
            let org_config = match &config {
                Some(path) => Some(read_org_config(path)?),
                None => None,
            };
            let mut options = wgll::audit::AuditOptions {
                rev,
                today: commands::today(today),
                org_config,
                local_config,
                jobs,
                isolation: None,
                config_digest: commands::audit::config_digest(config.as_deref()),
            };
            if serve {
                let stdin = std::io::stdin().lock();
                let stdout = std::io::stdout().lock();
                wgll::audit::worker::serve(stdin, stdout, &policies, &options).map_err(|e| {
                    miette::miette!(code = "wgll::audit::worker", "audit worker: {e}")
                })?;
                return Ok(Outcome {
                    stdout: String::new(),
                    exit: 0,
                });
            }
            if !in_process {
                options.isolation = Some(commands::audit::isolation(
                    std::env::args_os().skip(1).collect(),
                    options.today,
                    repo_timeout,
                    repo_memory,
                )?);
            }
            let paths = if paths.is_empty() && from.is_none() {
                vec![PathBuf::from(".")]
            } else {
                paths
            };
            let repos = wgll::audit::discover(&paths, from.as_deref())?;
            let bar = progress_bar(repos.len() as u64);
            let outcome = commands::audit::run(
                &repos,
                &policies,
                &options,
                format,
                baseline.as_deref(),
                &|| bar.inc(1),
            )?;
            bar.finish_and_clear();
            write_output(outcome, output)
        }
        Command::Init { path, force } => Ok(commands::init::run(&path, force)?),
        Command::Hook {
            action: HookAction::Install { path, force },
        } => Ok(commands::hook::install(&path, force)?),
        Command::Adrs { repo, format } => {
            let (target, options) = repository(repo)?;
            commands::adrs::run(&target, &options, format)
        }
        Command::Input { repo } => {
            let (target, options) = repository(repo)?;
            commands::input::run(&target, &options)
        }
        Command::Test {
            dirs,
            threshold,
            timeout,
        } => Ok(commands::test::run(
            &dirs,
            seconds(timeout, "--timeout")?,
            threshold,
        )?),
        Command::Completions { shell } => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "wgll", &mut script);
            Ok(printed(&script))
        }
        Command::Man => {
            let mut page = Vec::new();
            clap_mangen::Man::new(Cli::command())
                .render(&mut page)
                .map_err(|e| miette::miette!("cannot write the manual page: {e}"))?;
            Ok(printed(&page))
        }
        Command::Schema { address } => Ok(commands::schema::run(address)?),
        Command::Explain { rule, policy } => {
            Ok(commands::explain::run(&policies_here(&policy)?, &rule)?)
        }
    }
}

/// The repository to read and how to judge it, from the command line.
fn repository(repo: RepoArgs) -> miette::Result<(Target, pipeline::Options)> {
    let org_config = match &repo.config {
        Some(path) => Some(read_org_config(path)?),
        None => None,
    };
    let target = Target {
        path: repo.path,
        mode: commands::read_mode(repo.staged, repo.rev),
    };
    let options = pipeline::Options {
        manifest: repo.manifest,
        today: commands::today(repo.today),
        org_config,
        local_config: !repo.no_local_config,
    };
    Ok((target, options))
}

/// A format argument offering every [`Choice`] with its help.
fn choice<F: Choice + Clone>() -> impl TypedValueParser<Value = F> {
    let values = F::ALL
        .iter()
        .map(|f| PossibleValue::new(f.name()).help(f.help()));
    PossibleValuesParser::new(values).try_map(|name: String| {
        F::ALL
            .iter()
            .copied()
            .find(|f| f.name() == name)
            .ok_or("not one of the formats")
    })
}

fn policies(args: &PolicyArgs) -> miette::Result<wgll::evaluate::Policies> {
    let mut policies = commands::load_policies(&args.policies, false)?;
    policies.set_timeout(seconds(args.timeout, "--timeout")?);
    Ok(policies)
}

/// The policies, for a command that checks repositories: compiling them
/// takes one core for tens of milliseconds, and the licence detector loads
/// on the other meanwhile, off the check's path.
fn policies_for_checking(args: &PolicyArgs) -> miette::Result<wgll::evaluate::Policies> {
    wgll::collect::observe::licence::warm_in_background();
    policies(args)
}

/// The policies, plus the current repository's own `.wgll/policies/` when
/// there is one: what `rules` and `explain` describe.
fn policies_here(args: &PolicyArgs) -> miette::Result<wgll::evaluate::Policies> {
    let local = PathBuf::from(wgll::config::LOCAL_POLICIES);
    let mut dirs = args.policies.clone();
    if local.is_dir() && !dirs.contains(&local) {
        dirs.push(local);
    }
    policies(&PolicyArgs {
        policies: dirs,
        timeout: args.timeout,
    })
}

/// Writes a file the user named, saying which and why when it fails.
fn write_file(path: &std::path::Path, text: &str, flag: &str) -> miette::Result<()> {
    std::fs::write(path, safe::output(text, false).as_bytes()).map_err(|e| {
        miette::miette!(
            code = "wgll::write",
            "cannot write {flag} {}: {e}",
            path.display()
        )
    })
}

/// Text a generator wrote, to print as it is.
fn printed(bytes: &[u8]) -> Outcome {
    Outcome {
        stdout: String::from_utf8_lossy(bytes).into_owned(),
        exit: 0,
    }
}

/// Sends a command's text to `--output FILE` when given, else to stdout.
fn write_output(outcome: Outcome, output: Option<PathBuf>) -> miette::Result<Outcome> {
    match output {
        Some(path) => {
            write_file(&path, &outcome.stdout, "--output")?;
            Ok(Outcome {
                stdout: String::new(),
                exit: outcome.exit,
            })
        }
        None => Ok(outcome),
    }
}

/// A progress bar on standard error, drawn only on a terminal.
fn progress_bar(len: u64) -> indicatif::ProgressBar {
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len);
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{spinner} {pos}/{len} repositories [{elapsed_precise}] {wide_bar}",
    ) {
        bar.set_style(style);
    }
    bar
}
