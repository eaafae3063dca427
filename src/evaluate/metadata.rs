//! OPA-style `# METADATA` comment blocks, read into the rule catalogue, and
//! the entry of a reporting package that has none.
//!
//! regorus ignores comments, so wgll reads the blocks itself. The same files
//! stay valid for `opa check` and `opa inspect -a`.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use crate::yaml::{self, YamlLimits};

/// The seven WGLL success measures, as metadata keys.
pub const MEASURES: [&str; 7] = [
    "well_led",
    "smart_foundations",
    "safe_practice",
    "support_people",
    "empower_citizens",
    "improve_care",
    "healthy_populations",
];

/// The delivery phases of `service.phase`, as the manifest schema has them
/// (a test keeps the two the same).
pub const PHASES: [&str; 5] = ["discovery", "alpha", "beta", "live", "retiring"];

/// The kinds of `service.kind`, as the manifest schema has them (a test
/// keeps the two the same).
pub const KINDS: [&str; 7] = [
    "citizen-web",
    "citizen-app",
    "staff-app",
    "api",
    "data-pipeline",
    "infrastructure",
    "library",
];

/// How serious a finding is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Good practice or context.
    Info,
    /// A "should".
    Warning,
    /// A "must".
    Error,
}

impl Severity {
    /// Parses `error`, `warning` (or `warn`) and `info`.
    pub fn parse(text: &str) -> Option<Self> {
        match text.to_ascii_lowercase().as_str() {
            "error" | "deny" | "violation" => Some(Self::Error),
            "warning" | "warn" => Some(Self::Warning),
            "info" | "note" => Some(Self::Info),
            _ => None,
        }
    }

    /// The word used in outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Info => "info",
            Self::Warning => "warning",
            Self::Error => "error",
        }
    }
}

/// A guidance link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Resource {
    /// The URL.
    #[serde(rename = "ref")]
    pub url: String,
    /// What it is.
    pub description: Option<String>,
}

/// One rule's metadata: the single source of truth for its id, title,
/// severity, measure, TCoP points and advice.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RuleMeta {
    /// Stable id (`CLOUD-02`).
    pub id: String,
    /// One-line title.
    pub title: String,
    /// What the rule checks and why.
    pub description: String,
    /// Default severity.
    pub severity: Severity,
    /// Severities that replace `severity` while the service is in a phase
    /// (`live: error`): the requirements catalogue's phase escalation, kept
    /// in metadata so every command judges a live service the same way.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub severity_by_phase: BTreeMap<String, Severity>,
    /// The kinds of repository (`service.kind`) the rule applies to, from
    /// `custom.kinds`; empty, it applies to every kind. A repository of
    /// another kind gets no finding from it and does not count it, so a
    /// shared library is not asked for restore tests.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<String>,
    /// The WGLL success measure it serves.
    pub measure: Option<String>,
    /// TCoP point numbers.
    pub tcop: Vec<u32>,
    /// How to fix a failure.
    pub remediation: Option<String>,
    /// The requirement it encodes, in the project's requirements catalogue
    /// (`WGLL-WL-01`), for tracing a rule back to its source.
    pub requirement: Option<String>,
    /// Guidance links; the first is the primary one.
    pub related_resources: Vec<Resource>,
    /// The parts of the input the rule judges (`manifest`,
    /// `observed.hosting.regions`, `adrs`), from `custom.judges`; the rule
    /// is *assessed* for a repository when any of them holds something, or
    /// when it fires. Absent, a rule judges the manifest. Empty, it is
    /// assessed only when it fires (the waiver checks).
    pub judges: Vec<String>,
    /// The manifest's top-level sections the rule's source reads
    /// (`hosting`, `security`), found in its text: a rule that did not fire
    /// while a section it reads holds a placeholder has judged nothing, so
    /// it is not assessed rather than passed.
    #[serde(skip)]
    pub reads: Vec<String>,
    /// The Rego package (`data.wgll.cloud.hosting_region_offshore`).
    pub package: String,
    /// The policy file it is defined in.
    pub file: String,
    /// The 1-based line of the `# METADATA` block.
    pub line: usize,
}

