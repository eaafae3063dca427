//! Package and project manifests that state a runtime: `global.json`
//! (`sdk.version`), `go.mod` (`go 1.22`), `package.json` (`engines.node`,
//! Volta's `volta.node`), `pyproject.toml` (`requires-python`, Poetry's
//! `python` dependency) and a `Gemfile`'s `ruby` line.

use std::ops::Range;

use serde_json::Value;

use super::{How, Pin};
use crate::yaml::{self, YamlLimits};

/// A JSON file's string at `pointer`, with the span of its text inside
/// the quotes. JSON is read as YAML 1.2, which holds it, for the spans.
fn json_string(text: &str, pointer: &str) -> Option<(String, Range<usize>)> {
    let doc = yaml::parse(text, YamlLimits::default()).ok()?;
    let value = doc
        .value
        .pointer(pointer)
        .and_then(Value::as_str)?
        .to_string();
    let span = doc
        .spans
        .iter()
        .find(|(p, _)| p == pointer)
        .map(|(_, s)| s.value.clone())?;
    let written = text.get(span.clone())?;
    let span = match written.find(value.as_str()) {
        Some(at) => span.start + at..span.start + at + value.len(),
        None => span,
    };
    Some((value, span))
}

/// `global.json`: the .NET SDK the repository builds with.
pub fn global_json(text: &str) -> Vec<Pin> {
    json_string(text, "/sdk/version")
        .filter(|(v, _)| super::pins::numeric(v))
        .map(|(version, span)| Pin {
            product: "dotnet",
            version,
            span,
            source: "global-json",
            how: How::Version,
        })
        .into_iter()
        .collect()
}

/// `package.json`: `engines.node` (a range, named by its cycle only when
/// it stays within one) and `volta.node` (a version).
pub fn package_json(text: &str) -> Vec<Pin> {
    let mut pins = Vec::new();
    if let Some((version, span)) = json_string(text, "/engines/node")
        && !version.trim().is_empty()
    {
        pins.push(Pin {
            product: "nodejs",
            version,
            span,
            source: "package-engines",
            how: How::Range,
        });
    }
    if let Some((version, span)) = json_string(text, "/volta/node")
        && super::pins::numeric(&version)
    {
        pins.push(Pin {
            product: "nodejs",
            version,
            span,
            source: "package-volta",
            how: How::Version,
        });
    }
    pins
}

/// `go.mod`'s `go` directive: the language version the module needs.
pub fn go_mod(text: &str) -> Vec<Pin> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let here = offset;
        offset += line.len();
        let content = line.split("//").next().unwrap_or("");
        let trimmed = content.trim_start();
        let Some(rest) = trimmed.strip_prefix("go") else {
            continue;
        };
        if !rest.starts_with([' ', '\t']) {
            continue;
        }
        let version = rest.trim();
        if !super::pins::numeric(version) {
            continue;
        }
        let at =
            here + (content.len() - trimmed.len()) + 2 + (rest.len() - rest.trim_start().len());
        return vec![Pin {
            product: "go",
            version: version.to_string(),
            span: at..at + version.len(),
            source: "go-mod",
            how: How::Version,
        }];
    }
    Vec::new()
}

/// `pyproject.toml`: `[project] requires-python` and Poetry's
/// `[tool.poetry.dependencies] python`, both ranges. Read line by line
/// (a key and a quoted string on one line is how both are written).
pub fn pyproject(text: &str) -> Vec<Pin> {
    let mut pins = Vec::new();
    let mut table = String::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let here = offset;
        offset += line.len();
        let trimmed = line.trim();
        if trimmed.starts_with('[') {
            table = trimmed
                .trim_start_matches('[')
                .split(']')
                .next()
                .unwrap_or("")
                .trim()
                .to_string();
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        let source = match (table.as_str(), key.trim().trim_matches('"')) {
            ("project", "requires-python") => "requires-python",
            ("tool.poetry.dependencies", "python") => "poetry",
            _ => continue,
        };
        let value_at = here + key.len() + 1;
        let inner = value.trim_start();
        let Some(quote) = inner.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            continue;
        };
        let Some(end) = inner[1..].find(quote) else {
            continue;
        };
        let version = &inner[1..1 + end];
        let start = value_at + (value.len() - inner.len()) + 1;
        if version.trim().is_empty() {
            continue;
        }
        pins.push(Pin {
            product: "python",
            version: version.to_string(),
            span: start..start + version.len(),
            source,
            how: How::Range,
        });
    }
    pins
}

