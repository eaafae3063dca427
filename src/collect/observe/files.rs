//! The files reviewers and GitHub look for, where they really are: the
//! security policy and CODEOWNERS (GitHub reads them from the root,
//! `.github/` and `docs/`), the licence, and whether each says anything (an
//! empty file, or one holding only a heading or a TODO, is not evidence);
//! the licence, named from its text; and the catalogue entries
//! (Backstage's `catalog-info.yaml`, `publiccode.yml`) that say who owns the
//! code and whether it is published.

use serde::Serialize;

use super::Reader;
use super::licence::{self, Identified};
use super::yamlfile::{YamlFile, str_at, str_field};

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
    /// The licence file at the root, if any, and the licence its text is.
    pub licence: Option<LicenceFile>,
    /// Backstage's `catalog-info.yaml` at the root, if any.
    pub catalog_info: Option<CatalogInfo>,
    /// `publiccode.yml` (or `.yaml`) at the root, if any: its presence says
    /// the code is published for reuse.
    pub publiccode: Option<Publiccode>,
}

/// The licence file and what its text was found to be.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LicenceFile {
    /// The file.
    #[serde(flatten)]
    pub known: KnownFile,
    /// The licence its text is; all empty when it could not be read.
    #[serde(flatten)]
    pub licence: Identified,
}

/// What a Backstage catalogue entry says of the component.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CatalogInfo {
    /// Its path.
    pub file: String,
    /// `metadata.name`.
    pub name: Option<String>,
    /// `spec.owner`, the owning team.
    pub owner: Option<String>,
    /// `spec.lifecycle` (`experimental`, `production`, `deprecated`).
    pub lifecycle: Option<String>,
}

/// What `publiccode.yml` says of the software.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Publiccode {
    /// Its path.
    pub file: String,
    /// `name`.
    pub name: Option<String>,
    /// `legal.license`, the licence it declares.
    pub licence: Option<String>,
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
        security_policy: first_of(reader, SECURITY)
            .map(|f| known(reader, "security_policy", f, is_hollow)),
        codeowners: first_of(reader, CODEOWNERS)
            .map(|f| known(reader, "codeowners", f, |t| !names_an_owner(t))),
        licence: licence.map(|f| licence_file(reader, f)),
        catalog_info: catalog_info(reader),
        publiccode: publiccode(reader),
    }
}

fn licence_file(reader: &mut Reader<'_>, file: String) -> LicenceFile {
    let licence = reader
        .text(&file)
        .map_or_else(Identified::default, |text| licence::identify(&text));
    let known = known(reader, "licence", file, is_hollow);
    LicenceFile { known, licence }
}

/// The first of `names` in the repository, matched without regard to case
/// as GitHub matches them.
fn first_of(reader: &Reader<'_>, names: &[&str]) -> Option<String> {
    let files = reader.files();
    names
        .iter()
        .find_map(|want| files.iter().find(|f| f.eq_ignore_ascii_case(want)).cloned())
}

fn catalog_info(reader: &mut Reader<'_>) -> Option<CatalogInfo> {
    let path = first_of(reader, &["catalog-info.yaml", "catalog-info.yml"])?;
    let doc = YamlFile::read(reader, &path)?;
    let text = |pointer: &str| str_at(&doc.value, pointer).map(str::to_string);
    for (key, pointer) in [("owner", "/spec/owner"), ("lifecycle", "/spec/lifecycle")] {
        if doc.value.pointer(pointer).is_some() {
            reader.record(
                format!("/observed/files/catalog_info/{key}"),
                &path,
                doc.span(pointer),
            );
        }
    }
    reader.record("/observed/files/catalog_info".into(), &path, doc.span(""));
    Some(CatalogInfo {
        name: text("/metadata/name"),
        owner: text("/spec/owner"),
        lifecycle: text("/spec/lifecycle"),
        file: path,
    })
}