impl RuleMeta {
    /// The rule's severity for a service in `phase` (`service.phase`).
    pub fn severity_in(&self, phase: Option<&str>) -> Severity {
        phase
            .and_then(|p| self.severity_by_phase.get(p))
            .copied()
            .unwrap_or(self.severity)
    }

    /// Whether the rule applies to a repository of `kind` (`service.kind`).
    /// A kind not written is none excluded: unknown is applicable.
    pub fn applies_to(&self, kind: Option<&str>) -> bool {
        match kind {
            Some(k) if !self.kinds.is_empty() => self.kinds.iter().any(|x| x == k),
            _ => true,
        }
    }

    /// The kinds in words: `every kind`, `citizen-web, staff-app`, or
    /// `every kind but library` when that is shorter.
    pub fn kinds_text(&self) -> String {
        let excluded: Vec<&str> = KINDS
            .iter()
            .copied()
            .filter(|k| !self.kinds.iter().any(|x| x == k))
            .collect();
        if self.kinds.is_empty() {
            "every kind".to_string()
        } else if excluded.len() < self.kinds.len() {
            format!("every kind but {}", excluded.join(", "))
        } else {
            self.kinds.join(", ")
        }
    }

    /// The severity in words, with any phase escalation:
    /// `warning (error when live)`.
    pub fn severity_text(&self) -> String {
        if self.severity_by_phase.is_empty() {
            return self.severity.as_str().to_string();
        }
        let by_phase: Vec<String> = PHASES
            .iter()
            .filter_map(|p| {
                self.severity_by_phase
                    .get(*p)
                    .map(|s| format!("{} when {p}", s.as_str()))
            })
            .collect();
        format!("{} ({})", self.severity.as_str(), by_phase.join(", "))
    }
}

/// The parts of the input a rule may judge (`custom.judges`).
pub const JUDGED_ROOTS: &[&str] = &[
    "manifest",
    "observed",
    "adrs",
    "files",
    "documents",
    "repository",
];

/// A METADATA block found in a policy file, before it is tied to a rule.
#[derive(Debug, Clone, PartialEq)]
pub struct MetadataBlock {
    /// 1-based line of `# METADATA`.
    pub line: usize,
    /// The block's YAML as JSON.
    pub value: Value,
}

/// A METADATA block that is not valid YAML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetadataError {
    /// 1-based line of the problem in the policy file.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// Finds every METADATA block in a policy's text.
pub fn blocks(text: &str) -> Result<Vec<MetadataBlock>, MetadataError> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim() != "# METADATA" {
            i += 1;
            continue;
        }
        let start = i + 1;
        let mut yaml_text = String::new();
        let mut j = start;
        while j < lines.len() && lines[j].trim_start().starts_with('#') {
            let line = lines[j].trim_start().trim_start_matches('#');
            yaml_text.push_str(line.strip_prefix(' ').unwrap_or(line));
            yaml_text.push('\n');
            j += 1;
        }
        let doc = yaml::parse(&yaml_text, YamlLimits::default()).map_err(|e| MetadataError {
            // An error at the end of the block belongs to its last line.
            line: (start
                + 1
                + yaml_text[..e.offset.min(yaml_text.len())]
                    .matches('\n')
                    .count())
            .min(j),
            message: format!("METADATA is not valid YAML: {}", e.message),
        })?;
        out.push(MetadataBlock {
            line: start,
            value: doc.value,
        });
        i = j;
    }
    Ok(out)
}

