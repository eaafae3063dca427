//! The files reviewers and GitHub look for, where they really are: the
//! security policy and CODEOWNERS (GitHub reads them from the root,
//! `.github/` and `docs/`), the licence, and whether each says anything (an
//! empty file, or one holding only a heading or a TODO, is not evidence).

use serde::Serialize;

use super::Reader;

/// Where GitHub looks for the security policy, in its order.
const SECURITY: &[&str] = &[".github/SECURITY.md", "SECURITY.md", "docs/SECURITY.md"];

/// Where GitHub looks for CODEOWNERS, in its order (the first found wins).
const CODEOWNERS: &[&str] = &[".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];

/// Licence file names at the root, British and American spellings.
const LICENCE_STEMS: &[&str] = &["license", "licence", "copying", "unlicense"];

/// `input.observed.files`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct KnownFiles {
    /// The security policy (vulnerability disclosure), if any.
    pub security_policy: Option<KnownFile>,
    /// The CODEOWNERS file GitHub uses, if any.
    pub codeowners: Option<KnownFile>,
    /// The licence file at the root, if any.
    pub licence: Option<KnownFile>,
}

/// One file found, and whether it holds anything.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KnownFile {
    /// Its path.
    pub file: String,
    /// True when it is empty or holds only headings, placeholders (TODO,
    /// TBC) and punctuation: a file that exists to satisfy a check.
    pub hollow: bool,
}

/// Finds the known files.
pub fn observe(reader: &mut Reader<'_>) -> KnownFiles {
    let files = reader.files();
    let find = |candidates: &[&str]| -> Option<String> {
        candidates.iter().find_map(|want| {
            // GitHub matches these names without regard to case.
            files.iter().find(|f| f.eq_ignore_ascii_case(want)).cloned()
        })
    };
    let licence = files
        .iter()
        .find(|f| {
            !f.contains('/') && {
                let lower = f.to_ascii_lowercase();
                let stem = lower.split('.').next().unwrap_or("");
                LICENCE_STEMS.contains(&stem)
            }
        })
        .cloned();
    KnownFiles {
        security_policy: find(SECURITY).map(|f| known(reader, "security_policy", f)),
        codeowners: find(CODEOWNERS).map(|f| known(reader, "codeowners", f)),
        licence: licence.map(|f| known(reader, "licence", f)),
    }
}

fn known(reader: &mut Reader<'_>, key: &str, file: String) -> KnownFile {
    let text = reader.text(&file);
    let hollow = text.as_deref().is_none_or(is_hollow);
    let first_line = text
        .as_deref()
        .map_or(0, |t| t.find('\n').unwrap_or(t.len()));
    reader.record(format!("/observed/files/{key}"), &file, 0..first_line);
    KnownFile { file, hollow }
}

/// Words that stand for content not yet written.
const PLACEHOLDERS: &[&str] = &[
    "todo",
    "tbc",
    "tbd",
    "fixme",
    "placeholder",
    "lorem",
    "ipsum",
];

/// Whether a text says nothing: no line but headings, comments or
/// placeholders with at least three words of its own.
pub fn is_hollow(text: &str) -> bool {
    let words = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with('#') && !l.starts_with("<!--") && !l.starts_with("---"))
        .flat_map(|l| l.split(|c: char| !c.is_alphanumeric() && c != '@' && c != '.'))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .filter(|w| !PLACEHOLDERS.contains(&w.to_ascii_lowercase().trim_matches('.')))
        .count();
    words < 3
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::collect::source::MemoryTree;
    use crate::sourcemap::SourceMap;

    fn observed(files: &[(&str, &str)]) -> KnownFiles {
        let tree = MemoryTree::new(files.iter().copied());
        let mut sources = SourceMap::default();
        observe(&mut Reader::new(&tree, &mut sources))
    }

    #[test]
    fn finds_the_security_policy_where_github_looks() {
        let found = observed(&[
            (
                ".github/security.md",
                "# Security\n\nReport issues to security@example.nhs.uk.\n",
            ),
            ("README.md", "# x\n"),
        ]);
        let policy = found.security_policy.unwrap_or_else(|| panic!("found"));
        assert_eq!(policy.file, ".github/security.md");
        assert!(!policy.hollow);
        assert!(found.codeowners.is_none());
    }

    #[test]
    fn codeowners_in_github_wins_over_the_root() {
        let found = observed(&[
            ("CODEOWNERS", "* @org/old\n"),
            (".github/CODEOWNERS", "* @org/platform-team @org/leads\n"),
        ]);
        assert_eq!(
            found.codeowners.map(|c| c.file).as_deref(),
            Some(".github/CODEOWNERS")
        );
    }

    #[test]
    fn licence_files_in_either_spelling_at_the_root_only() {
        let found = observed(&[(
            "LICENCE.md",
            "MIT License\n\nCopyright (c) 2026 NHS England\n",
        )]);
        assert_eq!(found.licence.map(|l| l.file).as_deref(), Some("LICENCE.md"));
        let nested = observed(&[("vendor/x/LICENSE", "MIT License\n")]);
        assert!(nested.licence.is_none());
    }

    #[test]
    fn a_heading_or_a_todo_is_hollow() {
        assert!(is_hollow(""));
        assert!(is_hollow("# Security policy\n\nTODO\n"));
        assert!(is_hollow("# Hazard log\n\nTBC.\n"));
        assert!(!is_hollow(
            "# Security\n\nEmail security@example.nhs.uk with details.\n"
        ));
    }
}
