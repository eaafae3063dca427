//! Container files: Dockerfile `FROM` lines, with the `ARG` defaults they
//! use, and a devcontainer's `image`; the references are read by
//! [`super::images`]. An image that cannot be resolved as written (an
//! `ARG` with no default) pins nothing.

use std::collections::{BTreeMap, BTreeSet};

use super::images::{Located, image};
use super::pins::numeric;
use super::{How, Pin};

/// Tools whose version a Dockerfile commonly takes as an `ARG` it installs
/// itself (`ARG NODE_VERSION=22.15.0`, then a download), by the ARG's name.
pub const ARG_PRODUCTS: &[(&str, &str)] = &[
    ("NODE_VERSION", "nodejs"),
    ("NODEJS_VERSION", "nodejs"),
    ("PYTHON_VERSION", "python"),
    ("RUBY_VERSION", "ruby"),
    ("GO_VERSION", "go"),
    ("GOLANG_VERSION", "go"),
    ("DOTNET_VERSION", "dotnet"),
    ("PHP_VERSION", "php"),
    ("TERRAFORM_VERSION", "terraform"),
];

/// An `ARG`'s default, with where its text starts.
type Args = BTreeMap<String, Option<(String, usize)>>;

/// Reads `ARG NAME=value [NAME2=value2]` (the words after `ARG`, starting
/// at `start`) into `args`.
fn read_args(words: &str, start: usize, args: &mut Args) {
    let mut offset = start;
    for word in words.split_inclusive(char::is_whitespace) {
        let here = offset;
        offset += word.len();
        let word = word.trim_end();
        if word.is_empty() {
            continue;
        }
        match word.split_once('=') {
            Some((name, value)) => {
                let mut at = here + name.len() + 1;
                let mut value = value;
                if let Some(inner) = value
                    .strip_prefix('"')
                    .and_then(|v| v.strip_suffix('"'))
                    .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
                {
                    value = inner;
                    at += 1;
                }
                args.insert(name.to_string(), Some((value.to_string(), at)));
            }
            None => {
                args.entry(word.to_string()).or_insert(None);
            }
        }
    }
}

/// Substitutes `$NAME`, `${NAME}` and `${NAME:-default}` in `text` (at
/// `start` in the file) from `args`; `None` when a variable has no value,
/// since an image that cannot be read is not guessed at. The names used
/// are added to `used`.
fn substitute(
    text: &str,
    start: usize,
    args: &Args,
    used: &mut BTreeSet<String>,
) -> Option<Located> {
    let mut out = Located::default();
    let mut rest = text;
    let mut at = start;
    while let Some(dollar) = rest.find('$') {
        out.push(&rest[..dollar], at);
        let after = &rest[dollar + 1..];
        let (name, default, taken) = if let Some(inner) = after.strip_prefix('{') {
            let close = inner.find('}')?;
            let body = &inner[..close];
            let (name, default) = match body.split_once(":-").or_else(|| body.split_once('-')) {
                Some((n, d)) => (
                    n,
                    Some((
                        d,
                        at + dollar + 2 + n.len() + (body.len() - n.len() - d.len()),
                    )),
                ),
                None => (body, None),
            };
            (name, default, close + 2)
        } else {
            let len = after
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(after.len());
            (&after[..len], None, len)
        };
        if name.is_empty() {
            return None;
        }
        used.insert(name.to_string());
        match (args.get(name), default) {
            (Some(Some((value, from))), _) => out.push(value, *from),
            (_, Some((value, from))) => out.push(value, from),
            _ => return None,
        }
        let consumed = dollar + 1 + taken;
        at += consumed;
        rest = &rest[consumed..];
    }
    out.push(rest, at);
    Some(out)
}

/// A Dockerfile: each `FROM` image with the global `ARG` defaults it uses
/// resolved, and each `ARG <TOOL>_VERSION=` default no `FROM` uses.
/// `scratch`, earlier stages (`FROM build AS final`) and images that
/// cannot be resolved are passed over.
pub fn dockerfile(text: &str) -> Vec<Pin> {
    let mut pins = Vec::new();
    let mut global = Args::new();
    let mut declared: Vec<(String, Option<(String, usize)>)> = Vec::new();
    let mut used = BTreeSet::new();
    let mut stages: BTreeSet<String> = BTreeSet::new();
    let mut seen_from = false;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let here = offset;
        offset += line.len();
        let content = line.trim_end();
        let trimmed = content.trim_start();
        if trimmed.starts_with('#') || trimmed.is_empty() {
            continue;
        }
        let indent = content.len() - trimmed.len();
        let (instruction, words) = trimmed
            .split_once(char::is_whitespace)
            .unwrap_or((trimmed, ""));
        let words_at =
            here + indent + instruction.len() + (trimmed.len() - instruction.len() - words.len());
        let words_trim = words.trim_start();
        let words_at = words_at + (words.len() - words_trim.len());
        match instruction.to_ascii_uppercase().as_str() {
            "ARG" => {
                let mut args = Args::new();
                read_args(words_trim, words_at, &mut args);
                for (name, value) in &args {
                    declared.push((name.clone(), value.clone()));
                }
                if !seen_from {
                    global.extend(args);
                }
            }
            "FROM" => {
                seen_from = true;
                let mut offset = words_at;
                let mut reference: Option<(&str, usize)> = None;
                let mut stage_name = false;
                for word in words_trim.split_inclusive(char::is_whitespace) {
                    let at = offset;
                    offset += word.len();
                    let word = word.trim_end();
                    if word.is_empty() || word.starts_with("--") {
                        continue;
                    }
                    if reference.is_none() {
                        reference = Some((word, at));
                    } else if word.eq_ignore_ascii_case("as") {
                        stage_name = true;
                    } else if stage_name {
                        stages.insert(word.to_ascii_lowercase());
                        break;
                    }
                }
                let Some((reference, at)) = reference else {
                    continue;
                };
                let Some(resolved) = substitute(reference, at, &global, &mut used) else {
                    continue;
                };
                let lower = resolved.text.to_ascii_lowercase();
                if lower == "scratch" || stages.contains(&lower) {
                    continue;
                }
                pins.extend(image(&resolved, "dockerfile"));
            }
            _ => {}
        }
    }
    for (name, value) in declared {
        let Some((_, product)) = ARG_PRODUCTS.iter().find(|(n, _)| *n == name) else {
            continue;
        };
        let Some((value, at)) = value else {
            continue;
        };
        if used.contains(&name) || !numeric(&value) {
            continue;
        }
        pins.push(Pin {
            product,
            version: value.clone(),
            span: at..at + value.len(),
            source: "dockerfile-arg",
            how: How::Version,
        });
    }
    pins
}

