//! What governs one repository's check besides the policies: the
//! organisation's configuration with the repository's own
//! `.wgll/config.yaml` laid over it, and the repository's own policies
//! (`.wgll/policies/`). Read through the same [`RepoSource`] as the evidence,
//! so `--staged` and `--rev` judge a commit by the settings it holds.

use std::path::Path;

use crate::collect::error::{CollectError, caps, decode_text};
use crate::collect::read_text;
use crate::collect::source::{RepoSource, read_named};
use crate::config::{self, Config, ConfigError, ConfigErrors, LOCAL_CONFIG, LOCAL_POLICIES};
use crate::evaluate::PolicyFile;

/// Why an organisation's config file (`--config`) could not be used.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum OrgConfigError {
    /// It could not be opened or read (missing, a folder, too large).
    #[error("{path}: {message}")]
    #[diagnostic(code(wgll::config::unreadable))]
    Unreadable {
        /// The path as given.
        path: String,
        /// Why.
        message: String,
    },
    /// It is not text.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Text(#[from] CollectError),
    /// It is not a valid configuration.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Invalid(#[from] ConfigErrors),
}

/// Reads and validates an organisation's config file, named as given.
pub fn read_org_config(path: &Path) -> Result<Config, OrgConfigError> {
    let display = path.display().to_string();
    let bytes = read_named(path, caps::YAML).map_err(|message| OrgConfigError::Unreadable {
        path: display.clone(),
        message,
    })?;
    let text = decode_text(&display, bytes)?;
    Ok(config::parse(&display, &text)?)
}

/// The settings in force for one repository.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// The organisation's configuration with the repository's over it.
    pub config: Config,
    /// The repository's own policies and data files.
    pub local_policies: Vec<PolicyFile>,
    /// How many waivers the repository's own config records, whether or
    /// not it was applied (`None`: no readable `.wgll/config.yaml`).
    pub local_waivers: Option<usize>,
}

/// Reads the settings; `local` is false under `--no-local-config` (and in
/// audits by default), when the repository's own `.wgll/` is not applied.
pub fn load(
    tree: &dyn RepoSource,
    org: Option<&Config>,
    local: bool,
) -> Result<Settings, CollectError> {
    let settings = read(tree, org, local)?;
    check_adr_dirs(tree, &settings.config)?;
    Ok(settings)
}

/// Each ADR folder the repository's own config names that this tree does
/// not hold is an error at the line naming it: the ADR rules would otherwise
/// judge no records and pass. An organisation's config names where its
/// repositories usually keep records; one without that folder has none there,
/// which the ADR rules report, and the rest of a portfolio is not stopped.
fn check_adr_dirs(tree: &dyn RepoSource, config: &Config) -> Result<(), CollectError> {
    let Some(dirs) = &config.adr_dirs else {
        return Ok(());
    };
    let mut problems = Vec::new();
    for (i, dir) in dirs.iter().enumerate() {
        let inside = format!("{dir}/");
        // An empty name is the root (`adr_dirs: [.]`), which always exists.
        if dir.is_empty() || tree.files().iter().any(|f| f.starts_with(&inside)) {
            continue;
        }
        let origin = config.adr_dir_origins.get(i).cloned().unwrap_or_default();
        if origin.file != crate::config::LOCAL_CONFIG {
            continue;
        }
        let text = config
            .files
            .iter()
            .find(|(f, _)| *f == origin.file)
            .map_or("", |(_, t)| t.as_str());
        let why = if tree.files().contains(dir) {
            "is a file, not a folder"
        } else {
            "holds no files in this repository (it is missing, empty or ignored)"
        };
        problems.push(ConfigError::invalid(
            &origin.file,
            text,
            origin.span,
            format!("ADR folder `{dir}` {why}"),
            "name the folder that holds the decision records, relative to the repository's root, or remove `adr_dirs` to search the usual places",
        ));
    }
    match ConfigErrors::new(problems) {
        Some(errors) => Err(errors.into()),
        None => Ok(()),
    }
}

