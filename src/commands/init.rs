//! `wgll init`: scaffolds a commented `wgll.yaml` and an ADR template, so a
//! team starts from every field the rules read. It writes only files that do
//! not exist (unless `--force`) and says what it wrote.

use std::path::Path;

use super::Outcome;

/// The manifest template: every field, commented.
pub const MANIFEST_TEMPLATE: &str = include_str!("../templates/wgll.yaml");

/// The decision record template.
pub const ADR_TEMPLATE: &str = include_str!("../templates/adr-template.md");

/// Why `init` wrote nothing.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum InitError {
    /// A file is there already.
    #[error("{path} already exists; wgll init does not overwrite it")]
    #[diagnostic(
        code(wgll::init::exists),
        help("remove it, or pass --force to replace it")
    )]
    Exists {
        /// The file.
        path: String,
    },
    /// The repository folder is not there.
    #[error("{path} is not a folder")]
    #[diagnostic(
        code(wgll::init::no_folder),
        help("run wgll init in the repository, or give its path")
    )]
    NoFolder {
        /// The path given.
        path: String,
    },
    /// Writing failed.
    #[error("{path}: {reason}")]
    #[diagnostic(code(wgll::init::write))]
    Write {
        /// The file.
        path: String,
        /// Why.
        reason: String,
    },
}

/// Writes the templates under `root`: `wgll.yaml` and an ADR template in
/// the repository's ADR folder (an existing default one, else `docs/adr`).
pub fn run(root: &Path, force: bool) -> Result<Outcome, InitError> {
    // A mistyped path must not become a new folder tree.
    if !root.is_dir() {
        return Err(InitError::NoFolder {
            path: root.display().to_string(),
        });
    }
    let adr_dir = crate::collect::DEFAULT_ADR_DIRS
        .iter()
        .find(|d| root.join(d).is_dir())
        .copied()
        .unwrap_or("docs/adr");
    let files = [
        ("wgll.yaml".to_string(), MANIFEST_TEMPLATE),
        (format!("{adr_dir}/template.md"), ADR_TEMPLATE),
    ];
    if !force {
        for (rel, _) in &files {
            // A link counts as there even when it leads nowhere.
            if root.join(rel).symlink_metadata().is_ok() {
                return Err(InitError::Exists { path: rel.clone() });
            }
        }
    }
    let mut said = String::new();
    for (rel, text) in &files {
        let path = root.join(rel);
        let write = || -> std::io::Result<()> {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            // --force replaces a link itself, never the file it leads to
            // (which may be outside the repository).
            if path.symlink_metadata().is_ok_and(|m| m.is_symlink()) {
                std::fs::remove_file(&path)?;
            }
            std::fs::write(&path, text)
        };
        write().map_err(|e| InitError::Write {
            path: rel.clone(),
            reason: e.to_string(),
        })?;
        said.push_str(&format!("wrote {rel}\n"));
    }
    said.push_str(
        "next: fill in wgll.yaml (each field says what it is for), then run `wgll check` to see what evidence is still missing\n",
    );
    Ok(Outcome {
        stdout: said,
        exit: 0,
    })
}
