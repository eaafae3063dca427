//! The package ecosystems a repository uses, read from its file names, each
//! with the folders it appears in. Ecosystems are named by Dependabot's
//! `package-ecosystem` values and folders written as Dependabot writes
//! `directory` (`/`, `/web`), so the two compare directly.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::super::Reader;
use super::first_line;

/// `input.observed.ecosystems`: each ecosystem's folders.
pub type Ecosystems = BTreeMap<String, Vec<EcosystemDir>>;

/// One folder where an ecosystem appears.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EcosystemDir {
    /// The folder, as Dependabot writes it: `/` or `/web/app`.
    pub directory: String,
    /// The files there that show the ecosystem.
    pub files: Vec<String>,
    /// What keeps it up to date: `dependabot`, `renovate`, or nothing.
    pub updated_by: Vec<String>,
}

/// Every ecosystem this observer recognises, in Dependabot's names.
pub const ALL: &[&str] = &[
    "bun",
    "bundler",
    "cargo",
    "composer",
    "docker",
    "elm",
    "github-actions",
    "gomod",
    "gradle",
    "maven",
    "mix",
    "npm",
    "nuget",
    "pip",
    "pub",
    "swift",
    "terraform",
    "uv",
];

/// Folders whose contents are someone else's code, installed or vendored
/// (their manifests are not the team's to update), or tool caches.
const SKIPPED_FOLDERS: &[&str] = &[
    "node_modules",
    "bower_components",
    "vendor",
    ".terraform",
    ".git",
];

/// The ecosystem a file's name shows, if any. `package.json` is npm and a
/// Python manifest pip until a lock file in the same folder says bun or uv.
fn ecosystem_of(path: &str, name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    let by_name = match name {
        "package.json" => Some("npm"),
        "pyproject.toml" | "Pipfile" | "setup.py" => Some("pip"),
        "Gemfile" => Some("bundler"),
        "global.json" | "packages.config" | "Directory.Packages.props" => Some("nuget"),
        "go.mod" => Some("gomod"),
        "Cargo.toml" => Some("cargo"),
        "pom.xml" => Some("maven"),
        "build.gradle" | "build.gradle.kts" | "settings.gradle" | "settings.gradle.kts" => {
            Some("gradle")
        }
        "composer.json" => Some("composer"),
        "mix.exs" => Some("mix"),
        "pubspec.yaml" => Some("pub"),
        "Package.swift" => Some("swift"),
        "elm.json" => Some("elm"),
        _ => None,
    };
    if by_name.is_some() {
        return by_name;
    }
    if lower.starts_with("requirements") && (lower.ends_with(".txt") || lower.ends_with(".in")) {
        return Some("pip");
    }
    if [".csproj", ".fsproj", ".vbproj", ".sln", ".slnx"]
        .iter()
        .any(|ext| lower.ends_with(ext))
    {
        return Some("nuget");
    }
    if lower.ends_with(".tf") {
        return Some("terraform");
    }
    if is_dockerfile(&lower) {
        return Some("docker");
    }
    let parent = path.rsplit_once('/').map_or("", |(dir, _)| dir);
    if parent == ".github/workflows" && (lower.ends_with(".yml") || lower.ends_with(".yaml")) {
        return Some("github-actions");
    }
    None
}

/// Dockerfile names as Docker and Dependabot use them (`Dockerfile`,
/// `Dockerfile.prod`, `web.Dockerfile`, `Containerfile`), but not scripts
/// or documents about them (`dockerfile-linter.sh`, `Dockerfile.md`) nor a
/// Dockerfile's own ignore file. The versions observer reads the same files.
pub(crate) fn is_dockerfile(lower: &str) -> bool {
    const NOT: &[&str] = &[
        ".sh",
        ".md",
        ".txt",
        ".yml",
        ".yaml",
        ".json",
        ".py",
        ".js",
        ".ts",
        ".ps1",
        ".dockerignore",
    ];
    if lower == "dockerfile" || lower == "containerfile" || lower.ends_with(".dockerfile") {
        return true;
    }
    (lower.starts_with("dockerfile.") || lower.starts_with("containerfile."))
        && !NOT.iter().any(|ext| lower.ends_with(ext))
}

/// The folder of a path as Dependabot writes it.
fn directory_of(path: &str) -> String {
    match path.rsplit_once('/') {
        Some((dir, _)) => format!("/{dir}"),
        None => "/".to_string(),
    }
}

