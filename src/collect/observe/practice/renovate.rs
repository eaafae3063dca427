//! Renovate's configuration, found where Renovate looks (its own files, in
//! its order, then a `renovate` key in the root `package.json`). Renovate
//! scans the whole repository with every manager unless `enabledManagers`
//! narrows it, so it covers every ecosystem its managers include. JSON5
//! files are kept as present, not parsed (and taken to cover everything),
//! and presets named in `extends` are not fetched.

use serde::Serialize;
use serde_json::Value;

use super::super::Reader;
use super::ecosystems::ALL;
use super::{Found, Place, first_line};

/// Renovate's configuration files, in the order it reads them.
const FILES: &[&str] = &[
    "renovate.json",
    "renovate.json5",
    ".github/renovate.json",
    ".github/renovate.json5",
    ".gitlab/renovate.json",
    ".gitlab/renovate.json5",
    ".renovaterc",
    ".renovaterc.json",
    ".renovaterc.json5",
];

/// Renovate's managers, by the ecosystem (Dependabot's name) each updates.
const MANAGERS: &[(&str, &str)] = &[
    ("bun", "bun"),
    ("bundler", "bundler"),
    ("cargo", "cargo"),
    ("composer", "composer"),
    ("dockerfile", "docker"),
    ("github-actions", "github-actions"),
    ("gomod", "gomod"),
    ("gradle", "gradle"),
    ("maven", "maven"),
    ("mix", "mix"),
    ("npm", "npm"),
    ("nuget", "nuget"),
    ("pep621", "pip"),
    ("pep621", "uv"),
    ("pep723", "pip"),
    ("pip-compile", "pip"),
    ("pip_requirements", "pip"),
    ("pip_setup", "pip"),
    ("pipenv", "pip"),
    ("poetry", "pip"),
    ("setup-cfg", "pip"),
    ("pub", "pub"),
    ("swift", "swift"),
    ("terraform", "terraform"),
];

/// A Renovate configuration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Renovate {
    /// Its path (`package.json` for the `renovate` key).
    pub file: String,
    /// False for JSON5 and for a file that is not valid JSON.
    pub parsed: bool,
    /// False when the configuration turns Renovate off (`"enabled": false`).
    pub enabled: bool,
    /// `enabledManagers`, as written; null when it does not narrow them.
    pub enabled_managers: Option<Vec<String>>,
    /// The ecosystems its managers update.
    pub ecosystems: Vec<String>,
}

const POINTER: &str = "/observed/practice/dependency_updates/renovate";

/// Reads the Renovate configuration, if any.
pub fn observe(reader: &mut Reader<'_>, found: &mut Found) -> Option<Renovate> {
    let files = reader.files();
    let present = |p: &str| files.iter().any(|f| f == p);
    if let Some(path) = FILES.iter().find(|p| present(p)) {
        let Some(text) = reader.text(path) else {
            return Some(unparsed(path));
        };
        reader.record(POINTER.into(), path, first_line(&text));
        if path.ends_with(".json5") {
            return Some(unparsed(path));
        }
        return match serde_json::from_str::<Value>(&text) {
            Ok(config) => Some(from_config(reader, found, path, &text, &config)),
            Err(e) => {
                reader.unreadable(path, format!("not valid JSON (line {}): {e}", e.line()));
                Some(unparsed(path))
            }
        };
    }
    if !present("package.json") {
        return None;
    }
    let text = reader.text("package.json")?;
    let package: Value = serde_json::from_str(&text).ok()?;
    let config = package.get("renovate").filter(|c| c.is_object())?;
    let key = text
        .find("\"renovate\"")
        .map_or(0..0, |at| at..at + "\"renovate\"".len());
    reader.record(POINTER.into(), "package.json", key);
    Some(from_config(reader, found, "package.json", &text, config))
}

