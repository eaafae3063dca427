//! Why a configuration could not be used, located in the config file: one
//! problem ([`ConfigError`]) and every problem found in one pass
//! ([`ConfigErrors`]), so a user fixes them all before running again.

use std::fmt;
use std::ops::Range;

use miette::{Diagnostic, LabeledSpan, SourceCode, SourceSpan};

/// A config file that is malformed, of the wrong shape, or names what does
/// not exist.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("{file}: {message}")]
#[diagnostic(code(wgll::config::invalid), help("{help}"))]
pub struct ConfigError {
    /// The config file.
    pub file: String,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub help: String,
    /// The file's text.
    #[source_code]
    pub src: crate::snippet::Source,
    /// Where.
    #[label("here")]
    pub at: SourceSpan,
}

impl ConfigError {
    /// An error at a span of a config file.
    pub fn invalid(
        file: &str,
        text: &str,
        span: Range<usize>,
        message: String,
        help: &str,
    ) -> Self {
        let start = span.start.min(text.len());
        let end = span.end.clamp(start, text.len());
        let (quoted, span) = crate::snippet::quotable_at(text, start..end);
        Self {
            file: file.to_string(),
            message,
            help: help.to_string(),
            src: crate::snippet::Source::new(file, quoted),
            at: SourceSpan::from(span),
        }
    }
}

/// Every problem found in a configuration (one file, or several laid over
/// each other), at least one.
///
/// One problem reads exactly as that [`ConfigError`] does. Several read as a
/// summary ("3 problems in .wgll/config.yaml") whose
/// [`related`](Diagnostic::related) diagnostics are the problems, each
/// with its own label at its line and column.
#[derive(Debug)]
pub struct ConfigErrors {
    /// The first problem; a separate field so there is always one.
    first: ConfigError,
    /// The others, in the order found.
    rest: Vec<ConfigError>,
}

impl ConfigErrors {
    /// The problems, in the order given; `None` when there are none, since
    /// a configuration without problems is not an error.
    pub fn new(problems: Vec<ConfigError>) -> Option<Self> {
        let mut problems = problems.into_iter();
        let first = problems.next()?;
        Some(Self {
            first,
            rest: problems.collect(),
        })
    }

    /// Each problem, in order.
    pub fn problems(&self) -> impl Iterator<Item = &ConfigError> {
        std::iter::once(&self.first).chain(&self.rest)
    }

    /// How many problems there are (1 or more).
    pub fn count(&self) -> usize {
        1 + self.rest.len()
    }

    /// The problems, owned, in order.
    pub fn into_vec(self) -> Vec<ConfigError> {
        let mut all = Vec::with_capacity(self.count());
        all.push(self.first);
        all.extend(self.rest);
        all
    }

    /// Whether there is one problem, which then stands in for the whole.
    fn single(&self) -> Option<&ConfigError> {
        self.rest.is_empty().then_some(&self.first)
    }

    /// The files the problems are in, each once, in order of their first
    /// problem.
    fn files(&self) -> Vec<&str> {
        let mut files: Vec<&str> = Vec::new();
        for problem in self.problems() {
            if !files.contains(&problem.file.as_str()) {
                files.push(&problem.file);
            }
        }
        files
    }
}

impl From<ConfigError> for ConfigErrors {
    fn from(problem: ConfigError) -> Self {
        Self {
            first: problem,
            rest: Vec::new(),
        }
    }
}

impl fmt::Display for ConfigErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(one) = self.single() {
            return one.fmt(f);
        }
        let files = self.files();
        let named = match files.split_last() {
            Some((last, others)) if !others.is_empty() => {
                format!("{} and {last}", others.join(", "))
            }
            _ => files.concat(),
        };
        write!(f, "{} problems in {named}", self.count())
    }
}

impl std::error::Error for ConfigErrors {}

impl Diagnostic for ConfigErrors {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        match self.single() {
            Some(one) => one.code(),
            None => Some(Box::new("wgll::config::problems")),
        }
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        match self.single() {
            Some(one) => one.help(),
            None => Some(Box::new(
                "each problem is shown below at its line and column",
            )),
        }
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.single().and_then(|one| one.source_code())
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        self.single().and_then(|one| one.labels())
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn Diagnostic> + 'a>> {
        if self.single().is_some() {
            return None;
        }
        Some(Box::new(self.problems().map(|p| p as &dyn Diagnostic)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(file: &str, message: &str) -> ConfigError {
        ConfigError::invalid(file, "a: 1\n", 0..1, message.to_string(), "fix it")
    }

    #[test]
    fn one_problem_reads_as_that_problem() {
        let Some(errors) = ConfigErrors::new(vec![problem("c.yaml", "bad")]) else {
            panic!("no problems")
        };
        assert_eq!(errors.to_string(), "c.yaml: bad");
        assert_eq!(
            errors.code().map(|c| c.to_string()).as_deref(),
            Some("wgll::config::invalid")
        );
        assert_eq!(errors.labels().map(Iterator::count), Some(1));
        assert!(errors.related().is_none());
    }

    #[test]
    fn several_problems_are_summed_up_and_each_is_related() {
        let Some(errors) = ConfigErrors::new(vec![
            problem("org.yaml", "one"),
            problem(".wgll/config.yaml", "two"),
            problem("org.yaml", "three"),
        ]) else {
            panic!("no problems")
        };
        assert_eq!(
            errors.to_string(),
            "3 problems in org.yaml and .wgll/config.yaml"
        );
        assert!(errors.labels().is_none());
        let related: Vec<String> = errors
            .related()
            .into_iter()
            .flatten()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            related,
            ["org.yaml: one", ".wgll/config.yaml: two", "org.yaml: three"]
        );
    }

    #[test]
    fn no_problems_are_no_error() {
        assert!(ConfigErrors::new(Vec::new()).is_none());
    }
}
