//! What a check found in the repository's own files, in words: the line a
//! person reads first when a repository has no manifest, so they see that
//! wgll judged what was there rather than nothing.

use crate::collect::InputDocument;

/// Each kind of evidence found, as a short phrase (`security policy at
/// .github/SECURITY.md`), in a fixed order; empty when nothing was found.
pub fn found(input: &InputDocument) -> Vec<String> {
    let mut out = Vec::new();
    let files = &input.observed.files;
    let at = |what: &str, file: &crate::collect::observe::files::KnownFile| {
        let hollow = if file.hollow { ", empty" } else { "" };
        format!("{what} at {}{hollow}", file.file)
    };
    if let Some(f) = &files.security_policy {
        out.push(at("security policy", f));
    }
    if let Some(f) = &files.codeowners {
        out.push(at("CODEOWNERS", f));
    }
    if let Some(f) = &files.licence {
        let what = match &f.licence.spdx {
            Some(id) => format!("{id} licence"),
            None => "licence".to_string(),
        };
        out.push(at(&what, &f.known));
    }
    if let Some(c) = &files.catalog_info {
        let owner = c
            .owner
            .as_deref()
            .map_or_else(String::new, |o| format!(" (owner {o})"));
        out.push(format!("catalogue entry at {}{owner}", c.file));
    }
    if let Some(p) = &files.publiccode {
        out.push(format!("publiccode.yml at {}", p.file));
    }
    let hosting = &input.observed.hosting;
    let mut regions: Vec<String> = Vec::new();
    for r in &hosting.regions {
        let shown = match r.holds {
            "data" => r.region.clone(),
            holds => format!("{} ({holds})", r.region),
        };
        if !regions.contains(&shown) {
            regions.push(shown);
        }
    }
    if !regions.is_empty() {
        out.push(format!("Terraform regions {}", regions.join(", ")));
    }
    match hosting.unresolved.len() {
        0 => {}
        1 => out.push("1 Terraform region left to run time".into()),
        n => out.push(format!("{n} Terraform regions left to run time")),
    }
    // Each release pinned, once (`Node.js 22`), past its end of life marked.
    let mut pinned: Vec<String> = Vec::new();
    for c in &input.observed.components {
        let release = c.cycle.as_deref().unwrap_or(&c.version);
        let ended = if c.supported == Some(false) {
            " (ended)"
        } else {
            ""
        };
        let shown = format!("{} {release}{ended}", c.title);
        if !pinned.contains(&shown) {
            pinned.push(shown);
        }
    }
    if !pinned.is_empty() {
        out.push(format!("pinned {}", pinned.join(", ")));
    }
    let practice = &input.observed.practice;
    for (what, found) in [
        ("secret scanning", &practice.secret_scanning),
        ("static analysis", &practice.static_analysis),
        ("dependency review", &practice.dependency_review),
    ] {
        // A shared action is named by its last part (`scan-secrets`).
        let mut tools: Vec<&str> = found
            .iter()
            .map(|d| d.tool.rsplit('/').next().unwrap_or(&d.tool))
            .collect();
        tools.sort_unstable();
        tools.dedup();
        if !tools.is_empty() {
            out.push(format!("{what} ({})", tools.join(", ")));
        }
    }
    match input.adrs.len() {
        0 => {}
        1 => out.push("1 decision record".into()),
        n => out.push(format!("{n} decision records")),
    }
    out
}