/// A configuration present but not read: it is taken to cover everything,
/// so nothing is reported against what could not be seen.
fn unparsed(path: &str) -> Renovate {
    Renovate {
        file: path.to_string(),
        parsed: false,
        enabled: true,
        enabled_managers: None,
        ecosystems: ALL.iter().map(|e| (*e).to_string()).collect(),
    }
}

fn from_config(
    reader: &mut Reader<'_>,
    found: &mut Found,
    path: &str,
    text: &str,
    config: &Value,
) -> Renovate {
    let mut renovate = unparsed(path);
    renovate.parsed = true;
    if config.get("enabled") == Some(&Value::Bool(false)) {
        renovate.enabled = false;
        renovate.ecosystems.clear();
        return renovate;
    }
    let Some(managers) = config.get("enabledManagers") else {
        return renovate;
    };
    let key = text
        .find("\"enabledManagers\"")
        .map_or(0..0, |at| at..at + "\"enabledManagers\"".len());
    let names: Option<Vec<String>> = managers.as_array().and_then(|list| {
        list.iter()
            .map(|m| m.as_str().map(str::to_string))
            .collect()
    });
    let Some(names) = names else {
        let what =
            "`enabledManagers` is not a list of manager names; taken as every manager".into();
        found.unresolved(what, Place::new(path, key));
        return renovate;
    };
    reader.record(POINTER.into(), path, key);
    // An empty list is Renovate's default: every manager.
    if !names.is_empty() {
        let mut ecosystems: Vec<String> = MANAGERS
            .iter()
            .filter(|(manager, _)| names.iter().any(|n| n == manager))
            .map(|(_, ecosystem)| (*ecosystem).to_string())
            .collect();
        ecosystems.sort();
        ecosystems.dedup();
        renovate.ecosystems = ecosystems;
    }
    renovate.enabled_managers = Some(names);
    renovate
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::collect::source::MemoryTree;
    use crate::sourcemap::SourceMap;

    fn read(files: &[(&str, &str)]) -> (Option<Renovate>, Found) {
        let tree = MemoryTree::new(files.iter().copied());
        let mut sources = SourceMap::default();
        let mut found = Found::default();
        let renovate = observe(&mut Reader::new(&tree, &mut sources), &mut found);
        (renovate, found)
    }

    #[test]
    fn covers_every_ecosystem_unless_enabled_managers_narrows_it() {
        let (Some(all), _) = read(&[("renovate.json", "{\"extends\": [\"config:recommended\"]}")])
        else {
            panic!("read")
        };
        assert!(all.parsed && all.ecosystems.len() == ALL.len());
        let (Some(some), _) = read(&[(
            ".github/renovate.json",
            "{\"enabledManagers\": [\"npm\", \"dockerfile\", \"custom.regex\"]}",
        )]) else {
            panic!("read")
        };
        assert_eq!(some.ecosystems, ["docker", "npm"]);
        assert_eq!(some.enabled_managers.map(|m| m.len()), Some(3));
    }

    #[test]
    fn a_renovate_key_in_package_json_and_json5_left_unparsed() {
        let (Some(key), _) = read(&[(
            "package.json",
            "{\"name\": \"x\", \"renovate\": {\"enabled\": false}}",
        )]) else {
            panic!("read")
        };
        assert!(!key.enabled && key.ecosystems.is_empty());
        let (Some(five), _) =
            read(&[("renovate.json5", "{// comment\n extends: ['config:base']}")])
        else {
            panic!("read")
        };
        assert!(!five.parsed && five.ecosystems.len() == ALL.len());
        assert!(read(&[("package.json", "{\"name\": \"x\"}")]).0.is_none());
    }

    #[test]
    fn enabled_managers_that_are_not_names_are_unresolved() {
        let (Some(r), found) = read(&[("renovate.json", "{\"enabledManagers\": \"npm\"}")]) else {
            panic!("read")
        };
        assert_eq!(r.ecosystems.len(), ALL.len());
        assert_eq!(found.unresolved.len(), 1);
    }
}