/// The rule described by a block, if it carries a `custom.id`.
pub fn rule_meta(
    block: &MetadataBlock,
    package: &str,
    file: &str,
) -> Result<Option<RuleMeta>, MetadataError> {
    let v = &block.value;
    let custom = &v["custom"];
    let Some(id) = custom["id"].as_str() else {
        return Ok(None);
    };
    let err = |message: String| MetadataError {
        line: block.line,
        message,
    };
    let text = |field: &Value| field.as_str().map(|s| s.trim().to_string());
    let severity = match custom["severity"].as_str() {
        Some(s) => {
            Severity::parse(s).ok_or_else(|| err(format!("rule {id}: unknown severity `{s}`")))?
        }
        None => Severity::Error,
    };
    let severity_by_phase = phase_severities(&custom["severity_by_phase"])
        .map_err(|message| err(format!("rule {id}: {message}")))?;
    let kinds = kinds(&custom["kinds"]).map_err(|message| err(format!("rule {id}: {message}")))?;
    let measure = text(&custom["measure"]);
    if let Some(m) = &measure
        && !MEASURES.contains(&m.as_str())
    {
        return Err(err(format!(
            "rule {id}: `{m}` is not a success measure (one of {})",
            MEASURES.join(", ")
        )));
    }
    let tcop = match &custom["tcop"] {
        Value::Array(items) => items
            .iter()
            .filter_map(Value::as_u64)
            .map(|n| n as u32)
            .collect(),
        Value::Number(n) => n.as_u64().map(|n| vec![n as u32]).unwrap_or_default(),
        _ => Vec::new(),
    };
    if let Some(bad) = tcop.iter().find(|n| !(1..=13).contains(*n)) {
        return Err(err(format!(
            "rule {id}: TCoP point {bad} does not exist (the code has points 1 to 13)"
        )));
    }
    let judges = match &custom["judges"] {
        Value::Null => vec!["manifest".to_string()],
        Value::Array(items) => {
            let mut judges = Vec::new();
            for item in items {
                let Some(path) = item.as_str() else {
                    return Err(err(format!(
                        "rule {id}: `judges` lists input paths as text"
                    )));
                };
                let root = path.split('.').next().unwrap_or("");
                if !JUDGED_ROOTS.contains(&root) {
                    return Err(err(format!(
                        "rule {id}: `judges` path `{path}` is not in the input (it starts with one of {})",
                        JUDGED_ROOTS.join(", ")
                    )));
                }
                judges.push(path.to_string());
            }
            judges
        }
        _ => return Err(err(format!("rule {id}: `judges` is a list of input paths"))),
    };
    let related_resources = match &v["related_resources"] {
        Value::Array(items) => items
            .iter()
            .filter_map(|r| match r {
                Value::String(s) => Some(Resource {
                    url: s.clone(),
                    description: None,
                }),
                Value::Object(_) => Some(Resource {
                    url: r["ref"].as_str()?.to_string(),
                    description: text(&r["description"]),
                }),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    Ok(Some(RuleMeta {
        id: id.to_string(),
        title: text(&v["title"]).unwrap_or_else(|| id.to_string()),
        description: text(&v["description"]).unwrap_or_default(),
        severity,
        severity_by_phase,
        kinds,
        measure,
        tcop,
        remediation: text(&custom["remediation"]),
        requirement: text(&custom["requirement"]),
        related_resources,
        judges,
        reads: Vec::new(),
        package: package.to_string(),
        file: file.to_string(),
        line: block.line,
    }))
}

/// The manifest sections a policy's source reads: `input.manifest.<s>`,
/// `lib.object_at(["<s>", ...])` and `"/manifest/<s>` pointers.
pub fn manifest_sections(source: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for marker in ["input.manifest.", "object_at([\"", "\"/manifest/"] {
        let mut rest = source;
        while let Some(at) = rest.find(marker) {
            rest = &rest[at + marker.len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() && !out.contains(&name) {
                out.push(name);
            }
        }
    }
    out.sort();
    out
}

/// Reads `kinds: [citizen-web, api]`, in the order of [`KINDS`]; absent
/// means every kind.
fn kinds(value: &Value) -> Result<Vec<String>, String> {
    let items = match value {
        Value::Null => return Ok(Vec::new()),
        Value::Array(items) if !items.is_empty() => items,
        _ => return Err("`kinds` must list service kinds (`[citizen-web, api]`)".into()),
    };
    if let Some(bad) = items
        .iter()
        .find(|i| !i.as_str().is_some_and(|k| KINDS.contains(&k)))
    {
        return Err(format!(
            "{bad} is not a service kind (one of {})",
            KINDS.join(", ")
        ));
    }
    Ok(KINDS
        .iter()
        .filter(|k| items.iter().any(|i| i.as_str() == Some(**k)))
        .map(|k| (*k).to_string())
        .collect())
}

/// Reads `severity_by_phase: {live: error}`; absent means none.
fn phase_severities(value: &Value) -> Result<BTreeMap<String, Severity>, String> {
    let map = match value {
        Value::Null => return Ok(BTreeMap::new()),
        Value::Object(map) => map,
        _ => {
            return Err("`severity_by_phase` must map phases to severities (`live: error`)".into());
        }
    };
    map.iter()
        .map(|(phase, severity)| {
            if !PHASES.contains(&phase.as_str()) {
                return Err(format!(
                    "`{phase}` is not a phase (one of {})",
                    PHASES.join(", ")
                ));
            }
            let parsed = severity.as_str().and_then(Severity::parse).ok_or_else(|| {
                format!("`severity_by_phase.{phase}` must be error, warning or info")
            })?;
            Ok((phase.clone(), parsed))
        })
        .collect()
}

/// The catalogue entry of a package without METADATA, from every file that
/// declares it (the sets each declares, `parts`): named by its path, at its
/// most severe set's severity.
pub(crate) fn undocumented(package: &str, file: &str, parts: &[&[(&str, Severity)]]) -> RuleMeta {
    let id = package.trim_start_matches("data.").to_string();
    let mut sets: Vec<(&str, Severity)> = Vec::new();
    for (set, severity) in parts.iter().flat_map(|declared| declared.iter()) {
        if !sets.iter().any(|(s, _)| s == set) {
            sets.push((set, *severity));
        }
    }
    let names: Vec<&str> = sets.iter().map(|(s, _)| *s).collect();
    let listed = match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last} sets", rest.join(", ")),
        _ => format!("{} set", names.join("")),
    };
    let spread = if parts.len() > 1 {
        format!(" It is declared in {} files.", parts.len())
    } else {
        String::new()
    };
    RuleMeta {
        title: format!("Policy package `{id}` (no METADATA)"),
        description: format!(
            "Reports the messages in its {listed}, each at that set's severity. \
             Add a METADATA block to give it a title, an id, guidance and a measure.{spread}"
        ),
        severity: sets
            .iter()
            .map(|(_, s)| *s)
            .max()
            .unwrap_or(Severity::Error),
        severity_by_phase: BTreeMap::new(),
        kinds: Vec::new(),
        measure: None,
        tcop: Vec::new(),
        remediation: None,
        requirement: None,
        related_resources: Vec::new(),
        // What a package without METADATA reads is not declared: it is
        // counted as judging the repository, so it always counts.
        judges: vec!["repository".to_string()],
        reads: Vec::new(),
        package: package.to_string(),
        file: file.to_string(),
        line: 1,
        id,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_manifest_sections_a_rule_reads() {
        let source = "x := input.manifest.hosting.regions\ny := lib.object_at([\"security\", \"mfa\"])\nz := \"/manifest/hosting/regions\"\nw := input.manifest\n";
        assert_eq!(manifest_sections(source), ["hosting", "security"]);
    }

    const POLICY: &str = "package wgll.cloud.x\n\n# METADATA\n# title: Region is allowed\n# related_resources:\n#   - ref: https://example.org/a\n#     description: A\n# custom:\n#   id: CLOUD-02\n#   severity: warning\n#   measure: smart_foundations\n#   tcop: [5]\n#   remediation: Move it.\ndeny contains f if { false }\n";

    #[test]
    fn reads_a_rule_block() {
        let Ok(blocks) = blocks(POLICY) else { panic!() };
        assert_eq!(blocks.len(), 1);
        let Ok(Some(meta)) = rule_meta(&blocks[0], "data.wgll.cloud.x", "x.rego") else {
            panic!()
        };
        assert_eq!(meta.id, "CLOUD-02");
        assert_eq!(meta.severity, Severity::Warning);
        assert_eq!(meta.tcop, vec![5]);
        assert_eq!(meta.related_resources[0].url, "https://example.org/a");
        assert_eq!(meta.line, 3);
    }

    #[test]
    fn reads_a_phase_escalation() {
        let text = POLICY.replace(
            "#   severity: warning\n",
            "#   severity: warning\n#   severity_by_phase: {live: error, beta: Warning}\n",
        );
        let Ok(blocks) = blocks(&text) else { panic!() };
        let Ok(Some(meta)) = rule_meta(&blocks[0], "p", "x.rego") else {
            panic!()
        };
        assert_eq!(meta.severity_in(Some("live")), Severity::Error);
        assert_eq!(meta.severity_in(Some("beta")), Severity::Warning);
        assert_eq!(meta.severity_in(Some("alpha")), Severity::Warning);
        assert_eq!(meta.severity_in(None), Severity::Warning);
        assert_eq!(
            meta.severity_text(),
            "warning (warning when beta, error when live)"
        );
    }

    #[test]
    fn rejects_a_bad_phase_escalation() {
        for bad in [
            "{production: error}",
            "{live: fatal}",
            "error",
            "{live: [error]}",
        ] {
            let text = POLICY.replace(
                "#   severity: warning\n",
                &format!("#   severity: warning\n#   severity_by_phase: {bad}\n"),
            );
            let Ok(blocks) = blocks(&text) else { panic!() };
            let Err(e) = rule_meta(&blocks[0], "p", "x.rego") else {
                panic!("{bad} was accepted")
            };
            assert!(e.message.contains("CLOUD-02"), "{}", e.message);
        }
    }

    #[test]
    fn reads_the_kinds_a_rule_applies_to() {
        let text = POLICY.replace(
            "#   severity: warning\n",
            "#   severity: warning\n#   kinds: [api, citizen-web]\n",
        );
        let Ok(blocks) = blocks(&text) else { panic!() };
        let Ok(Some(meta)) = rule_meta(&blocks[0], "p", "x.rego") else {
            panic!()
        };
        assert_eq!(meta.kinds, ["citizen-web", "api"]);
        assert!(meta.applies_to(Some("api")));
        assert!(!meta.applies_to(Some("library")));
        assert!(meta.applies_to(None), "an unknown kind is applicable");
        assert_eq!(meta.kinds_text(), "citizen-web, api");
        let mut wide = meta;
        wide.kinds = KINDS[..6].iter().map(|k| (*k).to_string()).collect();
        assert_eq!(wide.kinds_text(), "every kind but library");
        for bad in ["[apps]", "[]", "api"] {
            let text = POLICY.replace(
                "#   severity: warning\n",
                &format!("#   severity: warning\n#   kinds: {bad}\n"),
            );
            let Ok(found) = super::blocks(&text) else {
                panic!()
            };
            assert!(rule_meta(&found[0], "p", "x.rego").is_err(), "{bad}");
        }
    }

    #[test]
    fn rejects_an_unknown_measure() {
        let text = POLICY.replace("smart_foundations", "smart");
        let Ok(blocks) = blocks(&text) else { panic!() };
        assert!(rule_meta(&blocks[0], "p", "x.rego").is_err());
    }

    #[test]
    fn locates_bad_yaml() {
        let Err(e) = blocks("# METADATA\n# title: [\n") else {
            panic!()
        };
        assert_eq!(e.line, 2);
    }
}
