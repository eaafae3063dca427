//! Where the infrastructure code puts the service: each region a
//! Terraform/OpenTofu provider block or resource names (`region` for aws and
//! google, `location` for azurerm and google), resolved to the literal the
//! code writes, and what the region holds: data, or only the global edge
//! services a cloud keeps in one region. `observed.hosting` in the input.

mod edge;
mod resolve;
mod terraform;

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use serde::Serialize;

use super::Reader;
use resolve::{Outcome, Scope};
use terraform::Config;

/// The most resources named in one region's `uses`.
const MAX_USES: usize = 20;

/// `input.observed.hosting`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Hosting {
    /// Each region the code names, once per place it is written.
    pub regions: Vec<Region>,
    /// Region arguments whose value the code does not give.
    pub unresolved: Vec<Unresolved>,
}

/// A region the infrastructure code names.
#[derive(Debug, Clone, Serialize)]
pub struct Region {
    /// `aws`, `azurerm` or `google`.
    pub provider: String,
    /// The region as the provider names it (`eu-west-2`, `uksouth`).
    pub region: String,
    /// As written (`UK South`).
    pub written: String,
    /// The file the value is written in.
    pub file: String,
    /// How the value was reached from where it is used: `literal`,
    /// `variable default`, `tfvars`, `module input`, `local`, `resource`.
    pub via: &'static str,
    /// The provider block's alias, for a region set on an aliased provider.
    pub alias: Option<String>,
    /// What the region holds: `data`; `edge` (only global edge services,
    /// such as a CDN's certificate, and lookups); `nothing` (an aliased
    /// provider no resource uses); `unseen` (passed only to modules whose
    /// code is not in the repository).
    pub holds: &'static str,
    /// Whether the region holds only edge services (`holds == "edge"`).
    pub edge_only: bool,
    /// The file of the provider block or resource that uses the value.
    pub used_in: String,
    /// What uses it: `provider aws.edge`, or resource addresses (at most 20).
    pub uses: Vec<String>,
    /// The modules not in the repository it is passed to.
    pub unseen: Vec<String>,
}

/// A region argument whose value cannot be read from the code.
#[derive(Debug, Clone, Serialize)]
pub struct Unresolved {
    /// `aws`, `azurerm` or `google`.
    pub provider: String,
    /// The provider block's alias, if any.
    pub alias: Option<String>,
    /// The expression that could not be followed, as written.
    pub expression: String,
    /// Why it could not.
    pub why: String,
    /// The file of that expression.
    pub file: String,
    /// The file of the provider block or resource whose region it is.
    pub used_in: String,
    /// What uses it, as for a region.
    pub uses: Vec<String>,
}

/// The cloud a provider name or resource type belongs to, for the clouds
/// whose regions are judged.
fn cloud(name: &str) -> Option<&'static str> {
    match name.split(['_', '.']).next()? {
        "aws" => Some("aws"),
        "azurerm" => Some("azurerm"),
        "google" | "google-beta" => Some("google"),
        _ => None,
    }
}

/// A region as its provider names it: Azure's display names (`UK South`)
/// are its names without spaces, lower case (`uksouth`).
fn normalise(provider: &str, written: &str) -> String {
    let lower = written.trim().to_ascii_lowercase();
    if provider == "azurerm" {
        lower.replace(' ', "")
    } else {
        lower
    }
}

/// A use of a region value: what holds it, where.
struct Use {
    provider: &'static str,
    alias: Option<String>,
    holds: &'static str,
    used_in: String,
    used_span: Range<usize>,
    names: Vec<String>,
    unseen: Vec<String>,
}

