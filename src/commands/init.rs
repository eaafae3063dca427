//! `wgll init`: scaffolds a commented `wgll.yaml` and an ADR template, so a
//! team starts from every field the rules read. It pre-fills only what it
//! observed in the repository (the name from catalog-info, publiccode or the
//! git remote; where the security policy is; hosting regions and component
//! versions read from the code), each with where it was found, and leaves
//! every other fact as a `TODO:` placeholder that fails the check until a
//! person fills it in: it never claims a certification, an assessment or a
//! control. It keeps an ADR folder's own template, writes only files that do
//! not exist (unless `--force`) and says what it wrote and inferred.

use std::path::Path;

use super::Outcome;

/// The manifest template: every field, commented, each fact a `TODO:`;
/// `#=key` marks the lines `init` fills in from what it observed.
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
    /// A folder on the way to a file is a symbolic link.
    #[error("{link} is a symbolic link; wgll init does not write through it")]
    #[diagnostic(
        code(wgll::init::link),
        help(
            "it could lead outside the repository; write {path} yourself, or replace the link with a folder"
        )
    )]
    Link {
        /// The link, relative to the repository.
        link: String,
        /// The file that would have been written through it.
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
    let input = observed_input(root);
    let (manifest, inferred) = crate::report::manifest::prefilled(MANIFEST_TEMPLATE, &input);
    let adrs = input["adrs"].as_array().cloned().unwrap_or_default();
    // The folder the records are in, else an existing default, else docs/adr.
    let adr_dir = adrs
        .first()
        .and_then(|a| a["file"].as_str())
        .and_then(|f| f.rsplit_once('/').map(|(dir, _)| dir.to_string()))
        .or_else(|| {
            crate::collect::DEFAULT_ADR_DIRS
                .iter()
                .find(|d| root.join(d).is_dir())
                .map(|d| (*d).to_string())
        })
        .unwrap_or_else(|| "docs/adr".to_string());
    let own_template = existing_template(&input, &adr_dir);
    let manifest = with_schema_line(manifest, super::schema::address().as_deref());
    let mut files = vec![("wgll.yaml".to_string(), manifest)];
    if own_template.is_none() {
        files.push((format!("{adr_dir}/template.md"), ADR_TEMPLATE.to_string()));
    }
    for (rel, _) in &files {
        // The file itself may be a link (--force replaces the link); a
        // folder on its way may not.
        let folder = Path::new(rel).parent().unwrap_or(Path::new(""));
        if let Some(link) = super::linked_folder(root, folder) {
            return Err(InitError::Link {
                link: link.display().to_string(),
                path: rel.clone(),
            });
        }
    }
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
        let text = text.as_str();
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
        if rel == "wgll.yaml" {
            for (field, value, source) in &inferred {
                said.push_str(&format!("  {field}: {value} (found in {source})\n"));
            }
        }
    }
    if let Some(template) = own_template {
        said.push_str(&format!(
            "kept {template}: the decision records' own template\n"
        ));
    }
    let left = files[0].1.matches("\"TODO:").count();
    said.push_str(&format!(
        "next: replace the {left} TODOs in wgll.yaml with the facts (each fails `wgll check` until then), or remove the fields that do not apply\n",
    ));
    Ok(Outcome {
        stdout: said,
        exit: 0,
    })
}

/// The manifest with the line that points yaml-language-server (VS Code,
/// Neovim, JetBrains IDEs) at this release's schema, when the build knows
/// its address; a build that does not writes no line rather than a guess.
fn with_schema_line(manifest: String, address: Option<&str>) -> String {
    match address {
        Some(a) => format!("# yaml-language-server: $schema={a}\n{manifest}"),
        None => manifest,
    }
}

/// The input document of the repository as it stands, as JSON; an empty
/// document when it cannot be read (a broken manifest being replaced with
/// `--force`): init then observes nothing and writes only placeholders.
fn observed_input(root: &Path) -> serde_json::Value {
    let read = crate::collect::Opened::open(root, &crate::collect::ReadMode::WorkTree)
        .ok()
        .and_then(|opened| {
            let options = crate::pipeline::Options::new(crate::date::Date::today_utc());
            crate::pipeline::read(&opened, &options, false).ok()
        });
    read.and_then(|r| serde_json::to_value(r.collected.input).ok())
        .unwrap_or(serde_json::Value::Null)
}

/// A template already in the ADR folder (`template.md`, `adr-template.md`,
/// `0000-template.md`), which init keeps rather than adding its own.
fn existing_template(input: &serde_json::Value, adr_dir: &str) -> Option<String> {
    let prefix = format!("{adr_dir}/");
    input["files"]
        .as_array()?
        .iter()
        .filter_map(serde_json::Value::as_str)
        .find(|f| {
            f.strip_prefix(&prefix).is_some_and(|name| {
                !name.contains('/') && name.to_ascii_lowercase().contains("template")
            })
        })
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schema_line_comes_first_and_only_with_an_address() {
        let a = "https://raw.githubusercontent.com/o/wgll/v1.0.0/policies/wgll/schema/data.json";
        let written = with_schema_line(MANIFEST_TEMPLATE.to_string(), Some(a));
        let first = written.lines().next().unwrap_or_default();
        assert_eq!(first, format!("# yaml-language-server: $schema={a}"));
        assert!(written.ends_with(MANIFEST_TEMPLATE));
        assert_eq!(
            with_schema_line(MANIFEST_TEMPLATE.to_string(), None),
            MANIFEST_TEMPLATE
        );
    }
}
