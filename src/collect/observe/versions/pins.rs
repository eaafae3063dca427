//! Version files that pin one tool each (`.nvmrc`, `.node-version`,
//! `.python-version`, `.ruby-version`, `.terraform-version`) and asdf's and
//! mise's `.tool-versions`, which pins many.

use super::{How, Pin};

/// Node.js's long-term-support codenames (`lts/hydrogen` in `.nvmrc`), by
/// release line.
const NODE_LTS: &[(&str, &str)] = &[
    ("argon", "4"),
    ("boron", "6"),
    ("carbon", "8"),
    ("dubnium", "10"),
    ("erbium", "12"),
    ("fermium", "14"),
    ("gallium", "16"),
    ("hydrogen", "18"),
    ("iron", "20"),
    ("jod", "22"),
    ("krypton", "24"),
];

/// asdf and mise plugin names, and the product each pins. `java` is read by
/// its distribution (below).
const TOOLS: &[(&str, &str)] = &[
    ("nodejs", "nodejs"),
    ("node", "nodejs"),
    ("python", "python"),
    ("ruby", "ruby"),
    ("golang", "go"),
    ("go", "go"),
    ("dotnet", "dotnet"),
    ("dotnet-core", "dotnet"),
    ("php", "php"),
    ("deno", "deno"),
    ("bun", "bun"),
    ("rust", "rust"),
    ("elixir", "elixir"),
    ("erlang", "erlang"),
    ("perl", "perl"),
    ("terraform", "terraform"),
    ("opentofu", "opentofu"),
    ("postgres", "postgresql"),
    ("postgresql", "postgresql"),
    ("redis", "redis"),
    ("mysql", "mysql"),
    ("gradle", "gradle"),
    ("maven", "apache-maven"),
];

/// asdf-java's distribution prefixes (`temurin-17.0.9+9`), and the product.
const JAVA: &[(&str, &str)] = &[
    ("temurin-", "eclipse-temurin"),
    ("adoptopenjdk-", "eclipse-temurin"),
    ("corretto-", "amazon-corretto"),
    ("zulu-", "azul-zulu"),
    ("liberica-", "bellsoft-liberica"),
    ("microsoft-", "microsoft-build-of-openjdk"),
    ("openjdk-", "openjdk-builds-from-oracle"),
    ("oracle-", "oracle-jdk"),
];

/// Every product this file can name, for the test that the data has them.
#[cfg(test)]
pub const PRODUCTS: &[&str] = &[
    "nodejs",
    "python",
    "ruby",
    "go",
    "dotnet",
    "php",
    "deno",
    "bun",
    "rust",
    "elixir",
    "erlang",
    "perl",
    "terraform",
    "opentofu",
    "postgresql",
    "redis",
    "mysql",
    "gradle",
    "apache-maven",
    "eclipse-temurin",
    "amazon-corretto",
    "azul-zulu",
    "bellsoft-liberica",
    "microsoft-build-of-openjdk",
    "openjdk-builds-from-oracle",
    "oracle-jdk",
];

/// Whether `text` starts like a version number (`18`, `v18.19.0`).
pub fn numeric(text: &str) -> bool {
    let text = text.strip_prefix(['v', 'V']).unwrap_or(text);
    text.starts_with(|c: char| c.is_ascii_digit())
}

/// The first line of a one-tool version file that says something, with
/// where it starts: comments (`#`) and blank lines are passed over.
fn first_value(text: &str) -> Option<(&str, usize)> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let content = line.split('#').next().unwrap_or("");
        let trimmed = content.trim();
        if !trimmed.is_empty() {
            let start = offset + (content.len() - content.trim_start().len());
            return Some((trimmed, start));
        }
        offset += line.len();
    }
    None
}

/// A one-tool version file: `.nvmrc` and `.node-version` (Node.js, with
/// `lts/<codename>`), `.python-version`, `.ruby-version` (`ruby-3.3.0`
/// too), `.terraform-version`. Aliases that name no release (`lts/*`,
/// `node`, `latest`, `system`) are not pins.
pub fn version_file(product: &'static str, source: &'static str, text: &str) -> Vec<Pin> {
    let Some((value, start)) = first_value(text) else {
        return Vec::new();
    };
    let (value, start) = match value.strip_prefix("ruby-") {
        Some(rest) if product == "ruby" => (rest, start + "ruby-".len()),
        _ => (value, start),
    };
    let span = start..start + value.len();
    if product == "nodejs"
        && let Some(name) = value.strip_prefix("lts/")
    {
        let name = name.to_ascii_lowercase();
        return NODE_LTS
            .iter()
            .find(|(codename, _)| *codename == name)
            .map(|(_, cycle)| Pin {
                product,
                version: value.to_string(),
                span,
                source,
                how: How::Cycle((*cycle).to_string()),
            })
            .into_iter()
            .collect();
    }
    if !numeric(value) {
        return Vec::new();
    }
    vec![Pin {
        product,
        version: value.to_string(),
        span,
        source,
        how: How::Version,
    }]
}