fn read(
    tree: &dyn RepoSource,
    org: Option<&Config>,
    local: bool,
) -> Result<Settings, CollectError> {
    let mut settings = Settings {
        config: org.cloned().unwrap_or_default(),
        ..Settings::default()
    };
    if !local {
        // Not applied, but an auditor is told how many waivers it records.
        if let Ok(Some(text)) = read_text(tree, LOCAL_CONFIG, caps::YAML) {
            settings.local_waivers = config::parse(LOCAL_CONFIG, &text)
                .ok()
                .map(|c| c.waivers.len());
        }
        return Ok(settings);
    }
    if let Some(text) = read_text(tree, LOCAL_CONFIG, caps::YAML)? {
        let own = config::parse(LOCAL_CONFIG, &text)?;
        settings.local_waivers = Some(own.waivers.len());
        settings.config = settings.config.merged(own);
    }
    // A file, or a link to a folder (listed as a file: links are not
    // followed), where the folder should be would leave the repository's
    // own rules out without a word.
    if tree.files().iter().any(|f| f == LOCAL_POLICIES) {
        return Err(CollectError::Unreadable {
            path: LOCAL_POLICIES.into(),
            reason: "is not a folder: it is a file or a symbolic link, which wgll does not follow"
                .into(),
            help: format!(
                "make `{LOCAL_POLICIES}` a folder of `.rego` files inside the repository; to use \
                 policies kept elsewhere, pass their folder with `--policy DIR`"
            ),
        });
    }
    let prefix = format!("{LOCAL_POLICIES}/");
    for path in tree.files() {
        let Some(rel) = path.strip_prefix(&prefix) else {
            continue;
        };
        let name = rel.rsplit('/').next().unwrap_or(rel);
        let wanted =
            name.ends_with(".rego") || matches!(name, "data.yaml" | "data.yml" | "data.json");
        if !wanted {
            continue;
        }
        if let Some(text) = read_text(tree, path, caps::YAML)? {
            settings
                .local_policies
                .push(PolicyFile::new(path, rel, &text));
        }
    }
    Ok(settings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::collect::source::MemoryTree;

    const OWN: &str = "waivers:\n  - rule: CLOUD-02\n    reason: Approved by the SIRO\n    approved_by: A. Person\n    expires: 2027-01-01\n";

    #[test]
    fn lays_the_repository_config_over_the_organisation() {
        let tree = MemoryTree::new([
            (LOCAL_CONFIG, OWN),
            (".wgll/policies/team.rego", "package team\n"),
            (".wgll/policies/notes.md", "# not a policy\n"),
        ]);
        let Ok(org) = config::parse("org.yaml", "manifest: service.yaml\n") else {
            panic!("org config parses")
        };
        let Ok(s) = load(&tree, Some(&org), true) else {
            panic!("settings load")
        };
        assert_eq!(s.config.manifest.as_deref(), Some("service.yaml"));
        assert_eq!(s.config.waivers.len(), 1);
        assert_eq!(s.local_waivers, Some(1));
        let names: Vec<&str> = s
            .local_policies
            .iter()
            .map(|p| p.display.as_str())
            .collect();
        assert_eq!(names, [".wgll/policies/team.rego"]);
    }

    #[test]
    fn without_local_config_only_counts_its_waivers() {
        let tree = MemoryTree::new([
            (LOCAL_CONFIG, OWN),
            (".wgll/policies/team.rego", "package team\n"),
        ]);
        let Ok(s) = load(&tree, None, false) else {
            panic!("settings load")
        };
        assert!(s.config.waivers.is_empty());
        assert!(s.local_policies.is_empty());
        assert_eq!(s.local_waivers, Some(1));
    }

    #[test]
    fn a_local_policies_file_in_place_of_the_folder_is_an_error_when_applied() {
        let tree = MemoryTree::new([(LOCAL_POLICIES, "package team\n")]);
        let Err(CollectError::Unreadable { path, .. }) = load(&tree, None, true) else {
            panic!("accepted")
        };
        assert_eq!(path, LOCAL_POLICIES);
        assert!(load(&tree, None, false).is_ok());
    }

    #[test]
    fn a_configured_adr_folder_the_tree_lacks_is_an_error_at_its_line() {
        let config = "adr_dirs:\n  - docs/decisions\n  - docs/adr\n  - README.md\n";
        let tree = MemoryTree::new([
            (LOCAL_CONFIG, config),
            ("docs/adr/0001-x.md", "# 1. X\n"),
            ("README.md", "# R\n"),
        ]);
        let Err(CollectError::Config(errors)) = load(&tree, None, true) else {
            panic!("accepted")
        };
        let found: Vec<String> = errors.problems().map(|p| p.message.clone()).collect();
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(
            found[0].contains("`docs/decisions` holds no files"),
            "{found:?}"
        );
        assert!(found[1].contains("`README.md` is a file"), "{found:?}");
    }

    #[test]
    fn a_broken_local_config_is_an_error_when_applied() {
        let tree = MemoryTree::new([(LOCAL_CONFIG, "params: [\n")]);
        assert!(load(&tree, None, true).is_err());
        assert!(load(&tree, None, false).is_ok());
    }
}
