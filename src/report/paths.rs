//! File paths for the formats a CI system resolves against the checkout
//! (SARIF for code scanning, annotations, JUnit, the job summary): findings
//! name files from the checked folder, but CI names them from the git
//! repository's root, and an organisation's `--config` may lie anywhere.

use std::collections::BTreeMap;
use std::path::Path;

use crate::collect::Place;

/// How to name a file from the git repository's root.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CiPaths {
    /// The checked folder's place in its git repository (`services/a/`), or empty.
    in_repository: String,
    /// Files from outside the checked folder (an organisation's `--config`),
    /// as findings name them -> their path from the repository root, or as
    /// given when they lie outside it.
    outside: BTreeMap<String, String>,
}

impl CiPaths {
    /// The paths for a folder at `place`, with these files named as given
    /// on the command line (an organisation's config files).
    pub fn new<'a>(place: &Place, named: impl IntoIterator<Item = &'a str>) -> Self {
        let outside = named
            .into_iter()
            .map(|named| {
                let from_root = place.workdir.as_ref().and_then(|w| {
                    let path = Path::new(named).canonicalize().ok()?;
                    let rel = path.strip_prefix(w).ok()?;
                    Some(rel.to_string_lossy().replace('\\', "/"))
                });
                (
                    named.to_string(),
                    from_root.unwrap_or_else(|| named.to_string()),
                )
            })
            .collect();
        Self {
            in_repository: place.prefix.clone(),
            outside,
        }
    }

    /// The checked folder's path from the git repository's root, ending in
    /// `/` (`services/api/`); empty at the root or outside git.
    pub fn folder(&self) -> &str {
        &self.in_repository
    }

    /// A file's path from the git repository's root; the same as `file`
    /// unless a sub-folder is checked or the file came from outside it.
    pub fn from_root(&self, file: &str) -> String {
        match self.outside.get(file) {
            Some(path) => path.clone(),
            None => format!("{}{file}", self.in_repository),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_files_from_the_repository_root() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::create_dir_all(root.join("ops")).unwrap();
        let org = root.join("ops/org.yaml");
        std::fs::write(&org, "params: {}\n").unwrap();
        let elsewhere = "/nonexistent/org.yaml";
        let place = Place {
            prefix: "services/api/".into(),
            workdir: Some(root),
        };
        let org = org.display().to_string();
        let paths = CiPaths::new(&place, [org.as_str(), elsewhere]);
        assert_eq!(paths.from_root("wgll.yaml"), "services/api/wgll.yaml");
        assert_eq!(paths.from_root(&org), "ops/org.yaml");
        assert_eq!(paths.from_root(elsewhere), elsewhere);
    }

    #[test]
    fn at_the_root_paths_are_unchanged() {
        let paths = CiPaths::default();
        assert_eq!(paths.from_root("docs/adr/0001-a.md"), "docs/adr/0001-a.md");
    }
}
