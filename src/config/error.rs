//! Why a configuration could not be used, located in the config file.

use std::ops::Range;

use miette::{Diagnostic, SourceSpan};

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
