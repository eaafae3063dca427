//! Which repositories an audit covers: each path given is a repository (a
//! working tree or a bare clone, or a project folder with a `wgll.yaml`) or a
//! folder whose sub-folders are repositories; a list
//! file names one path per line. Nothing is guessed silently: a path that is
//! neither a repository nor holds any is an error naming it.

use std::path::{Path, PathBuf};

/// A path that names no repository.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum DiscoverError {
    /// The path does not exist or cannot be read.
    #[error("{path}: {reason}")]
    #[diagnostic(code(wgll::audit::unreadable))]
    Unreadable {
        /// The path given.
        path: String,
        /// Why.
        reason: String,
    },
    /// A folder holding no repository.
    #[error("{path} is not a git repository and holds none")]
    #[diagnostic(
        code(wgll::audit::no_repositories),
        help(
            "give repositories, or a folder whose sub-folders are repositories (working trees or bare clones)"
        )
    )]
    NoRepositories {
        /// The path given.
        path: String,
    },
}

/// Whether a folder is a repository: a working tree with `.git`, or a bare
/// clone (HEAD, objects and refs at its top).
pub fn is_repository(path: &Path) -> bool {
    path.join(".git").exists()
        || (path.join("HEAD").is_file()
            && path.join("objects").is_dir()
            && path.join("refs").is_dir())
}

/// The repositories named by `paths` and by the lines of `list` (relative
/// to the list file's folder), sorted and without duplicates.
pub fn discover(paths: &[PathBuf], list: Option<&Path>) -> Result<Vec<PathBuf>, DiscoverError> {
    let unreadable = |path: &Path, reason: String| DiscoverError::Unreadable {
        path: path.display().to_string(),
        reason,
    };
    // Each path with where it was named, when that was a list file's line.
    let mut given: Vec<(PathBuf, Option<String>)> =
        paths.iter().map(|p| (p.clone(), None)).collect();
    if let Some(list) = list {
        let bytes = crate::collect::source::read_named(list, crate::collect::error::caps::LIST)
            .map_err(|e| unreadable(list, e))?;
        let text = String::from_utf8_lossy(&bytes);
        let base = list.parent().unwrap_or(Path::new("."));
        for (n, line) in text.lines().map(str::trim).enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            given.push((
                base.join(line),
                Some(format!("{}:{}", list.display(), n + 1)),
            ));
        }
    }
    let mut found = Vec::new();
    for (path, named_at) in &given {
        if !path.is_dir() {
            // One stale line of a portfolio list must not stop the audit of
            // the rest: the repository is kept, and its row says it could
            // not be checked. A path typed on the command line is a mistake
            // to fix first.
            if named_at.is_some() {
                found.push(path.clone());
                continue;
            }
            return Err(unreadable(path, "not a folder".into()));
        }
        // A project folder outside git (it has a manifest) is audited as it is.
        if is_repository(path) || path.join("wgll.yaml").is_file() {
            found.push(path.clone());
            continue;
        }
        let entries = std::fs::read_dir(path).map_err(|e| unreadable(path, e.to_string()))?;
        let before = found.len();
        for entry in entries.flatten() {
            let child = entry.path();
            let hidden = entry.file_name().to_string_lossy().starts_with('.');
            // As for a path given: a project folder with a manifest counts.
            if !hidden
                && child.is_dir()
                && (is_repository(&child) || child.join("wgll.yaml").is_file())
            {
                found.push(child);
            }
        }
        if found.len() == before {
            return Err(DiscoverError::NoRepositories {
                path: path.display().to_string(),
            });
        }
    }
    found.sort();
    found.dedup();
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_working_trees_and_bare_clones_in_a_folder_and_from_a_list() {
        let Ok(dir) = tempfile::tempdir() else {
            panic!()
        };
        let root = dir.path();
        for (name, bare) in [("b-service", false), ("a-service.git", true)] {
            let path = root.join("portfolio").join(name);
            let init = if bare {
                git2::Repository::init_bare(&path)
            } else {
                git2::Repository::init(&path)
            };
            assert!(init.is_ok());
        }
        assert!(std::fs::create_dir_all(root.join("portfolio/notes")).is_ok());
        let Ok(found) = discover(&[root.join("portfolio")], None) else {
            panic!()
        };
        let names: Vec<String> = found
            .iter()
            .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .collect();
        assert_eq!(names, ["a-service.git", "b-service"]);

        assert!(
            std::fs::write(
                root.join("list.txt"),
                "# the trust's services\nportfolio/b-service\n\n"
            )
            .is_ok()
        );
        let Ok(listed) = discover(&[], Some(&root.join("list.txt"))) else {
            panic!()
        };
        assert_eq!(listed, [root.join("portfolio/b-service")]);

        assert!(matches!(
            discover(&[root.join("portfolio/notes")], None),
            Err(DiscoverError::NoRepositories { .. })
        ));
    }
}