/// A `Gemfile`'s `ruby "3.3.0"` (or `"~> 3.3"`); `ruby file: ".ruby-version"`
/// names the version file, read on its own.
pub fn gemfile(text: &str) -> Vec<Pin> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let here = offset;
        offset += line.len();
        let trimmed = line.trim_start();
        let Some(rest) = trimmed.strip_prefix("ruby") else {
            continue;
        };
        let inner = rest.trim_start();
        if inner.len() == rest.len() && !rest.starts_with('(') {
            continue;
        }
        let inner = inner.trim_start_matches('(').trim_start();
        let Some(quote) = inner.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            continue;
        };
        let Some(end) = inner[1..].find(quote) else {
            continue;
        };
        let version = &inner[1..1 + end];
        let start = here + (line.len() - inner.len()) + 1;
        if version.trim().is_empty() {
            continue;
        }
        return vec![Pin {
            product: "ruby",
            version: version.to_string(),
            span: start..start + version.len(),
            source: "gemfile",
            how: How::Range,
        }];
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(pins: &[Pin], text: &str) -> Vec<(&'static str, String, &'static str)> {
        pins.iter()
            .map(|p| {
                assert_eq!(&text[p.span.clone()], p.version, "span of {p:?}");
                (p.product, p.version.clone(), p.source)
            })
            .collect()
    }

    #[test]
    fn global_json_names_the_sdk() {
        let text = "{\n  \"sdk\": {\n    \"version\": \"8.0.100\",\n    \"rollForward\": \"latestFeature\"\n  }\n}\n";
        assert_eq!(
            seen(&global_json(text), text),
            vec![("dotnet", "8.0.100".into(), "global-json")]
        );
        assert!(global_json("{\"msbuild-sdks\": {}}").is_empty());
        assert!(global_json("not json {").is_empty());
    }

    #[test]
    fn package_json_engines_and_volta() {
        let text = "{\n  \"name\": \"x\",\n  \"engines\": {\"node\": \">=18 <21\", \"npm\": \">=9\"},\n  \"volta\": {\"node\": \"20.11.1\"}\n}\n";
        assert_eq!(
            seen(&package_json(text), text),
            vec![
                ("nodejs", ">=18 <21".into(), "package-engines"),
                ("nodejs", "20.11.1".into(), "package-volta"),
            ]
        );
        assert!(package_json("{\"engines\": {\"npm\": \"10\"}}").is_empty());
    }

    #[test]
    fn go_mod_go_directive() {
        let text = "module example.com/x\n\ngo 1.22\n\ntoolchain go1.22.3\n";
        assert_eq!(
            seen(&go_mod(text), text),
            vec![("go", "1.22".into(), "go-mod")]
        );
        assert!(go_mod("module x\ngolang.org/x/y v1\n").is_empty());
    }

    #[test]
    fn pyproject_requires_python_and_poetry() {
        let text = "[project]\nname = \"x\"\nrequires-python = \">=3.11,<3.12\"\n\n\
                    [tool.poetry.dependencies]\npython = '^3.11'\nrequests = \"^2\"\n\
                    [tool.other]\npython = \"3.9\"\n";
        assert_eq!(
            seen(&pyproject(text), text),
            vec![
                ("python", ">=3.11,<3.12".into(), "requires-python"),
                ("python", "^3.11".into(), "poetry"),
            ]
        );
    }

    #[test]
    fn gemfile_ruby_line() {
        let text = "source \"https://rubygems.org\"\n\nruby \"3.3.0\"\ngem \"rails\"\n";
        assert_eq!(
            seen(&gemfile(text), text),
            vec![("ruby", "3.3.0".into(), "gemfile")]
        );
        let text = "ruby '~> 3.2'\n";
        assert_eq!(
            seen(&gemfile(text), text),
            vec![("ruby", "~> 3.2".into(), "gemfile")]
        );
        assert!(gemfile("ruby file: \".ruby-version\"\ngem \"ruby-progressbar\"\n").is_empty());
    }
}
