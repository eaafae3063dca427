//! Policy errors as located diagnostics: a policy that does not compile names
//! its file and line; one that runs too long names itself.

use miette::{Diagnostic, SourceSpan};

/// A policy could not be loaded or evaluated.
#[derive(Debug, thiserror::Error, Diagnostic)]
pub enum PolicyError {
    /// A policy file does not compile.
    #[error("{file}:{line}:{column}: policy does not compile: {message}")]
    #[diagnostic(code(wgll::policy::compile), help("{help}"))]
    Compile {
        /// The policy file.
        file: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What regorus said.
        message: String,
        /// What usually causes it.
        help: String,
        /// The policy's text.
        #[source_code]
        src: crate::snippet::Source,
        /// Where.
        #[label("{message}")]
        at: Option<SourceSpan>,
    },

    /// A METADATA block or data file is malformed.
    #[error("{file}:{line}: {message}")]
    #[diagnostic(code(wgll::policy::metadata))]
    Metadata {
        /// The policy or data file.
        file: String,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },

    /// A policy folder could not be read.
    #[error("cannot read policies from {path}: {reason}")]
    #[diagnostic(code(wgll::policy::unreadable))]
    Unreadable {
        /// The folder or file.
        path: String,
        /// Why.
        reason: String,
    },

    /// A policy declares a bundled rule's package without standing in for it.
    #[error(
        "{file} declares package {package}, which holds bundled rule {id}, but is not that rule"
    )]
    #[diagnostic(
        code(wgll::policy::shadows),
        help(
            "give a policy of your own its own package (for example `package local.hosting`); to replace {id}, copy its file with its METADATA (id: {id}) and change the copy; to turn {id} off, set `rules: {{{id}: {{enabled: false}}}}` in the configuration or waive its findings"
        )
    )]
    Shadows {
        /// The policy that would replace it.
        file: String,
        /// The bundled package.
        package: String,
        /// The bundled rule's id.
        id: String,
    },

    /// Two rules claim one id.
    #[error("rule id {id} is defined twice: in {first} and {second}")]
    #[diagnostic(
        code(wgll::policy::duplicate_id),
        help("rule ids are unique and never reused; give one of them a new id")
    )]
    DuplicateId {
        /// The id.
        id: String,
        /// One file.
        first: String,
        /// The other.
        second: String,
    },

    /// A policy ran past the time limit.
    #[error("policy {package} ({file}) did not finish within {seconds} s")]
    #[diagnostic(
        code(wgll::policy::timeout),
        help("look for a loop over a very large range or a runaway comprehension in this policy")
    )]
    Timeout {
        /// The package.
        package: String,
        /// Its file.
        file: String,
        /// The limit.
        seconds: f64,
    },

    /// Compiling the repository's own policies used up the time limit
    /// before any policy ran.
    #[error("compiling the policies took the whole {seconds} s time limit")]
    #[diagnostic(
        code(wgll::policy::timeout),
        help(
            "raise --timeout, or look for a very large policy in the repository's .wgll/policies"
        )
    )]
    TimeoutBeforeEvaluation {
        /// The limit.
        seconds: f64,
    },

    /// A policy failed while evaluating.
    #[error("policy {package} ({file}) failed: {message}")]
    #[diagnostic(code(wgll::policy::eval))]
    Eval {
        /// The package.
        package: String,
        /// Its file.
        file: String,
        /// What regorus said.
        message: String,
    },
}

impl PolicyError {
    /// Builds a compile error from regorus's message, which carries
    /// `--> file:line:col`; without one, the error points at line 1.
    pub fn compile(file: &str, text: &str, message: &str) -> Self {
        let (line, column) = location_in(message).unwrap_or((1, 1));
        let summary = message
            .lines()
            .find(|l| l.trim_start().starts_with("error:"))
            .map(|l| l.trim_start().trim_start_matches("error:").trim())
            .unwrap_or_else(|| message.lines().next().unwrap_or(message).trim())
            .to_string();
        let offset = offset_of(text, line, column);
        let (quoted, span) = crate::snippet::quotable_at(text, offset.map_or(0..0, |o| o..o));
        let at = offset.map(|_| SourceSpan::from(span));
        Self::Compile {
            file: file.to_string(),
            line,
            column,
            message: summary,
            help: "policies are Rego v1: rules need `if`, sets need `contains`".into(),
            src: crate::snippet::Source::new(file, quoted),
            at,
        }
    }
}

/// The `line:col` after `-->` in a regorus message.
fn location_in(message: &str) -> Option<(usize, usize)> {
    let after = message.split("-->").nth(1)?;
    let loc = after.lines().next()?.trim();
    let mut parts = loc.rsplitn(3, ':');
    let column = parts.next()?.trim().parse().ok()?;
    let line = parts.next()?.trim().parse().ok()?;
    Some((line, column))
}

fn offset_of(text: &str, line: usize, column: usize) -> Option<usize> {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.checked_sub(1)?)
        .map(str::len)
        .sum();
    let line_text = text.get(start..)?.lines().next().unwrap_or("");
    let col: usize = line_text
        .chars()
        .take(column.saturating_sub(1))
        .map(char::len_utf8)
        .sum();
    Some(start + col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_location_from_regorus_messages() {
        let msg = "error: expecting `}`\n --> policies/x.rego:4:7\n  |\n4 | deny {\n";
        let PolicyError::Compile {
            line,
            column,
            message,
            at,
            ..
        } = PolicyError::compile("policies/x.rego", "package x\n\n\ndeny {\n", msg)
        else {
            panic!()
        };
        assert_eq!((line, column), (4, 7));
        assert_eq!(message, "expecting `}`");
        assert_eq!(at.map(|a| a.offset()), Some(18));
    }
}
