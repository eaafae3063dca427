//! The manifest `wgll init` writes: its template with what the repository
//! showed filled in, each fact with where it was found (`# found in ...`),
//! and every other fact left as the template's `TODO:` placeholder. Reads
//! the input document as JSON, so what an observer adds is used as soon as
//! it is there.

/// One fact init filled in: (field, value, where it was found).
pub type Inferred = (&'static str, String, String);

/// The manifest template (`#=key` marking the lines to fill) with what was
/// observed filled in, and what was filled.
pub fn prefilled(template: &str, input: &serde_json::Value) -> (String, Vec<Inferred>) {
    let observed = observations(input);
    let mut inferred = Vec::new();
    let mut out = String::new();
    // After a block list written from what was observed, the template's
    // own items below it (deeper than its key) are replaced, so skipped.
    let mut replaced_below: Option<usize> = None;
    for line in template.lines() {
        let depth = line.len() - line.trim_start().len();
        if let Some(key_depth) = replaced_below {
            if depth > key_depth && line.trim_start().starts_with("- ") {
                continue;
            }
            replaced_below = None;
        }
        let Some((body, key)) = line.rsplit_once("#=") else {
            out.push_str(line);
            out.push('\n');
            continue;
        };
        let key = key.trim();
        let body = body.trim_end();
        match observed.iter().find(|o| o.key == key) {
            Some(o) => {
                let (field, _) = body.split_once(':').unwrap_or((body, ""));
                let indent = &field[..depth];
                if o.lines.is_empty() {
                    out.push_str(&format!("{field}: {}  # found in {}\n", o.value, o.source));
                } else {
                    out.push_str(&format!("{field}:  # found in {}\n", o.source));
                    for item in &o.lines {
                        out.push_str(&format!("{indent}  - {item}\n"));
                    }
                    replaced_below = Some(depth);
                }
                inferred.push((o.field, o.value.clone(), o.source.clone()));
            }
            None => {
                out.push_str(body);
                out.push('\n');
            }
        }
    }
    (out, inferred)
}

/// A fact observed for a marked template line.
struct Observation {
    key: &'static str,
    field: &'static str,
    /// The value as YAML (a scalar or a flow list).
    value: String,
    /// For a block list: its items as YAML, one per line.
    lines: Vec<String>,
    source: String,
}

/// YAML text for a string, quoted when plain text would be read otherwise.
fn scalar(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| format!("{text:?}"))
}