/// Observes the regions the repository's Terraform names.
pub fn observe(reader: &mut Reader<'_>) -> Hosting {
    let config = terraform::read(reader);
    if config.modules.is_empty() {
        return Hosting::default();
    }
    let callers = resolve::callers(&config);
    let mut found: Vec<(Use, Outcome)> = Vec::new();
    for (dir, module) in &config.modules {
        for provider in &module.providers {
            let Some(cloud) = cloud(&provider.name) else {
                continue;
            };
            let (holds, names, unseen) = match &provider.alias {
                None => (
                    "data",
                    vec![format!("provider {}", provider.name)],
                    Vec::new(),
                ),
                Some(_) => holdings(&config, dir, &provider.reference()),
            };
            let region = match &provider.region {
                Some(region) => {
                    let scope = Scope {
                        dir,
                        each: provider.for_each.as_ref(),
                    };
                    resolve::resolve(&config, &callers, scope, region)
                }
                // Azure's provider has no region: its resources say where.
                None if cloud == "azurerm" => continue,
                None => Outcome {
                    values: Vec::new(),
                    unknown: vec![resolve::Unknown {
                        file: provider.file.clone(),
                        span: header(reader, &provider.file, &provider.span),
                        why: "the provider block sets no `region`, so each resource names its own or it is given when Terraform runs".into(),
                    }],
                },
            };
            let used = provider
                .region
                .as_ref()
                .map_or(provider.span.clone(), |r| r.span.clone());
            found.push((
                Use {
                    provider: cloud,
                    alias: provider.alias.clone(),
                    holds,
                    used_in: provider.file.clone(),
                    used_span: used,
                    names: if provider.alias.is_some() {
                        let mut n = vec![format!("provider {}", provider.reference())];
                        n.extend(names);
                        n
                    } else {
                        names
                    },
                    unseen,
                },
                region,
            ));
        }
        for resource in module.resources.iter().filter(|r| !r.data) {
            let Some(cloud) = cloud(&resource.kind) else {
                continue;
            };
            let for_each = resource.argument("for_each");
            let keys: &[&str] = match cloud {
                "azurerm" => &["location"],
                "google" => &["location", "region"],
                _ => &["region"],
            };
            for key in keys {
                let Some(arg) = resource.argument(key) else {
                    continue;
                };
                let holds = if edge::is_edge(resource) {
                    "edge"
                } else {
                    "data"
                };
                found.push((
                    Use {
                        provider: cloud,
                        alias: None,
                        holds,
                        used_in: resource.file.clone(),
                        used_span: arg.span.clone(),
                        names: vec![resource.address()],
                        unseen: Vec::new(),
                    },
                    resolve::resolve(
                        &config,
                        &callers,
                        Scope {
                            dir,
                            each: for_each.as_ref(),
                        },
                        &arg,
                    ),
                ));
            }
        }
    }
    gather(reader, found)
}

/// A block's header (`provider "google"`), the part before its body.
fn header(reader: &mut Reader<'_>, file: &str, block: &Range<usize>) -> Range<usize> {
    let end = reader
        .text(file)
        .and_then(|t| t.get(block.clone()).and_then(|b| b.find('{')))
        .map_or(block.end, |i| block.start + i);
    let text = reader.text(file);
    let trimmed = text
        .as_deref()
        .and_then(|t| t.get(block.start..end))
        .map_or(0, |h| h.len() - h.trim_end().len());
    block.start..end - trimmed
}

/// What an aliased provider's region holds, from every resource and module
/// that uses it: (holds, the resources, the unseen modules).
fn holdings(
    config: &Config,
    dir: &str,
    reference: &str,
) -> (&'static str, Vec<String>, Vec<String>) {
    let mut seen = BTreeSet::new();
    let (mut data, mut edge, mut unseen) = (Vec::new(), Vec::new(), Vec::new());
    walk_uses(
        config,
        dir,
        reference,
        "",
        &mut seen,
        &mut data,
        &mut edge,
        &mut unseen,
    );
    let holds = if !data.is_empty() {
        "data"
    } else if !unseen.is_empty() {
        "unseen"
    } else if !edge.is_empty() {
        "edge"
    } else {
        "nothing"
    };
    let names = if data.is_empty() { edge } else { data };
    (holds, names, unseen)
}

#[allow(clippy::too_many_arguments)]
fn walk_uses(
    config: &Config,
    dir: &str,
    reference: &str,
    prefix: &str,
    seen: &mut BTreeSet<(String, String)>,
    data: &mut Vec<String>,
    edge: &mut Vec<String>,
    unseen: &mut Vec<String>,
) {
    // Addresses name each module on the way down, as Terraform's do
    // (`module.records.aws_s3_bucket.documents`); a folder is walked once
    // per provider name, so a module calling itself ends.
    if !seen.insert((dir.to_string(), reference.to_string())) {
        return;
    }
    let Some(module) = config.modules.get(dir) else {
        return;
    };
    for resource in module.resources.iter().filter(|r| r.provider == reference) {
        let name = format!("{prefix}{}", resource.address());
        if !resource.data && !edge::is_edge(resource) {
            data.push(name);
        } else {
            edge.push(name);
        }
    }
    for call in &module.calls {
        for (inner, outer) in &call.providers {
            if outer != reference {
                continue;
            }
            match call
                .folder
                .as_deref()
                .filter(|f| config.modules.contains_key(*f))
            {
                Some(folder) => {
                    let prefix = format!("{prefix}module.{}.", call.name);
                    walk_uses(config, folder, inner, &prefix, seen, data, edge, unseen);
                }
                None => {
                    let name = format!("{prefix}module.{}", call.name);
                    if !unseen.contains(&name) {
                        unseen.push(name);
                    }
                }
            }
        }
    }
}

