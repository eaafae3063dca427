//! Dependabot's configuration (`.github/dependabot.yml`): each `updates[]`
//! entry's ecosystem and folders, located at its `package-ecosystem` line;
//! and which of the repository's ecosystem folders each bot covers.
//!
//! Coverage is judged the way Dependabot reads folders: an entry covers its
//! own folder, the folders its `directories` globs match, and the folders
//! below them (npm workspaces, Maven modules, .NET solutions and Terraform's
//! local modules are all read from a root, so a parent entry is given the
//! benefit of the doubt); it never covers a folder beside or above it. For
//! github-actions, `/` and `/.github/workflows` are the same folder. A
//! `pip` entry covers a uv project too. Renovate covers every ecosystem its
//! managers include (see `renovate.rs`).

use serde::Serialize;
use serde_json::Value;

use super::super::Reader;
use super::super::yamlfile::{YamlFile, child, str_field};
use super::ecosystems::Ecosystems;
use super::renovate::Renovate;
use super::{Found, Place, first_line};

/// Where Dependabot reads its configuration.
const FILES: &[&str] = &[".github/dependabot.yml", ".github/dependabot.yaml"];

/// `input.observed.practice.dependency_updates`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct DependencyUpdates {
    /// Dependabot's configuration, when there is one.
    pub dependabot: Option<Dependabot>,
    /// Renovate's configuration, when there is one.
    pub renovate: Option<Renovate>,
}

/// A Dependabot configuration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Dependabot {
    /// Its path.
    pub file: String,
    /// Its `updates` entries that name an ecosystem.
    pub updates: Vec<DependabotUpdate>,
}

/// One `updates[]` entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DependabotUpdate {
    /// `package-ecosystem`, as written.
    pub ecosystem: String,
    /// `directory`, or each of `directories` (globs kept), as Dependabot
    /// reads them: from the root, with a leading `/`.
    pub directories: Vec<String>,
}

/// Reads the Dependabot configuration, if any. One that cannot be read is
/// listed in `observed.unread` and kept with no updates (Dependabot cannot
/// run from it either).
pub fn dependabot(reader: &mut Reader<'_>, found: &mut Found) -> Option<Dependabot> {
    let files = reader.files();
    let path = FILES.iter().find(|p| files.iter().any(|f| f == *p))?;
    let mut dependabot = Dependabot {
        file: (*path).to_string(),
        updates: Vec::new(),
    };
    let pointer = "/observed/practice/dependency_updates/dependabot";
    let Some(doc) = YamlFile::read(reader, path) else {
        if let Some(text) = reader.text(path) {
            reader.record(pointer.into(), path, first_line(&text));
        }
        return Some(dependabot);
    };
    reader.record(pointer.into(), path, doc.span("/updates"));
    let Some(updates) = doc.value.get("updates").and_then(Value::as_array) else {
        found.unresolved(
            "`updates` is not a list of entries".into(),
            Place::new(path, doc.span("/updates")),
        );
        return Some(dependabot);
    };
    for (i, entry) in updates.iter().enumerate() {
        let at = format!("/updates/{i}");
        let Some(ecosystem) = str_field(entry, "package-ecosystem") else {
            let what = format!("`updates[{i}]` names no `package-ecosystem`");
            found.unresolved(what, Place::new(path, doc.span(&at)));
            continue;
        };
        let directories = match (entry.get("directory"), entry.get("directories")) {
            (Some(Value::String(one)), _) => vec![normalise(one)],
            (_, Some(Value::Array(many))) if many.iter().all(Value::is_string) => many
                .iter()
                .filter_map(Value::as_str)
                .map(normalise)
                .collect(),
            _ => {
                let what = format!(
                    "`updates[{i}]` names no `directory` or `directories` Dependabot can read"
                );
                found.unresolved(what, Place::new(path, doc.span(&at)));
                Vec::new()
            }
        };
        let index = dependabot.updates.len();
        reader.record(
            format!("{pointer}/updates/{index}"),
            path,
            doc.span(&child(&at, "package-ecosystem")),
        );
        dependabot.updates.push(DependabotUpdate {
            ecosystem: ecosystem.trim().to_string(),
            directories,
        });
    }
    Some(dependabot)
}

/// A folder as Dependabot reads it: from the root, `/`-led, no trailing `/`.
fn normalise(directory: &str) -> String {
    let trimmed = directory.trim().trim_start_matches("./").trim_matches('/');
    if trimmed.is_empty() || trimmed == "." {
        "/".to_string()
    } else {
        format!("/{trimmed}")
    }
}

/// Fills each ecosystem folder's `updated_by`.
pub fn mark_coverage(ecosystems: &mut Ecosystems, updates: &DependencyUpdates) {
    for (ecosystem, folders) in ecosystems.iter_mut() {
        for folder in folders {
            let by_dependabot = updates.dependabot.as_ref().is_some_and(|d| {
                d.updates.iter().any(|u| {
                    same_ecosystem(&u.ecosystem, ecosystem)
                        && u.directories
                            .iter()
                            .any(|p| covers(p, &folder.directory, ecosystem))
                })
            });
            if by_dependabot {
                folder.updated_by.push("dependabot".into());
            }
            if updates
                .renovate
                .as_ref()
                .is_some_and(|r| r.ecosystems.iter().any(|e| e == ecosystem))
            {
                folder.updated_by.push("renovate".into());
            }
        }
    }
}