/// What the repository shows that the template has a place for.
fn observations(input: &serde_json::Value) -> Vec<Observation> {
    let mut out = Vec::new();
    let text = |v: &serde_json::Value| {
        v.as_str()
            .map(str::to_string)
            .filter(|s| !s.trim().is_empty())
    };
    let catalog = &input["documents"]["catalog-info.yaml"];
    let publiccode = &input["documents"]["publiccode.yml"];
    let name = text(&catalog["metadata"]["title"])
        .map(|n| (n, "catalog-info.yaml".to_string()))
        .or_else(|| text(&publiccode["name"]).map(|n| (n, "publiccode.yml".to_string())))
        .or_else(|| {
            let remote = input["repository"]["git"]["remote"].as_str()?;
            let name = remote.trim_end_matches('/').trim_end_matches(".git");
            let name = name.rsplit(['/', ':']).next()?.to_string();
            (!name.is_empty()).then(|| (name, "the git remote".to_string()))
        });
    if let Some((value, source)) = name {
        out.push(Observation {
            key: "name",
            field: "service.name",
            value: scalar(&value),
            lines: Vec::new(),
            source,
        });
    }
    if let Some(owner) = text(&publiccode["legal"]["mainCopyrightOwner"]) {
        out.push(Observation {
            key: "organisation",
            field: "service.organisation",
            value: scalar(&owner),
            lines: Vec::new(),
            source: "publiccode.yml".into(),
        });
    }
    let policy = &input["observed"]["files"]["security_policy"];
    if let (Some(file), false) = (
        policy["file"].as_str(),
        policy["hollow"].as_bool().unwrap_or(true),
    ) {
        out.push(Observation {
            key: "security_policy",
            field: "security.vulnerability_disclosure",
            value: scalar(file),
            lines: Vec::new(),
            source: file.to_string(),
        });
    }
    let licence = &input["observed"]["files"]["licence"];
    if let (Some(id), Some(file)) = (licence["spdx"].as_str(), licence["file"].as_str()) {
        out.push(Observation {
            key: "licence",
            field: "open_source.licence",
            value: scalar(id),
            lines: Vec::new(),
            source: format!("{file}'s text"),
        });
    }
    // Regions the infrastructure code stores data in (edge-only ones are not hosting).
    let mut regions: Vec<String> = Vec::new();
    let mut region_files: Vec<String> = Vec::new();
    for r in input["observed"]["hosting"]["regions"]
        .as_array()
        .into_iter()
        .flatten()
    {
        if r["edge_only"].as_bool() == Some(true) {
            continue;
        }
        if let Some(region) = r["region"].as_str()
            && !regions.iter().any(|x| x == region)
        {
            regions.push(region.to_string());
            if let Some(file) = r["file"].as_str()
                && !region_files.iter().any(|f| f == file)
            {
                region_files.push(file.to_string());
            }
        }
    }
    if !regions.is_empty() {
        let value = format!(
            "[{}]",
            regions
                .iter()
                .map(|r| scalar(r))
                .collect::<Vec<_>>()
                .join(", ")
        );
        out.push(Observation {
            key: "regions",
            field: "hosting.regions",
            value,
            lines: Vec::new(),
            source: region_files.join(", "),
        });
    }
    let mut items = Vec::new();
    let mut sources = Vec::new();
    // One entry per product release: `.nvmrc`, `.tool-versions` and a
    // Dockerfile pinning Node.js 22 three ways are one component.
    let mut releases: Vec<(String, String)> = Vec::new();
    for c in input["observed"]["components"]
        .as_array()
        .into_iter()
        .flatten()
    {
        let (Some(product), Some(version)) = (c["product"].as_str(), c["version"].as_str()) else {
            continue;
        };
        // The end-of-life date comes from the bundled data, for the
        // release cycle the file pins; without one it stays to be filled.
        let eol = c["eol"]
            .as_str()
            .map_or_else(|| scalar("TODO: its end-of-life date"), scalar);
        let release = (
            product.to_string(),
            c["cycle"].as_str().unwrap_or(version).to_string(),
        );
        if releases.contains(&release) {
            continue;
        }
        releases.push(release);
        let item = format!(
            "{{name: {}, version: {}, eol: {eol}}}",
            scalar(product),
            scalar(version)
        );
        if !items.contains(&item) {
            items.push(item);
            if let Some(file) = c["file"].as_str()
                && !sources.iter().any(|s| s == file)
            {
                sources.push(file.to_string());
            }
        }
    }
    if !items.is_empty() {
        out.push(Observation {
            key: "components",
            field: "technology.components",
            value: format!("{} components", items.len()),
            lines: items,
            source: sources.join(", "),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "technology:\n  components:   #=components\n    - {name: \"TODO: runtime\"}\nsecurity:\n  mfa: \"TODO: enforced\"\n";

    #[test]
    fn an_observed_list_replaces_the_template_items() {
        let input = serde_json::json!({"observed": {"components": [
            {"product": "nodejs", "version": "20.11.1", "file": ".nvmrc"},
        ]}});
        let (text, inferred) = prefilled(TEMPLATE, &input);
        assert_eq!(
            text,
            "technology:\n  components:  # found in .nvmrc\n    - {name: \"nodejs\", version: \"20.11.1\", eol: \"TODO: its end-of-life date\"}\nsecurity:\n  mfa: \"TODO: enforced\"\n"
        );
        assert_eq!(inferred.len(), 1);
    }

    #[test]
    fn a_known_end_of_life_and_the_licence_are_filled_in() {
        let template =
            "open_source:\n  licence: \"TODO: spdx\"   #=licence\n".to_string() + TEMPLATE;
        let input = serde_json::json!({"observed": {
            "files": {"licence": {"file": "LICENCE", "spdx": "MIT"}},
            "components": [{"product": "nodejs", "version": "18", "file": ".nvmrc", "eol": "2025-04-30"}],
        }});
        let (text, inferred) = prefilled(&template, &input);
        assert!(
            text.contains("  licence: \"MIT\"  # found in LICENCE's text\n"),
            "{text}"
        );
        assert!(text.contains("eol: \"2025-04-30\"}"), "{text}");
        assert_eq!(inferred.len(), 2);
        let unknown = serde_json::json!({"observed": {"files": {"licence": {"file": "LICENCE", "spdx": null}}}});
        let (text, _) = prefilled(&template, &unknown);
        assert!(
            text.contains("\"TODO: spdx\""),
            "an unrecognised licence stays to be filled: {text}"
        );
    }

    #[test]
    fn one_entry_per_release_however_many_files_pin_it() {
        let input = serde_json::json!({"observed": {"components": [
            {"product": "dotnet", "cycle": "10", "version": "10", "file": ".tool-versions", "eol": "2028-11-14"},
            {"product": "dotnet", "cycle": "10", "version": "10.0.302", "file": "Dockerfile", "eol": "2028-11-14"},
            {"product": "alpine-linux", "cycle": "3.23", "version": "3.23", "file": "Dockerfile", "eol": "2027-11-01"},
            {"product": "dotnet", "cycle": "8", "version": "8.0", "file": "old/Dockerfile", "eol": "2026-11-10"},
        ]}});
        let (text, _) = prefilled(TEMPLATE, &input);
        assert!(
            text.contains("  components:  # found in .tool-versions, Dockerfile, old/Dockerfile\n    - {name: \"dotnet\", version: \"10\", eol: \"2028-11-14\"}\n    - {name: \"alpine-linux\", version: \"3.23\", eol: \"2027-11-01\"}\n    - {name: \"dotnet\", version: \"8.0\", eol: \"2026-11-10\"}\n"),
            "{text}"
        );
    }

    #[test]
    fn without_observations_the_template_stands() {
        let (text, inferred) = prefilled(TEMPLATE, &serde_json::Value::Null);
        assert_eq!(
            text,
            "technology:\n  components:\n    - {name: \"TODO: runtime\"}\nsecurity:\n  mfa: \"TODO: enforced\"\n"
        );
        assert!(inferred.is_empty());
    }
}