/// A devcontainer's `"image"` (the file is JSON with comments, so the key
/// is found in the text; a `//` line is passed over).
pub fn devcontainer(text: &str) -> Vec<Pin> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let here = offset;
        offset += line.len();
        if line.trim_start().starts_with("//") {
            continue;
        }
        let Some(key) = line.find("\"image\"") else {
            continue;
        };
        let after = &line[key + "\"image\"".len()..];
        let Some(value) = after.trim_start().strip_prefix(':') else {
            continue;
        };
        let value = value.trim_start();
        let Some(inner) = value.strip_prefix('"') else {
            continue;
        };
        let Some(end) = inner.find('"') else {
            continue;
        };
        let start = here + (line.len() - value.len()) + 1;
        let mut located = Located::default();
        located.push(&inner[..end], start);
        return image(&located, "devcontainer");
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(pins: &[Pin], text: &str) -> Vec<(&'static str, String, String)> {
        pins.iter()
            .map(|p| {
                assert_eq!(&text[p.span.clone()], p.version, "span of {p:?}");
                let how = match &p.how {
                    How::Cycle(c) => format!("cycle {c}"),
                    How::Version => p.source.to_string(),
                    How::Range => "range".into(),
                };
                (p.product, p.version.clone(), how)
            })
            .collect()
    }

    fn names(text: &str) -> Vec<(&'static str, String, String)> {
        seen(&dockerfile(text), text)
    }

    fn d(product: &'static str, version: &str) -> (&'static str, String, String) {
        (product, version.to_string(), "dockerfile".to_string())
    }

    #[test]
    fn arg_defaults_are_resolved_and_located_where_written() {
        let text = "ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}-slim\n";
        assert_eq!(names(text), vec![d("nodejs", "20")]);
        assert_eq!(dockerfile(text)[0].span, 17..19);
        let text = "# syntax=docker/dockerfile:1\nARG RUBY_VERSION=\"3.3.0\"\nFROM ruby:$RUBY_VERSION-slim AS base\nFROM base AS build\nARG NODE_VERSION=22.15.0\nRUN install \"$NODE_VERSION\"\nFROM base\n";
        assert_eq!(
            names(text),
            vec![
                d("ruby", "3.3.0"),
                ("nodejs", "22.15.0".into(), "dockerfile-arg".into())
            ]
        );
        assert_eq!(
            names("FROM python:${PY:-3.12}\n"),
            vec![d("python", "3.12")]
        );
    }

    #[test]
    fn what_cannot_be_read_pins_nothing() {
        assert!(names("ARG IMAGE\nFROM node:$IMAGE\n").is_empty());
        assert!(names("ARG TAG=latest\nARG REPO=app\nFROM ${REPO}:${TAG}\n").is_empty());
        assert!(names("FROM scratch\n").is_empty());
        assert!(names("FROM node@sha256:abcdef\n").is_empty());
        assert!(names("FROM python:latest\nFROM node\n").is_empty());
        assert!(names("FROM mcr.microsoft.com/devcontainers/base:ubuntu\n").is_empty());
        assert!(names("FROM golang:1.22 AS build\nFROM build\n").len() == 1);
    }

    #[test]
    fn devcontainer_image() {
        let text = "{\n  // the base\n  \"name\": \"x\",\n  \"image\": \"mcr.microsoft.com/devcontainers/python:3.12-bookworm\"\n}\n";
        let pins = devcontainer(text);
        assert_eq!(
            seen(&pins, text),
            vec![("debian", "bookworm".into(), "cycle 12".into())],
            "the devcontainers' own python image tags are not the runtime's"
        );
        let text = "{\"image\": \"node:20-bookworm\"}";
        assert_eq!(
            seen(&devcontainer(text), text),
            vec![
                ("nodejs", "20".into(), "devcontainer".into()),
                ("debian", "bookworm".into(), "cycle 12".into())
            ]
        );
    }
}