fn same_ecosystem(entry: &str, present: &str) -> bool {
    entry == present || (entry == "pip" && present == "uv")
}

/// Whether an entry's folder (or glob) covers a folder.
fn covers(pattern: &str, folder: &str, ecosystem: &str) -> bool {
    let pattern = match pattern {
        "/.github/workflows" | "/.github" if ecosystem == "github-actions" => "/",
        other => other,
    };
    if pattern.contains('*') {
        // The folder itself or one of its parents matches.
        let mut current = folder;
        loop {
            if glob(pattern, current) {
                return true;
            }
            match current.rfind('/') {
                Some(0) if current != "/" => current = "/",
                Some(cut) if cut > 0 => current = &current[..cut],
                _ => return false,
            }
        }
    }
    pattern == "/" || folder == pattern || folder.starts_with(&format!("{pattern}/"))
}

/// Dependabot's directory globs: `*` within one folder name, `**` across
/// any number of folders. Matched segment by segment in time proportional
/// to the two lengths multiplied, so no pattern is slow.
fn glob(pattern: &str, folder: &str) -> bool {
    let pattern: Vec<&str> = pattern.split('/').filter(|s| !s.is_empty()).collect();
    let folder: Vec<&str> = folder.split('/').filter(|s| !s.is_empty()).collect();
    // can[j]: the first i pattern segments match the first j folder names.
    let mut can = vec![false; folder.len() + 1];
    can[0] = true;
    for segment in &pattern {
        let mut next = vec![false; folder.len() + 1];
        for j in 0..=folder.len() {
            if *segment == "**" {
                // Zero folders, or one more than a shorter match.
                next[j] = can[j] || (j > 0 && next[j - 1]);
            } else if j > 0 {
                next[j] = can[j - 1] && wildcard(segment, folder[j - 1]);
            }
        }
        can = next;
    }
    can[folder.len()]
}

/// `*` matching any run of characters within one name.
fn wildcard(pattern: &str, name: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    let [first, middle @ .., last] = parts.as_slice() else {
        return pattern == name;
    };
    let Some(mut rest) = name.strip_prefix(first) else {
        return false;
    };
    for part in middle {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    rest.len() >= last.len() && rest.ends_with(last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::collect::source::MemoryTree;
    use crate::sourcemap::SourceMap;

    fn read(text: &str) -> (Option<Dependabot>, Found, SourceMap) {
        let tree = MemoryTree::new([(".github/dependabot.yml", text)]);
        let mut sources = SourceMap::default();
        let mut found = Found::default();
        let dependabot = dependabot(&mut Reader::new(&tree, &mut sources), &mut found);
        (dependabot, found, sources)
    }

    #[test]
    fn reads_each_entry_located_at_its_ecosystem_line() {
        let text = "version: 2\nupdates:\n  - package-ecosystem: \"npm\"\n    directory: \"/web/\"\n  - package-ecosystem: terraform\n    directories: [\"/infra/*\", \"/modules/**\"]\n";
        let (Some(d), found, sources) = read(text) else {
            panic!("read")
        };
        assert_eq!(d.updates[0].ecosystem, "npm");
        assert_eq!(d.updates[0].directories, ["/web"]);
        assert_eq!(d.updates[1].directories, ["/infra/*", "/modules/**"]);
        assert!(found.unresolved.is_empty());
        let at = sources
            .locate("/observed/practice/dependency_updates/dependabot/updates/1")
            .unwrap_or_else(|| panic!("located"));
        assert_eq!(at.file.line_col(at.span.start), (5, 5));
    }

    #[test]
    fn an_entry_it_cannot_read_is_unresolved_and_the_rest_kept() {
        let text = "updates:\n  - directory: /\n  - package-ecosystem: pip\n  - package-ecosystem: npm\n    directory: /\n";
        let (Some(d), found, _) = read(text) else {
            panic!("read")
        };
        assert_eq!(d.updates.len(), 2);
        assert_eq!(found.unresolved.len(), 2, "{:?}", found.unresolved);
        assert!(d.updates[0].directories.is_empty());
    }

    #[test]
    fn an_entry_covers_its_folder_and_below_never_beside() {
        assert!(covers("/", "/web", "npm"));
        assert!(covers("/web", "/web/app", "npm"));
        assert!(!covers("/web", "/webapp", "npm"));
        assert!(!covers("/api", "/web", "npm"));
        assert!(covers("/.github/workflows", "/", "github-actions"));
        assert!(covers("/infra/*", "/infra/prod", "terraform"));
        assert!(covers("/infra/*", "/infra/prod/modules", "terraform"));
        assert!(!covers("/infra/*", "/other/prod", "terraform"));
        assert!(covers("/**", "/a/b/c", "docker"));
        assert!(covers("/services/*-api", "/services/letters-api", "npm"));
    }

    #[test]
    fn globs_stay_fast_on_hostile_patterns() {
        let pattern = "/**".repeat(200);
        let folder = "/a".repeat(200);
        assert!(glob(&pattern, &folder));
        assert!(!wildcard("a*b*c", "aXXbYY"));
        assert!(wildcard("*", ""));
    }
}
