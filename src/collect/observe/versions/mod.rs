//! The runtimes, tools and base images the repository pins, and their end
//! of life (`input.observed.components`): one entry per version found in a
//! version file (`.tool-versions`, `.nvmrc`, `.python-version`...), a
//! manifest (`global.json`, `go.mod`, `package.json` engines,
//! `pyproject.toml`, a `Gemfile`'s `ruby`) or a container file (`FROM` lines, a devcontainer's
//! image), each located at the version's own text.
//!
//! The release cycle and its end of life come from the bundled
//! endoflife.date data (`policies/wgll/eol/data.json`). A range that spans
//! several cycles (`>=18`), or a cycle the data does not have, is recorded
//! with `cycle` or `eol` null: never guessed.

mod docker;
mod eol;
mod images;
mod manifests;
mod pins;
mod range;

use std::ops::Range as Span;

use serde::Serialize;
use serde_json::Value;

use super::Reader;
use crate::date::Date;

/// Folders whose contents are someone else's (installed or vendored
/// packages, tool caches), whose version files are not the team's.
const SKIPPED_FOLDERS: &[&str] = &[
    "node_modules",
    "bower_components",
    "vendor",
    "third_party",
    "third-party",
    ".terraform",
    ".git",
    ".venv",
    "venv",
    "site-packages",
    ".yarn",
    ".cache",
];

/// At most this many files are read for versions: far above a real
/// repository's version files, low enough that a generated tree of
/// thousands of `package.json`s is not read through.
pub const MAX_FILES: usize = 400;

/// One pinned version, `input.observed.components[]`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Component {
    /// endoflife.date's id for the product (`nodejs`, `alpine-linux`).
    pub product: String,
    /// Its name (`Node.js`).
    pub title: String,
    /// The release cycle the version belongs to (`18`, `3.12`); null for a
    /// range that names no one cycle.
    pub cycle: Option<String>,
    /// The version as written (`18.19.0`, `>=18 <21`, `lts/hydrogen`).
    pub version: String,
    /// The file that pins it.
    pub file: String,
    /// What kind of pin it is (`nvmrc`, `tool-versions`, `dockerfile`...).
    pub source: String,
    /// The cycle's end of life: a date, true/false where the data records
    /// only whether it has passed, null when the data does not know.
    pub eol: Value,
    /// Whether the cycle is supported on the evaluation date; null when
    /// not known.
    pub supported: Option<bool>,
}

/// How a pin names its release cycle.
#[derive(Debug, Clone, PartialEq, Eq)]
enum How {
    /// A version or the start of one (`18.19.0`, `v18`, `3.12`).
    Version,
    /// A range of versions (`^20`, `>=3.11`).
    Range,
    /// A name for the cycle itself (`lts/hydrogen`, `bookworm`).
    Cycle(String),
}

/// A version found in a file, before it is judged against the data.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Pin {
    product: &'static str,
    version: String,
    span: Span<usize>,
    source: &'static str,
    how: How,
}

/// What a file is, by its name: the reader of its versions.
fn reader_for(name: &str) -> Option<fn(&str) -> Vec<Pin>> {
    let lower = name.to_ascii_lowercase();
    let read: fn(&str) -> Vec<Pin> = match name {
        ".tool-versions" => pins::tool_versions,
        ".nvmrc" => |t| pins::version_file("nodejs", "nvmrc", t),
        ".node-version" => |t| pins::version_file("nodejs", "node-version", t),
        ".python-version" => |t| pins::version_file("python", "python-version", t),
        ".ruby-version" => |t| pins::version_file("ruby", "ruby-version", t),
        ".terraform-version" => |t| pins::version_file("terraform", "terraform-version", t),
        "global.json" => manifests::global_json,
        "go.mod" => manifests::go_mod,
        "package.json" => manifests::package_json,
        "pyproject.toml" => manifests::pyproject,
        "Gemfile" => manifests::gemfile,
        "devcontainer.json" | ".devcontainer.json" => docker::devcontainer,
        _ if super::practice::is_dockerfile(&lower) => docker::dockerfile,
        _ => return None,
    };
    Some(read)
}

/// Judges a pin against the data: its cycle and that cycle's end of life.
fn judge(pin: &Pin, file: &str, today: Date) -> Option<Component> {
    let product = eol::product(pin.product)?;
    let cycle = match &pin.how {
        How::Cycle(cycle) => Some(cycle.clone()),
        How::Version => {
            let text = pin.version.trim_start_matches(['v', 'V']);
            let (numbers, _) = range::parse_numbers(text);
            (!numbers.is_empty())
                .then(|| product.cycle_of(&numbers))
                .flatten()
        }
        How::Range => range::parse_range(&pin.version).and_then(|r| product.cycle_of_range(&r)),
    };
    let eol = cycle.as_deref().map_or(Value::Null, |c| product.eol(c));
    Some(Component {
        product: pin.product.to_string(),
        title: product.title.clone(),
        supported: eol::supported(&eol, today),
        cycle,
        version: pin.version.clone(),
        file: file.to_string(),
        source: pin.source.to_string(),
        eol,
    })
}

