//! Policy bundles: the library embedded in the binary and folders given with
//! `--policy`. A bundle is laid out as OPA's: `.rego` files plus
//! `data.yaml`/`data.json` files whose folder names their place in `data`
//! (`wgll/params/data.yaml` becomes `data.wgll.params`).

use std::fs;
use std::path::Path;

use serde_json::Value;

use super::error::PolicyError;
use crate::yaml::{self, YamlLimits};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/bundled_policies.rs"));
}

/// Largest policy or data file read from a folder.
const MAX_POLICY_BYTES: u64 = 2 * 1024 * 1024;

/// One file of a bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyFile {
    /// The path shown in messages (`policies/wgll/cloud/x.rego`).
    pub display: String,
    /// The path inside its bundle (`wgll/cloud/x.rego`): a file of a
    /// `--policy` folder at the same bundle path as a bundled one replaces it.
    pub bundle_path: String,
    /// For data files, the place in `data` (folders under the bundle root).
    pub place: Vec<String>,
    /// The file's text.
    pub text: String,
}

impl PolicyFile {
    /// A file shown as `display`, at `bundle_path` inside its bundle.
    pub fn new(display: &str, bundle_path: &str, text: &str) -> Self {
        file(display, bundle_path, text)
    }

    /// Whether this is a data file rather than a policy.
    pub fn is_data(&self) -> bool {
        let name = self.display.rsplit('/').next().unwrap_or("");
        matches!(name, "data.yaml" | "data.yml" | "data.json")
    }

    /// The package a Rego file declares (`wgll.cloud.x`), from regorus's
    /// parse of its `package` statement; None for data files and for a file
    /// whose package statement does not parse (compiling it says why).
    pub fn package(&self) -> Option<String> {
        if self.is_data() {
            return None;
        }
        super::parse::package_of(&self.display, &self.text)
    }

    /// Whether this is a Rego test file.
    pub fn is_test(&self) -> bool {
        self.display.ends_with("_test.rego")
    }

    /// A data file's contents nested at its place in `data`.
    pub fn data_value(&self) -> Result<Value, PolicyError> {
        let value = if self.display.ends_with(".json") {
            serde_json::from_str(&self.text).map_err(|e| PolicyError::Metadata {
                file: self.display.clone(),
                line: e.line(),
                message: e.to_string(),
            })?
        } else {
            yaml::parse(&self.text, YamlLimits::default())
                .map_err(|e| PolicyError::Metadata {
                    file: self.display.clone(),
                    line: self.text[..e.offset.min(self.text.len())]
                        .matches('\n')
                        .count()
                        + 1,
                    message: e.message,
                })?
                .value
        };
        Ok(self.place.iter().rev().fold(value, |inner, key| {
            let mut map = serde_json::Map::new();
            map.insert(key.clone(), inner);
            Value::Object(map)
        }))
    }
}

/// The library embedded in the binary.
pub fn bundled() -> Vec<PolicyFile> {
    embedded::BUNDLED
        .iter()
        .map(|(path, text)| file(&format!("policies/{path}"), path, text))
        .collect()
}

fn file(display: &str, rel: &str, text: &str) -> PolicyFile {
    let mut place: Vec<String> = rel.split('/').map(str::to_string).collect();
    place.pop();
    PolicyFile {
        display: display.to_string(),
        bundle_path: rel.to_string(),
        place,
        text: text.to_string(),
    }
}

/// The bundle `base` with `extra` laid over it: an extra file replaces a base
/// file at the same bundle path, and an extra policy replaces the base policy
/// that declares the same package. The package rule is what lets
/// `wgll test policies/wgll/cloud` or `--policy` with a copied rule stand in
/// for the bundled one however deep the folder given.
///
/// A replacement must be a stand-in: it carries the METADATA id of the rule
/// it replaces, so the rule still reports, under its own id, from the file
/// that now holds it. A policy that merely declares a bundled package would
/// silence that rule unseen, and is refused.
pub fn overlay(
    base: Vec<PolicyFile>,
    extra: Vec<PolicyFile>,
) -> Result<Vec<PolicyFile>, PolicyError> {
    // The common case: nothing to lay over, and no package to read (each
    // read tokenises the file's first statement).
    if extra.is_empty() {
        return Ok(base);
    }
    let paths: std::collections::BTreeSet<&str> =
        extra.iter().map(|f| f.bundle_path.as_str()).collect();
    let packages: std::collections::BTreeMap<String, &PolicyFile> = extra
        .iter()
        .filter(|f| !f.is_test())
        .filter_map(|f| Some((f.package()?, f)))
        .collect();
    for old in base.iter().filter(|f| !f.is_test() && !f.is_data()) {
        let Some(package) = old.package() else {
            continue;
        };
        let Some(new) = packages.get(&package) else {
            continue;
        };
        let Some(id) = rule_id(old, &package) else {
            continue;
        };
        if rule_id(new, &package).as_deref() != Some(id.as_str()) {
            return Err(PolicyError::Shadows {
                file: new.display.clone(),
                package,
                id,
            });
        }
    }
    let packages: std::collections::BTreeSet<String> = packages.into_keys().collect();
    let mut files: Vec<PolicyFile> = base
        .into_iter()
        .filter(|f| {
            // With no extra packages the base files' own are not read.
            !paths.contains(f.bundle_path.as_str())
                && (packages.is_empty() || f.package().is_none_or(|p| !packages.contains(&p)))
        })
        .collect();
    files.extend(extra);
    Ok(files)
}

