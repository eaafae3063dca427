//! `--format sarif`: SARIF 2.1.0 as GitHub code scanning accepts it. Every
//! rule in the catalogue is a rule descriptor; every finding is a result with
//! a real, repository-relative location (line 1 of the manifest when it has no
//! place of its own) and a fingerprint that survives edits.
//!
//! Severity: `level` is `error`/`warning`/`note`; `properties.security-severity`
//! is "7.5" for errors (high), "5.0" for warnings (medium) and "2.0" for infos
//! (low), in GitHub's bands, beside `problem.severity` for viewers that read it.

use std::collections::BTreeMap;

use serde::Serialize;
use sha2::{Digest, Sha256};

use super::CheckReport;
use crate::evaluate::metadata::{RuleMeta, Severity};
use crate::findings::Finding;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
/// The key of the fingerprint in `partialFingerprints`; its version changes
/// only if what it hashes does.
pub const FINGERPRINT_KEY: &str = "wgll/v1";

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    /// Columns are counted in characters (Unicode code points), as in every
    /// other format; SARIF's default is UTF-16 code units.
    column_kind: &'static str,
    automation_details: AutomationDetails,
    original_uri_base_ids: BTreeMap<&'static str, ArtifactLocation>,
    results: Vec<SarifResult<'a>>,
    invocations: Vec<Invocation>,
    /// wgll's own facts about the run: each success measure's score, or
    /// that it was not assessed (a property bag, which viewers keep).
    properties: RunProperties,
}

#[derive(Serialize)]
struct RunProperties {
    measures: BTreeMap<&'static str, super::json::Measure>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: String,
    name: String,
    short_description: Text,
    full_description: Text,
    help: Help,
    #[serde(skip_serializing_if = "Option::is_none")]
    help_uri: Option<String>,
    default_configuration: Configuration,
    properties: RuleProperties,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Help {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct RuleProperties {
    tags: Vec<String>,
    precision: &'static str,
    #[serde(rename = "problem.severity")]
    problem_severity: &'static str,
    #[serde(rename = "security-severity")]
    security_severity: &'static str,
}

#[derive(Serialize)]
struct AutomationDetails {
    id: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: Vec<Location>,
    /// Where the repository bears on the finding (a claim's contradiction).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<RelatedLocation>,
    partial_fingerprints: BTreeMap<&'static str, String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    suppressions: Vec<Suppression>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    physical_location: PhysicalLocation,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RelatedLocation {
    id: usize,
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    #[serde(skip_serializing_if = "Option::is_none")]
    uri: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_column: Option<usize>,
}

#[derive(Serialize)]
struct Suppression {
    kind: &'static str,
    status: &'static str,
    justification: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    exit_code: u8,
}

/// The SARIF `level` of a severity.
pub fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn security_severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "7.5",
        Severity::Warning => "5.0",
        Severity::Info => "2.0",
    }
}

fn problem_severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "recommendation",
    }
}