/// `.tool-versions`: `<tool> <version> [<fallback>...]`, one a line, `#`
/// comments; the first version is the one in use. Tools wgll has no
/// end-of-life data for (linters, CLIs) and versions that are not releases
/// (`system`, `latest`, `ref:...`, `path:...`) are passed over.
pub fn tool_versions(text: &str) -> Vec<Pin> {
    let mut pins = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let content = line.split('#').next().unwrap_or("");
        let mut words = word_spans(content);
        let here = offset;
        offset += line.len();
        let (Some((tool, _)), Some((version, at))) = (words.next(), words.next()) else {
            continue;
        };
        let (product, version, at) = if tool == "java" {
            let Some((prefix, product)) = JAVA.iter().find(|(p, _)| version.starts_with(p)) else {
                continue;
            };
            (*product, &version[prefix.len()..], at + prefix.len())
        } else {
            let Some((_, product)) = TOOLS.iter().find(|(t, _)| *t == tool) else {
                continue;
            };
            (*product, version, at)
        };
        if !numeric(version) {
            continue;
        }
        pins.push(Pin {
            product,
            version: version.to_string(),
            span: here + at..here + at + version.len(),
            source: "tool-versions",
            how: How::Version,
        });
    }
    pins
}

/// The words of a line with their offsets.
fn word_spans(line: &str) -> impl Iterator<Item = (&str, usize)> {
    line.split_whitespace().map(move |word| {
        let at = word.as_ptr() as usize - line.as_ptr() as usize;
        (word, at)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(pins: &[Pin], text: &str) -> Vec<(String, String, String)> {
        pins.iter()
            .map(|p| {
                assert_eq!(&text[p.span.clone()], p.version, "span of {p:?}");
                let how = match &p.how {
                    How::Cycle(c) => format!("cycle {c}"),
                    How::Version => "version".into(),
                    How::Range => "range".into(),
                };
                (p.product.to_string(), p.version.clone(), how)
            })
            .collect()
    }

    fn one(product: &'static str, text: &str) -> Vec<(String, String, String)> {
        seen(&version_file(product, "nvmrc", text), text)
    }

    #[test]
    fn node_version_files() {
        let v = |s: &str| vec![("nodejs".into(), s.to_string(), "version".to_string())];
        assert_eq!(one("nodejs", "18.19.0\n"), v("18.19.0"));
        assert_eq!(one("nodejs", "v18\n"), v("v18"));
        assert_eq!(one("nodejs", "# pinned\n\n  20.11.1  \n"), v("20.11.1"));
        assert_eq!(
            one("nodejs", "lts/hydrogen\n"),
            vec![("nodejs".into(), "lts/hydrogen".into(), "cycle 18".into())]
        );
        assert!(one("nodejs", "lts/*\n").is_empty());
        assert!(one("nodejs", "node\n").is_empty());
        assert!(one("nodejs", "").is_empty());
    }

    #[test]
    fn ruby_python_and_terraform_files() {
        assert_eq!(
            one("ruby", "ruby-3.3.0\n"),
            vec![("ruby".into(), "3.3.0".into(), "version".into())]
        );
        assert_eq!(
            one("python", "3.12.1\n"),
            vec![("python".into(), "3.12.1".into(), "version".into())]
        );
        assert!(one("terraform", "latest:^1.5\n").is_empty());
        assert!(one("python", "system\n").is_empty());
    }

    #[test]
    fn tool_versions_pins_runtimes_not_linters() {
        let text = "nodejs 20.11.0\npython   3.12.1 3.11.7 # fallback\nterraform 1.7.0\n\
                    # ruby 2.7.0\ngitleaks 8.18.0\ngolang 1.22.0\njava temurin-17.0.9+9\n\
                    java graalvm-21\nruby system\ndotnet 8.0.100\npostgres 16.1\n";
        let got = seen(&tool_versions(text), text);
        let names: Vec<(&str, &str)> = got
            .iter()
            .map(|(p, v, _)| (p.as_str(), v.as_str()))
            .collect();
        assert_eq!(
            names,
            vec![
                ("nodejs", "20.11.0"),
                ("python", "3.12.1"),
                ("terraform", "1.7.0"),
                ("go", "1.22.0"),
                ("eclipse-temurin", "17.0.9+9"),
                ("dotnet", "8.0.100"),
                ("postgresql", "16.1"),
            ]
        );
    }
}
