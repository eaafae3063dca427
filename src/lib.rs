//! wgll checks a digital programme's repository against NHS England's What
//! Good Looks Like framework and the guidance under it, with Rego policies.
//!
//! # Module map
//!
//! One repository is checked by [`pipeline`], the only place the stages are
//! chained; every entry point (check, audit, the pre-commit path) calls it.
//! Each line below is a file under `src/` (a test keeps this map and the
//! tree in step).
//!
//! ```text
//! pipeline.rs            one repository end to end: settings, collect, evaluate, locate, waive, score
//! collect/               stage 1: a repository into the input document and its source map
//!   mod.rs               the input document, and collecting it from an opened repository
//!   open.rs              opening a working tree, the index or a commit, and where it sits in git
//!   source.rs            RepoSource: reading files from disk, the index, a commit or memory
//!   objects.rs           loose git objects checked whole before libgit2 reads them
//!   adr/                 decision records, read as teams write them:
//!                        mod.rs (the record) body.rs (sections) fields.rs (labels, status) links.rs
//!                        discover.rs (folders found by the records they hold)
//!   observe/             what the repository's own files show, beside the manifest:
//!                        mod.rs (the Reader) files.rs (security policy, CODEOWNERS, licence,
//!                        catalogue entries) licence.rs (a licence text's SPDX identifier)
//!                        evidence.rs (the files the manifest names, and whether they say anything)
//!                        yamlfile.rs (an evidence file read as YAML, every node located)
//!   observe/hosting/     the regions the Terraform puts the service in, and what each holds:
//!                        mod.rs (regions, unresolved) terraform.rs (HCL files into modules)
//!                        resolve.rs (an expression to its literals) edge.rs (global edge
//!                        services) tests.rs
//!   observe/practice/    ecosystems, the bots that update them, the scanners hooks and CI run:
//!                        mod.rs ecosystems.rs updates.rs (Dependabot) renovate.rs
//!                        workflows.rs hooks.rs scan.rs shell.rs tools.rs
//!   observe/versions/    the runtimes, tools and base images pinned, and their end of life:
//!                        mod.rs (components) pins.rs (.tool-versions, .nvmrc...) manifests.rs
//!                        (global.json, go.mod, package.json, pyproject.toml, Gemfile) docker.rs
//!                        (FROM, ARG, devcontainer) images.rs (image references) range.rs eol.rs
//!   git.rs               git facts and each record's last change
//!   error.rs             why a repository could not be read, located
//! settings.rs            the configuration in force and the repository's own policies
//! config/                config files: parsed, validated with located errors, merged
//!   mod.rs               the config's shape and merging
//!   read.rs              reading one file, reporting every problem
//!   paths.rs             paths that cannot name a place in the repository
//!   waiver.rs            waiver entries
//!   error.rs             config errors as diagnostics, one or many
//! yaml/                  YAML with a byte span for every node, bounded against hostile input
//!   mod.rs               parse: text to JSON and spans
//!   receiver.rs          parser events to values, within the limits
//!   merge.rs             merge keys (`<<`)
//!   limits.rs            the limits
//!   offsets.rs           character positions to byte offsets
//!   error.rs             located YAML errors
//! sourcemap.rs           JSON pointer -> file and byte span
//! evaluate/              stage 2: Rego over the input (the only module that talks to regorus)
//!   mod.rs               compiling the library and evaluating one input
//!   bundle.rs            the embedded library and --policy folders
//!   configure.rs         a compiled library fitted to one repository's configuration
//!   metadata.rs          METADATA blocks into the rule catalogue
//!   eol.rs               the end-of-life data's date and source, for the catalogue
//!   nesting.rs           bracket depth, refused before regorus parses a policy
//!   guard.rs             built-ins that could allocate without bound, checked first; the memory limit
//!   progress.rs          which reporting set was running, for naming a time-out
//!   parse.rs             what a policy file declares, read from regorus's parse
//!   raw.rs               findings as policies report them
//!   builtin.rs           rules wgll checks itself (waivers)
//!   recursion.rs         recursive functions, refused before they run
//!   unusable.rs          built-ins wgll cannot honour and reporting functions, refused
//!   unit.rs              Rego unit tests and coverage
//!   error.rs             policy errors, located
//!   tests.rs             mod.rs's tests
//! findings.rs            raw findings located through the source map
//! waive.rs               waivers applied to findings
//! maturity.rs            the score of each success measure
//! report/                stage 3: human and machine formats, one file each
//!   mod.rs               CheckReport, the format enums (Choice) and render
//!   paths.rs             file paths from the git root, for CI formats
//!   safe.rs              the last filter on all output: no raw controls, no credentials
//!   found.rs             what was found in the repository, in words
//!   manifest.rs          the manifest `wgll init` writes, from what was found
//!   human.rs json.rs sarif.rs junit.rs github.rs markdown.rs
//!                        `wgll check --format ...`
//!   adrs.rs rules.rs rego_tests.rs
//!                        `wgll adrs`, `wgll rules` and `explain`, `wgll test`
//!   audit/               the maturity matrix: mod.rs table.rs json.rs csv.rs markdown.rs html.rs
//!                        shared.rs (findings many repositories share, written once on the page)
//!                        (html.css: the page's screen, narrow-screen and print styles)
//! audit/                 a portfolio: discovery, one pipeline run per repository, gaps
//!   mod.rs discover.rs baseline.rs
//!   identity.rs          unique names (remote owner/name, else path) and digests
//!   isolate.rs           worker processes, each repository under a time and memory budget
//!   worker.rs            the worker's side: paths in, results out
//! commands/              one file per subcommand: calls the pipeline and a renderer
//!   mod.rs check.rs audit.rs adrs.rs input.rs rules.rs explain.rs test.rs init.rs hook.rs
//!   schema.rs            `wgll schema`: the manifest's JSON Schema
//!   args.rs              argument values checked as the command line is parsed
//! snippet.rs             source text made safe to quote in a diagnostic
//! redact.rs              credentials in URLs, removed before anything is shown
//! date.rs                calendar dates
//! templates/             what `wgll init` writes
//! main.rs                the command line: arguments to commands, text to the terminal
//! ```

#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

pub mod audit;
pub mod collect;
pub mod commands;
pub mod config;
pub mod date;
pub mod evaluate;
pub mod findings;
pub mod maturity;
pub mod pipeline;
pub mod redact;
pub mod report;
pub mod settings;
pub mod snippet;
pub mod sourcemap;
pub mod waive;
pub mod yaml;