fn publiccode(reader: &mut Reader<'_>) -> Option<Publiccode> {
    let path = first_of(reader, &["publiccode.yml", "publiccode.yaml"])?;
    let doc = YamlFile::read(reader, &path)?;
    if doc.value.pointer("/legal/license").is_some() {
        reader.record(
            "/observed/files/publiccode/licence".into(),
            &path,
            doc.span("/legal/license"),
        );
    }
    reader.record("/observed/files/publiccode".into(), &path, 0..0);
    Some(Publiccode {
        name: str_field(&doc.value, "name").map(str::to_string),
        licence: str_at(&doc.value, "/legal/license").map(str::to_string),
        file: path,
    })
}

/// A file found, `hollow` when `says_nothing` of its text (or it cannot be
/// read), located at its first line.
fn known(
    reader: &mut Reader<'_>,
    key: &str,
    file: String,
    says_nothing: impl Fn(&str) -> bool,
) -> KnownFile {
    let text = reader.text(&file);
    let hollow = text.as_deref().is_none_or(says_nothing);
    let first_line = text
        .as_deref()
        .map_or(0, |t| t.find('\n').unwrap_or(t.len()));
    reader.record(format!("/observed/files/{key}"), &file, 0..first_line);
    KnownFile { file, hollow }
}

/// Whether a CODEOWNERS text gives any pattern an owner (`@user`,
/// `@org/team` or an email address): the file is terse by design, and
/// `* @org/team` is a whole one.
fn names_an_owner(text: &str) -> bool {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.starts_with('#'))
        .any(|l| {
            let mut words = l.split_whitespace();
            words.next().is_some() && words.any(|w| w.starts_with('@') || w.contains('@'))
        })
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
            found.codeowners.as_ref().map(|c| c.file.as_str()),
            Some(".github/CODEOWNERS")
        );
        assert!(found.codeowners.is_some_and(|c| !c.hollow));
        let terse = observed(&[(".github/CODEOWNERS", "* @NHSDigital/portal\n")]);
        assert!(
            terse.codeowners.is_some_and(|c| !c.hollow),
            "one owner line is whole"
        );
        let unowned = observed(&[("CODEOWNERS", "# owners to follow\n*\n")]);
        assert!(unowned.codeowners.is_some_and(|c| c.hollow));
    }

    #[test]
    fn licence_files_in_either_spelling_at_the_root_only() {
        let found = observed(&[(
            "LICENCE.md",
            "MIT License\n\nCopyright (c) 2026 NHS England\n",
        )]);
        assert_eq!(
            found.licence.map(|l| l.known.file).as_deref(),
            Some("LICENCE.md")
        );
        let nested = observed(&[("vendor/x/LICENSE", "MIT License\n")]);
        assert!(nested.licence.is_none());
    }

    #[test]
    fn the_catalogue_entries_say_who_owns_the_code_and_what_it_is_under() {
        let found = observed(&[
            (
                "catalog-info.yaml",
                "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: patient-portal\nspec:\n  owner: group:portal-team\n  lifecycle: production\n",
            ),
            (
                "publiccode.yml",
                "publiccodeYmlVersion: \"0.4\"\nname: Patient portal\nlegal:\n  license: MIT\n",
            ),
        ]);
        let catalog = found.catalog_info.unwrap_or_else(|| panic!("found"));
        assert_eq!(catalog.owner.as_deref(), Some("group:portal-team"));
        assert_eq!(catalog.lifecycle.as_deref(), Some("production"));
        assert_eq!(catalog.name.as_deref(), Some("patient-portal"));
        let public = found.publiccode.unwrap_or_else(|| panic!("found"));
        assert_eq!(public.licence.as_deref(), Some("MIT"));
    }

    #[test]
    fn a_catalogue_entry_that_is_not_yaml_is_unread_not_fatal() {
        let tree = MemoryTree::new([("catalog-info.yaml", "spec: [unclosed\n")]);
        let mut sources = SourceMap::default();
        let mut reader = Reader::new(&tree, &mut sources);
        assert!(observe(&mut reader).catalog_info.is_none());
        let unread = reader.into_unread();
        assert_eq!(unread.len(), 1);
        assert!(unread[0].why.contains("not valid YAML"), "{unread:?}");
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