/// The catalogue id a policy file's METADATA gives its rule, if any.
fn rule_id(file: &PolicyFile, package: &str) -> Option<String> {
    let blocks = super::metadata::blocks(&file.text).ok()?;
    blocks
        .iter()
        .find_map(|b| {
            super::metadata::rule_meta(b, package, &file.display)
                .ok()
                .flatten()
        })
        .map(|meta| meta.id)
}

/// Every policy and data file under a folder, sorted by path; hidden folders skipped.
pub fn from_dir(dir: &Path) -> Result<Vec<PolicyFile>, PolicyError> {
    let unreadable = |path: &Path, e: &dyn std::fmt::Display| PolicyError::Unreadable {
        path: path.display().to_string(),
        reason: e.to_string(),
    };
    if !dir.is_dir() {
        return Err(unreadable(dir, &"not a folder"));
    }
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        let entries = fs::read_dir(&current).map_err(|e| unreadable(&current, &e))?;
        for entry in entries {
            let entry = entry.map_err(|e| unreadable(&current, &e))?;
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let meta = fs::metadata(&path).map_err(|e| unreadable(&path, &e))?;
            if meta.is_dir() {
                stack.push(path);
                continue;
            }
            let wanted = name.ends_with(".rego")
                || matches!(name.as_str(), "data.yaml" | "data.yml" | "data.json");
            if !wanted || !meta.is_file() {
                continue;
            }
            if meta.len() > MAX_POLICY_BYTES {
                return Err(unreadable(
                    &path,
                    &format!(
                        "{} bytes is over the {MAX_POLICY_BYTES}-byte limit",
                        meta.len()
                    ),
                ));
            }
            let bytes = fs::read(&path).map_err(|e| unreadable(&path, &e))?;
            let text =
                String::from_utf8(bytes).map_err(|_| unreadable(&path, &"not UTF-8 text"))?;
            let rel = path
                .strip_prefix(dir)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            files.push(file(
                &path.display().to_string().replace('\\', "/"),
                &rel,
                &text,
            ));
        }
    }
    files.sort_by(|a, b| a.display.cmp(&b.display));
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_overlay_replaces_files_at_the_same_bundle_path() {
        let base = vec![
            file("policies/wgll/a.rego", "wgll/a.rego", "old"),
            file("policies/wgll/b.rego", "wgll/b.rego", "kept"),
        ];
        let extra = vec![
            file("mine/wgll/a.rego", "wgll/a.rego", "new"),
            file("mine/local/c.rego", "local/c.rego", "added"),
        ];
        let texts: Vec<String> = overlay(base, extra)
            .unwrap()
            .into_iter()
            .map(|f| f.text)
            .collect();
        assert_eq!(texts, vec!["kept", "new", "added"]);
    }

    #[test]
    fn an_overlay_replaces_policies_of_the_same_package() {
        let base = vec![
            file(
                "policies/wgll/cloud/a.rego",
                "wgll/cloud/a.rego",
                "# METADATA\npackage wgll.cloud.a\n",
            ),
            file(
                "policies/wgll/cloud/b.rego",
                "wgll/cloud/b.rego",
                "package wgll.cloud.b\n",
            ),
        ];
        let extra = vec![file(
            "cloud/a.rego",
            "a.rego",
            "package wgll.cloud.a\n\ndeny contains 1\n",
        )];
        let kept: Vec<String> = overlay(base, extra)
            .unwrap()
            .into_iter()
            .map(|f| f.display)
            .collect();
        assert_eq!(kept, vec!["policies/wgll/cloud/b.rego", "cloud/a.rego"]);
    }

    #[test]
    fn the_bundle_holds_the_default_parameters() {
        let files = bundled();
        let Some(params) = files
            .iter()
            .find(|f| f.display == "policies/wgll/params/data.yaml")
        else {
            panic!("no params file in the bundle")
        };
        let Ok(value) = params.data_value() else {
            panic!()
        };
        assert!(value["wgll"]["params"]["allowed_regions"].is_array());
    }
}