/// Finds the ecosystems, locating each folder's entry at its first file.
pub fn observe(reader: &mut Reader<'_>) -> Ecosystems {
    let files = reader.files();
    let mut locks: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    let mut found: BTreeMap<(&'static str, String), Vec<String>> = BTreeMap::new();
    for path in files {
        if path.split('/').any(|part| SKIPPED_FOLDERS.contains(&part)) {
            continue;
        }
        let name = path.rsplit('/').next().unwrap_or(path);
        match name {
            "bun.lock" | "bun.lockb" => {
                locks.entry(directory_of(path)).or_default().insert("bun");
            }
            "uv.lock" => {
                locks.entry(directory_of(path)).or_default().insert("uv");
            }
            _ => {}
        }
        if let Some(ecosystem) = ecosystem_of(path, name) {
            // Workflows are read by Dependabot from the root: `/`.
            let directory = if ecosystem == "github-actions" {
                "/".to_string()
            } else {
                directory_of(path)
            };
            found
                .entry((ecosystem, directory))
                .or_default()
                .push(path.clone());
        }
    }

    let mut ecosystems = Ecosystems::new();
    for ((ecosystem, directory), files) in found {
        let lock = locks.get(&directory);
        let ecosystem = match ecosystem {
            "npm" if lock.is_some_and(|l| l.contains("bun")) => "bun",
            "pip" if lock.is_some_and(|l| l.contains("uv")) => "uv",
            other => other,
        };
        let entries = ecosystems.entry(ecosystem.to_string()).or_default();
        match entries.iter_mut().find(|e| e.directory == directory) {
            Some(entry) => entry.files.extend(files),
            None => entries.push(EcosystemDir {
                directory,
                files,
                updated_by: Vec::new(),
            }),
        }
    }
    for (ecosystem, entries) in &mut ecosystems {
        entries.sort_by(|a, b| a.directory.cmp(&b.directory));
        for (i, entry) in entries.iter_mut().enumerate() {
            entry.files.sort();
            let Some(first) = entry.files.first() else {
                continue;
            };
            let span = reader.text(first).map_or(0..0, |text| first_line(&text));
            let pointer = format!("/observed/ecosystems/{ecosystem}/{i}");
            reader.record(pointer, first, span);
        }
    }
    ecosystems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::collect::source::MemoryTree;
    use crate::sourcemap::SourceMap;

    fn found(paths: &[&str]) -> Ecosystems {
        let tree = MemoryTree::new(paths.iter().map(|p| (*p, "x\n")));
        let mut sources = SourceMap::default();
        observe(&mut Reader::new(&tree, &mut sources))
    }

    fn folders(ecosystems: &Ecosystems, name: &str) -> Vec<String> {
        ecosystems
            .get(name)
            .map(|e| e.iter().map(|d| d.directory.clone()).collect())
            .unwrap_or_default()
    }

    #[test]
    fn names_each_ecosystem_by_dependabots_word_with_its_folders() {
        let found = found(&[
            "package.json",
            "web/package.json",
            "api/requirements-dev.txt",
            "api/pyproject.toml",
            "src/App/App.csproj",
            "infra/main.tf",
            "infra/variables.tf",
            ".github/workflows/ci.yml",
            "Gemfile",
        ]);
        assert_eq!(folders(&found, "npm"), ["/", "/web"]);
        assert_eq!(folders(&found, "pip"), ["/api"]);
        assert_eq!(found["pip"][0].files.len(), 2);
        assert_eq!(folders(&found, "nuget"), ["/src/App"]);
        assert_eq!(folders(&found, "terraform"), ["/infra"]);
        assert_eq!(folders(&found, "github-actions"), ["/"]);
        assert_eq!(folders(&found, "bundler"), ["/"]);
    }

    #[test]
    fn dockerfiles_by_any_name_but_not_scripts_about_them() {
        let found = found(&[
            "Dockerfile",
            "server/Dockerfile.latest",
            "ops.Dockerfile",
            "scripts/docker/dockerfile-linter.sh",
            "app/Dockerfile.dockerignore",
            "build/Containerfile",
        ]);
        assert_eq!(folders(&found, "docker"), ["/", "/build", "/server"]);
        assert_eq!(found["docker"][0].files, ["Dockerfile", "ops.Dockerfile"]);
    }

    #[test]
    fn a_lock_file_says_bun_or_uv() {
        let found = found(&[
            "package.json",
            "bun.lockb",
            "tool/pyproject.toml",
            "tool/uv.lock",
        ]);
        assert_eq!(folders(&found, "bun"), ["/"]);
        assert_eq!(folders(&found, "uv"), ["/tool"]);
        assert!(!found.contains_key("npm") && !found.contains_key("pip"));
    }

    #[test]
    fn installed_and_vendored_code_is_not_the_teams() {
        let found = found(&[
            "node_modules/left-pad/package.json",
            "vendor/bundle/Gemfile",
            "infra/.terraform/modules/x/main.tf",
            ".github/workflows/nested/not-a-workflow.yml",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }
}