/// One region entry per place a value is written, whatever uses it.
fn gather(reader: &mut Reader<'_>, found: Vec<(Use, Outcome)>) -> Hosting {
    let mut hosting = Hosting::default();
    let mut regions: BTreeMap<(String, usize, usize, Option<String>), usize> = BTreeMap::new();
    let mut unresolved: BTreeMap<(String, usize, usize), usize> = BTreeMap::new();
    let mut spans: Vec<(Range<usize>, Range<usize>)> = Vec::new();
    let mut unresolved_spans: Vec<(Range<usize>, Range<usize>)> = Vec::new();
    for (used, outcome) in found {
        for value in outcome.values {
            let region = normalise(used.provider, &value.text);
            // Azure's global resources (Front Door, DNS) are not in a region.
            if region.is_empty() || region == "global" {
                continue;
            }
            let key = (
                value.file.clone(),
                value.span.start,
                value.span.end,
                used.alias.clone(),
            );
            match regions.get(&key) {
                Some(&i) => {
                    let r: &mut Region = &mut hosting.regions[i];
                    if used.holds == "data" {
                        r.holds = "data";
                        r.edge_only = false;
                    }
                    for n in &used.names {
                        if r.uses.len() < MAX_USES && !r.uses.contains(n) {
                            r.uses.push(n.clone());
                        }
                    }
                }
                None => {
                    regions.insert(key, hosting.regions.len());
                    spans.push((value.span.clone(), used.used_span.clone()));
                    hosting.regions.push(Region {
                        provider: used.provider.to_string(),
                        region,
                        written: value.text.clone(),
                        file: value.file.clone(),
                        via: value.via,
                        alias: used.alias.clone(),
                        holds: used.holds,
                        edge_only: used.holds == "edge",
                        used_in: used.used_in.clone(),
                        uses: used.names.iter().take(MAX_USES).cloned().collect(),
                        unseen: used.unseen.clone(),
                    });
                }
            }
        }
        for unknown in outcome.unknown {
            let key = (unknown.file.clone(), unknown.span.start, unknown.span.end);
            if let Some(&i) = unresolved.get(&key) {
                let u: &mut Unresolved = &mut hosting.unresolved[i];
                for n in &used.names {
                    if u.uses.len() < MAX_USES && !u.uses.contains(n) {
                        u.uses.push(n.clone());
                    }
                }
                continue;
            }
            let expression = reader
                .text(&unknown.file)
                .and_then(|t| t.get(unknown.span.clone()).map(str::to_string))
                .unwrap_or_default();
            unresolved.insert(key, hosting.unresolved.len());
            unresolved_spans.push((unknown.span.clone(), used.used_span.clone()));
            hosting.unresolved.push(Unresolved {
                provider: used.provider.to_string(),
                alias: used.alias.clone(),
                expression,
                why: unknown.why,
                file: unknown.file,
                used_in: used.used_in.clone(),
                uses: used.names.iter().take(MAX_USES).cloned().collect(),
            });
        }
    }
    for (i, (r, (value, used))) in hosting.regions.iter().zip(spans).enumerate() {
        reader.record(format!("/observed/hosting/regions/{i}"), &r.file, value);
        reader.record(
            format!("/observed/hosting/regions/{i}/used_in"),
            &r.used_in,
            used,
        );
    }
    for (i, (u, (at, used))) in hosting.unresolved.iter().zip(unresolved_spans).enumerate() {
        reader.record(format!("/observed/hosting/unresolved/{i}"), &u.file, at);
        reader.record(
            format!("/observed/hosting/unresolved/{i}/used_in"),
            &u.used_in,
            used,
        );
    }
    hosting
}

#[cfg(test)]
mod tests;