/// Finds every pinned version, judged on `today`, in file order.
pub fn observe(reader: &mut Reader<'_>, today: Date) -> Vec<Component> {
    let mut components = Vec::new();
    let candidates = reader
        .files()
        .iter()
        .filter(|path| !path.split('/').any(|part| SKIPPED_FOLDERS.contains(&part)))
        .filter_map(|path| {
            let name = path.rsplit('/').next().unwrap_or(path);
            reader_for(name).map(|read| (path, read))
        })
        .take(MAX_FILES);
    let candidates: Vec<_> = candidates.collect();
    for (path, read) in candidates {
        let Some(text) = reader.text(path) else {
            continue;
        };
        let mut pins = read(&text);
        pins.sort_by_key(|p| (p.span.start, p.span.end));
        for pin in pins {
            let Some(component) = judge(&pin, path, today) else {
                continue;
            };
            let pointer = format!("/observed/components/{}", components.len());
            reader.record(format!("{pointer}/version"), path, pin.span.clone());
            reader.record(pointer, path, pin.span);
            components.push(component);
        }
    }
    components
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::panic)]
    use super::*;
    use crate::collect::source::MemoryTree;
    use crate::sourcemap::SourceMap;

    fn today() -> Date {
        Date::new(2026, 12, 3).unwrap()
    }

    fn observe_files(files: &[(&str, &str)]) -> (Vec<Component>, SourceMap) {
        let tree = MemoryTree::new(files.iter().map(|(p, t)| (*p, t.as_bytes().to_vec())));
        let mut sources = SourceMap::default();
        let mut reader = Reader::new(&tree, &mut sources);
        let found = observe(&mut reader, today());
        assert!(reader.into_unread().is_empty());
        (found, sources)
    }

    #[test]
    fn every_product_the_observer_names_is_in_the_data() {
        for id in pins::PRODUCTS.iter().copied().chain(images::products()) {
            assert!(
                eol::product(id).is_some(),
                "{id} is not in the bundled data"
            );
        }
    }

    #[test]
    fn components_are_judged_and_located_at_their_version() {
        let (found, sources) = observe_files(&[
            (".nvmrc", "18.19.0\n"),
            (
                ".tool-versions",
                "# runtimes\nnodejs 24.1.0\npython 3.99.0\n",
            ),
            (
                "web/Dockerfile",
                "FROM node:18.3.0-alpine3.14 AS build\nFROM build\n",
            ),
            ("node_modules/x/.nvmrc", "12\n"),
            ("package.json", "{\"engines\": {\"node\": \">=18\"}}\n"),
        ]);
        let seen: Vec<String> = found
            .iter()
            .map(|c| {
                format!(
                    "{} {:?} {} {} {:?}",
                    c.product, c.cycle, c.file, c.eol, c.supported
                )
            })
            .collect();
        assert_eq!(
            seen,
            vec![
                r#"nodejs Some("18") .nvmrc "2025-04-30" Some(false)"#,
                r#"nodejs Some("24") .tool-versions "2028-04-30" Some(true)"#,
                r#"python Some("3.99") .tool-versions null None"#,
                r#"nodejs None package.json null None"#,
                r#"nodejs Some("18") web/Dockerfile "2025-04-30" Some(false)"#,
                r#"alpine-linux Some("3.14") web/Dockerfile "2023-05-01" Some(false)"#,
            ]
        );
        assert_eq!(found[0].title, "Node.js");
        let Some(at) = sources.locate("/observed/components/1/version") else {
            panic!("located")
        };
        assert_eq!(at.file.line_col(at.span.start), (2, 8));
        assert_eq!(&at.file.text[at.span.clone()], "24.1.0");
        let Some(at) = sources.locate("/observed/components/5") else {
            panic!("located")
        };
        assert_eq!(&at.file.text[at.span.clone()], "3.14");
    }

    #[test]
    fn lts_codenames_and_global_json_cycles() {
        let (found, _) = observe_files(&[
            (".node-version", "lts/hydrogen\n"),
            ("global.json", "{\"sdk\": {\"version\": \"8.0.100\"}}"),
            ("go.mod", "module x\n\ngo 1.22\n"),
            ("Gemfile", "ruby \"~> 3.3.0\"\n"),
        ]);
        let seen: Vec<(&str, Option<&str>)> = found
            .iter()
            .map(|c| (c.product.as_str(), c.cycle.as_deref()))
            .collect();
        assert_eq!(
            seen,
            vec![
                ("nodejs", Some("18")),
                ("ruby", Some("3.3")),
                ("dotnet", Some("8")),
                ("go", Some("1.22"))
            ]
        );
    }

    #[test]
    fn dockerfile_names() {
        for name in [
            "Dockerfile",
            "api.Dockerfile",
            "Dockerfile.prod",
            "Containerfile",
        ] {
            assert!(reader_for(name).is_some(), "{name}");
        }
        for name in [
            "Dockerfile.md",
            "dockerfile-lint.sh",
            "Dockerfile.dockerignore",
        ] {
            assert!(reader_for(name).is_none(), "{name}");
        }
    }
}