/// The stable fingerprint of a finding: a hex SHA-256 prefix of rule id,
/// file and JSON pointer (the message when there is no pointer), never a
/// line number, so it survives edits elsewhere in the file.
pub fn fingerprint(finding: &Finding) -> String {
    let mut hasher = Sha256::new();
    for part in [
        finding.rule.as_str(),
        finding.file.as_deref().unwrap_or(""),
        finding.at.as_deref().unwrap_or(&finding.message),
    ] {
        hasher.update(part.as_bytes());
        hasher.update([0]);
    }
    hasher
        .finalize()
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn rule_of(meta: &RuleMeta) -> Rule {
    let mut help = Vec::new();
    if let Some(r) = &meta.remediation {
        help.push(r.trim().to_string());
    }
    let links: Vec<String> = meta
        .related_resources
        .iter()
        .map(|r| match &r.description {
            Some(d) => format!("{d}: {}", r.url),
            None => r.url.clone(),
        })
        .collect();
    let markdown_links: Vec<String> = meta
        .related_resources
        .iter()
        .map(|r| {
            format!(
                "- [{}]({})",
                r.description.as_deref().unwrap_or(&r.url),
                r.url
            )
        })
        .collect();
    let mut text = help.join("\n\n");
    let mut markdown = text.clone();
    if !links.is_empty() {
        text.push_str(&format!("\n\nGuidance:\n{}", links.join("\n")));
        markdown.push_str(&format!(
            "\n\n**Guidance**\n\n{}",
            markdown_links.join("\n")
        ));
    }
    let fallback = non_empty(&meta.description, &meta.title);
    let text = non_empty(text.trim(), &fallback);
    let markdown = non_empty(markdown.trim(), &fallback);
    let mut tags = Vec::new();
    if let Some(m) = &meta.measure {
        tags.push(m.clone());
    }
    tags.extend(meta.tcop.iter().map(|n| format!("tcop-{n}")));
    if let Some((area, _)) = meta.id.split_once('-') {
        tags.push(area.to_ascii_lowercase());
    }
    Rule {
        id: meta.id.clone(),
        name: meta.title.clone(),
        short_description: Text {
            text: truncate(&meta.title),
        },
        full_description: Text {
            text: truncate(&fallback),
        },
        help: Help { text, markdown },
        help_uri: meta.related_resources.first().map(|r| r.url.clone()),
        default_configuration: Configuration {
            level: level(meta.severity),
        },
        properties: RuleProperties {
            tags,
            precision: "high",
            problem_severity: problem_severity(meta.severity),
            security_severity: security_severity(meta.severity),
        },
    }
}

/// A descriptor for a rule that reported but is not in the catalogue (a
/// conftest-style string finding named by its package).
fn unknown_rule(finding: &Finding) -> Rule {
    Rule {
        id: finding.rule.clone(),
        name: finding.rule.clone(),
        short_description: Text {
            text: finding.rule.clone(),
        },
        full_description: Text {
            text: format!("Findings of the policy {}.", finding.rule),
        },
        help: Help {
            text: format!("See the policy {}.", finding.rule),
            markdown: format!("See the policy `{}`.", finding.rule),
        },
        help_uri: None,
        default_configuration: Configuration {
            level: level(finding.severity),
        },
        properties: RuleProperties {
            tags: Vec::new(),
            precision: "medium",
            problem_severity: problem_severity(finding.severity),
            security_severity: security_severity(finding.severity),
        },
    }
}

fn non_empty(text: &str, fallback: &str) -> String {
    if text.trim().is_empty() {
        fallback.trim().to_string()
    } else {
        text.trim().to_string()
    }
}

/// GitHub accepts at most 1024 characters in a rule description.
fn truncate(text: &str) -> String {
    if text.chars().count() <= 1024 {
        return text.to_string();
    }
    let mut out: String = text.chars().take(1023).collect();
    out.push('…');
    out
}

fn message(finding: &Finding) -> String {
    match &finding.missing {
        Some(missing) => format!("{} (`{missing}` is not set)", finding.message),
        None => finding.message.clone(),
    }
}

/// The run's `automationDetails.id`, whose part before the last `/` is the
/// code scanning category: the checked folder's path from the git root
/// (`wgll/services/api/`) when it is a sub-folder, else the repository's
/// name. A folder's name alone is not enough: two services' folders are
/// often both called `api`.
fn automation_id(report: &CheckReport<'_>) -> String {
    match report.paths.folder() {
        "" => format!("wgll/{}/", report.repository),
        folder => format!("wgll/{folder}"),
    }
}

/// Renders the report as one SARIF run, pretty-printed with a final newline.
pub fn render(report: &CheckReport<'_>) -> String {
    let mut rules: Vec<Rule> = report.catalogue.values().map(rule_of).collect();
    let mut index: BTreeMap<String, usize> = report
        .catalogue
        .keys()
        .enumerate()
        .map(|(i, id)| (id.clone(), i))
        .collect();
    let mut results = Vec::new();
    for finding in report.findings {
        let rule_index = match index.get(&finding.rule) {
            Some(&i) => i,
            None => {
                rules.push(unknown_rule(finding));
                index.insert(finding.rule.clone(), rules.len() - 1);
                rules.len() - 1
            }
        };
        let place = report.place(finding);
        let suppressions = finding
            .waived
            .iter()
            .map(|w| Suppression {
                kind: "external",
                status: "accepted",
                justification: format!(
                    "{} (approved by {}, expires {}; {})",
                    w.reason.trim(),
                    w.approved_by,
                    w.expires,
                    w.line
                        .map_or_else(|| w.file.clone(), |l| format!("{}:{l}", w.file))
                ),
            })
            .collect();
        results.push(SarifResult {
            rule_id: &finding.rule,
            rule_index,
            level: level(finding.severity),
            message: Text {
                text: message(finding),
            },
            locations: vec![Location {
                physical_location: PhysicalLocation {
                    artifact_location: ArtifactLocation {
                        uri: Some(report.from_root(place.file)),
                        uri_base_id: Some("%SRCROOT%"),
                        description: None,
                    },
                    region: Region {
                        start_line: place.line,
                        start_column: place.column,
                        end_line: place.end.map(|(l, _)| l),
                        end_column: place.end.map(|(_, c)| c),
                    },
                },
            }],
            related_locations: finding
                .related
                .iter()
                .enumerate()
                .map(|(id, r)| RelatedLocation {
                    id,
                    physical_location: PhysicalLocation {
                        artifact_location: ArtifactLocation {
                            uri: Some(report.from_root(&r.file)),
                            uri_base_id: Some("%SRCROOT%"),
                            description: None,
                        },
                        region: Region {
                            start_line: r.line,
                            start_column: r.column,
                            end_line: None,
                            end_column: None,
                        },
                    },
                    message: (!r.message.is_empty()).then(|| Text {
                        text: r.message.clone(),
                    }),
                })
                .collect(),
            partial_fingerprints: BTreeMap::from([(FINGERPRINT_KEY, fingerprint(finding))]),
            suppressions,
        });
    }
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "wgll",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    rules,
                },
            },
            column_kind: "unicodeCodePoints",
            // One category per checked folder, so runs over several
            // repositories, or several folders of one (two services both
            // named `api`), uploaded together never collide.
            automation_details: AutomationDetails {
                id: automation_id(report),
            },
            original_uri_base_ids: BTreeMap::from([(
                "%SRCROOT%",
                ArtifactLocation {
                    uri: None,
                    uri_base_id: None,
                    description: Some(Text {
                        text: "The root of the checked repository.".into(),
                    }),
                },
            )]),
            results,
            invocations: vec![Invocation {
                execution_successful: true,
                exit_code: u8::from(report.failed()),
            }],
            properties: RunProperties {
                measures: report
                    .measures
                    .iter()
                    .map(|(k, m)| (*k, super::json::Measure::of(m)))
                    .collect(),
            },
        }],
    };
    let mut text =
        serde_json::to_string_pretty(&log).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    text.push('\n');
    text
}
