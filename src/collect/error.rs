//! Why a repository could not be collected, as located diagnostics.
//!
//! Every problem with the input (bad YAML, a binary or oversized file, a
//! corrupt repository) becomes one of these, pointing at the file and, where
//! there is one, the byte that is wrong. The command layer turns them into
//! exit code 2.

use miette::{Diagnostic, SourceSpan};

use super::source::ReadProblem;

/// A repository could not be read into an input document.
#[derive(Debug, thiserror::Error, Diagnostic)]
pub enum CollectError {
    /// The path to check does not exist or is not a folder.
    #[error("`{path}` is not a folder that wgll can check")]
    #[diagnostic(
        code(wgll::collect::no_such_path),
        help("pass the root folder of a repository")
    )]
    NoSuchPath {
        /// The path given.
        path: String,
    },

    /// A file exists but could not be read.
    #[error("{path}: {reason}")]
    #[diagnostic(code(wgll::collect::unreadable), help("{help}"))]
    Unreadable {
        /// Repository-relative path.
        path: String,
        /// What went wrong.
        reason: String,
        /// What to do about it.
        help: String,
    },

    /// A text file holds NUL bytes or is not UTF-8.
    #[error("{path} is not valid UTF-8 text ({what})")]
    #[diagnostic(code(wgll::collect::not_text), help("save the file as UTF-8 text"))]
    NotText {
        /// Repository-relative path.
        path: String,
        /// `a NUL byte` or `an invalid UTF-8 sequence`.
        what: &'static str,
        /// The file, lossily decoded, to show where.
        #[source_code]
        src: crate::snippet::Source,
        /// The first bad byte.
        #[label("here")]
        at: SourceSpan,
    },

    /// A YAML file is malformed or hostile.
    #[error("{path}: {message}")]
    #[diagnostic(code(wgll::collect::yaml), help("fix the YAML at the marked place"))]
    Yaml {
        /// Repository-relative path.
        path: String,
        /// What the YAML parser said.
        message: String,
        /// The file's text.
        #[source_code]
        src: crate::snippet::Source,
        /// Where.
        #[label("{message}")]
        at: SourceSpan,
        /// The first definition, for duplicate keys.
        #[label("first defined here")]
        related: Option<SourceSpan>,
    },

    /// A configuration file is malformed or of the wrong shape: every
    /// problem found in it.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Config(#[from] crate::config::ConfigErrors),

    /// The manifest's path (`--manifest`, or `manifest:` in a config) cannot
    /// name a file of the repository.
    #[error("manifest `{path}` {reason}")]
    #[diagnostic(
        code(wgll::collect::manifest_path),
        help(
            "name the manifest file inside the repository, relative to its root (by default `wgll.yaml`)"
        )
    )]
    ManifestPath {
        /// The path as given.
        path: String,
        /// Why it cannot be used.
        reason: String,
    },

    /// The git repository could not be read.
    #[error("{message}: {reason}")]
    #[diagnostic(
        code(wgll::collect::git),
        help("check that the repository is intact (`git fsck`) and the revision exists")
    )]
    Git {
        /// What wgll was doing.
        message: String,
        /// What git said.
        reason: String,
    },

    /// The repository cannot be read the way asked.
    #[error("{message}")]
    #[diagnostic(code(wgll::collect::mode), help("{help}"))]
    WrongMode {
        /// What is wrong.
        message: String,
        /// What to do instead.
        help: String,
    },
}

/// Caps on how much wgll reads from one file, by kind.
pub mod caps {
    /// `wgll.yaml` and the other YAML documents.
    pub const YAML: u64 = 1024 * 1024;
    /// One ADR.
    pub const ADR: u64 = 512 * 1024;
    /// A previous audit's JSON given as `--baseline` (1,000 repositories
    /// with all their findings stay well under this).
    pub const BASELINE: u64 = 256 * 1024 * 1024;
    /// A list of repositories given as `--from`.
    pub const LIST: u64 = 16 * 1024 * 1024;
}

impl CollectError {
    /// A git failure with context.
    pub fn git(message: impl Into<String>, err: &git2::Error) -> Self {
        Self::Git {
            message: message.into(),
            reason: err.message().to_string(),
        }
    }

    /// A file that could not be read, with advice that fits the problem.
    pub fn read(path: &str, problem: ReadProblem, cap: u64) -> Self {
        let (reason, help) = match problem {
            ReadProblem::TooLarge { size } => (
                format!("{size} bytes is over the {cap}-byte limit for this file"),
                "split the file, or keep large evidence outside the repository and link to it".to_string(),
            ),
            ReadProblem::NotAFile => (
                "is not a regular file".to_string(),
                "replace it with a regular file".to_string(),
            ),
            ReadProblem::BrokenLink { target } => (
                format!("is a symbolic link to `{target}`, which does not exist"),
                "point the link at an existing file inside the repository, or replace it with the file".to_string(),
            ),
            ReadProblem::LinkLoop { target } => (
                format!("is a symbolic link to `{target}`, in a loop of links that never reaches a file"),
                "point the link at the file itself, or replace it with the file".to_string(),
            ),
            ReadProblem::Outside { target } => (
                format!("leads outside the repository, to `{target}`"),
                "keep evidence inside the repository (or link to it by URL); wgll reads nothing outside it".to_string(),
            ),
            ReadProblem::Io(reason) => (reason, "check the file's permissions".to_string()),
        };
        Self::Unreadable {
            path: path.to_string(),
            reason,
            help,
        }
    }
}

/// Decodes a file that must be text: no NUL bytes, valid UTF-8, no BOM.
pub fn decode_text(path: &str, bytes: Vec<u8>) -> Result<String, CollectError> {
    let not_text = |what, offset: usize, bytes: &[u8]| {
        // Lossy decoding keeps valid text before `offset` byte for byte.
        let (quoted, span) =
            crate::snippet::quotable_at(&String::from_utf8_lossy(bytes), offset..offset + 1);
        CollectError::NotText {
            path: path.to_string(),
            what,
            src: crate::snippet::Source::new(path, quoted),
            at: SourceSpan::from(span),
        }
    };
    if let Some(nul) = bytes.iter().position(|&b| b == 0) {
        return Err(not_text("a NUL byte: is it a binary file?", nul, &bytes));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_string(),
            None => text,
        }),
        Err(err) => {
            let offset = err.utf8_error().valid_up_to();
            Err(not_text(
                "an invalid UTF-8 sequence",
                offset,
                err.as_bytes(),
            ))
        }
    }
}

/// Turns a YAML error into a located diagnostic; `base` shifts offsets when
/// the YAML sits inside a larger file (ADR front matter).
pub fn yaml_error(
    path: &str,
    text: &str,
    base: usize,
    err: crate::yaml::YamlError,
) -> CollectError {
    let at = (err.offset + base).min(text.len());
    let related = err.related.map(|r| (r + base).min(text.len()));
    let (quoted, spans) =
        crate::snippet::quotable(text, &[at..at, related.map_or(at..at, |r| r..r)]);
    CollectError::Yaml {
        path: path.to_string(),
        message: err.message,
        src: crate::snippet::Source::new(path, quoted),
        at: SourceSpan::from(spans[0].clone()),
        related: related.map(|_| SourceSpan::from(spans[1].clone())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_first_invalid_byte() {
        let Err(CollectError::NotText { at, .. }) = decode_text("a.md", b"ok\n\xff\xfe".to_vec())
        else {
            panic!("expected NotText")
        };
        assert_eq!(at.offset(), 3);
    }

    #[test]
    fn calls_nul_bytes_binary() {
        let Err(CollectError::NotText { what, .. }) = decode_text("a.md", b"\x7fELF\0\0".to_vec())
        else {
            panic!("expected NotText")
        };
        assert!(what.contains("binary"));
    }

    #[test]
    fn strips_a_byte_order_mark() {
        assert_eq!(
            decode_text("a", "\u{feff}x: 1".as_bytes().to_vec())
                .ok()
                .as_deref(),
            Some("x: 1")
        );
    }
}
