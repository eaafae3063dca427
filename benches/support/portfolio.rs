//! A generated portfolio for benchmarks and tests: realistic repositories
//! with git history, manifests of varying completeness, Terraform, version files,
//! a workflow and (mostly) Dependabot, 5-30 decision
//! records and a few hundred files each, written straight into bare
//! repositories (no working tree), as an audit reads them with `--rev`.
//! Deterministic: the same seed gives the same portfolio.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use git2::{Oid, Repository, Signature, Time};

/// A small deterministic generator (xorshift), so portfolios repeat.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

const MANIFEST: &str = include_str!("../../examples/patient-portal/wgll.yaml");

/// The example's manifest with sections dropped or values broken at random:
/// some repositories are exemplary, most have gaps, a few are poor.
fn manifest(rng: &mut Rng, name: &str) -> String {
    let quality = rng.below(100);
    let mut out = String::new();
    let mut skipping = false;
    for line in MANIFEST.lines() {
        let top_level = !line.starts_with(' ') && !line.starts_with('#') && line.contains(':');
        if top_level {
            skipping =
                line != "wgll: 1" && !line.starts_with("service:") && rng.below(100) > quality;
        }
        if skipping {
            continue;
        }
        let mut line = line.replace("Patient Portal", name);
        if rng.chance(3) {
            line = line.replace("eu-west-2", "us-east-1");
        }
        if rng.chance(5) {
            line = line.replace("2027-09-30", "2026-01-31");
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

fn adr(rng: &mut Rng, n: u32, count: u32) -> (String, String) {
    let status = match rng.below(10) {
        0 => "Proposed",
        1 => "Superseded",
        2 => "Deprecated",
        _ => "Accepted",
    };
    let date = if rng.chance(90) {
        format!(
            "Date: 2025-{:02}-{:02}\n\n",
            1 + rng.below(12),
            1 + rng.below(28)
        )
    } else {
        String::new()
    };
    let link = if status == "Superseded" && n < count {
        format!("\n\nSuperseded by [{}. Later](x.md)", n + 1)
    } else {
        String::new()
    };
    let status_section = if rng.chance(95) {
        format!("## Status\n\n{status}{link}\n\n")
    } else {
        String::new()
    };
    let body = "## Context\n\nThe service needed a decision here; the options were weighed against cost, risk and the team's skills.\n\n## Decision\n\nWe will do the simplest thing that meets the need.\n\n## Consequences\n\nSome work moves to the platform team.\n";
    (
        format!("docs/adr/{n:04}-decision-{n}.md"),
        format!("# {n}. Decision {n}\n\n{date}{status_section}{body}"),
    )
}

/// The files of one repository at one point in its history.
fn files(rng: &mut Rng, name: &str, adrs: u32, extra: u32) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    files.insert("wgll.yaml".into(), manifest(rng, name).into_bytes());
    files.insert(
        "README.md".into(),
        format!("# {name}\n\nA digital service.\n").into_bytes(),
    );
    files.insert(
        "SECURITY.md".into(),
        b"# Security\n\nReport vulnerabilities to security@example.nhs.uk.\n".to_vec(),
    );
    for evidence in [
        "docs/research/findings-2026.md",
        "docs/engagement/clinical-reference-group.md",
        "docs/people/training.md",
        "docs/security/threat-model.md",
        "docs/clinical-safety/hazard-log.md",
        "docs/clinical-safety/safety-case-report.md",
        "docs/data-protection/dpia.md",
        "docs/hosting/exit-plan.md",
        "docs/accessibility-statement.md",
    ] {
        if rng.chance(85) {
            files.insert(
                evidence.into(),
                format!("# {evidence}\n\nEvidence for {name}.\n").into_bytes(),
            );
        }
    }
    evidence_of_practice(rng, name, &mut files);
    for n in 1..=adrs {
        let (path, text) = adr(rng, n, adrs);
        files.insert(path, text.into_bytes());
    }
    for i in 0..extra {
        let dir = [
            "src/app",
            "src/api",
            "src/lib",
            "tests",
            "infra/terraform",
            "docs/guides",
        ][(i % 6) as usize];
        files.insert(
            format!("{dir}/file_{i:04}.txt"),
            format!("// {name} source file {i}\nfn main() {{ println!(\"{i}\"); }}\n").into_bytes(),
        );
    }
    files
}

/// What real service repositories hold beside the manifest: Terraform
/// with a variable, a locals block, tfvars and an aliased edge provider;
/// runtime version files and a Dockerfile; a CI workflow and Dependabot.
fn evidence_of_practice(rng: &mut Rng, name: &str, files: &mut BTreeMap<String, Vec<u8>>) {
    let region = ["eu-west-2", "eu-west-2", "eu-west-1", "us-east-1"][rng.below(4) as usize];
    files.insert(
        "infra/terraform/providers.tf".into(),
        format!(
            "terraform {{\n  required_providers {{\n    aws = {{ source = \"hashicorp/aws\", version = \"~> 5.0\" }}\n  }}\n}}\n\n\
             provider \"aws\" {{\n  region = var.region\n  default_tags {{ tags = local.tags }}\n}}\n\n\
             provider \"aws\" {{\n  alias  = \"us_east_1\"\n  region = \"us-east-1\"\n}}\n\n\
             locals {{\n  tags = {{ service = \"{name}\" }}\n}}\n"
        )
        .into_bytes(),
    );
    files.insert(
        "infra/terraform/variables.tf".into(),
        b"variable \"region\" {\n  type    = string\n  default = \"eu-west-2\"\n}\n".to_vec(),
    );
    files.insert(
        "infra/terraform/prod.tfvars".into(),
        format!("region = \"{region}\"\n").into_bytes(),
    );
    files.insert(
        "infra/terraform/main.tf".into(),
        format!(
            "resource \"aws_s3_bucket\" \"documents\" {{\n  bucket = \"{name}-documents\"\n}}\n\n\
             resource \"aws_acm_certificate\" \"cdn\" {{\n  provider          = aws.us_east_1\n  domain_name       = \"{name}.service.nhs.uk\"\n  validation_method = \"DNS\"\n}}\n"
        )
        .into_bytes(),
    );
    let node = ["18", "20.11.1", "22", "16.20.2"][rng.below(4) as usize];
    files.insert(".nvmrc".into(), format!("{node}\n").into_bytes());
    files.insert(
        ".tool-versions".into(),
        b"terraform 1.9.5\npython 3.12.4\n".to_vec(),
    );
    files.insert(
        "Dockerfile".into(),
        format!("FROM node:{node}-alpine AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci\n\nFROM nginx:1.27-alpine\nCOPY --from=build /app/dist /usr/share/nginx/html\n").into_bytes(),
    );
    files.insert(
        "package.json".into(),
        format!("{{\n  \"name\": \"{name}\",\n  \"engines\": {{ \"node\": \">={node}\" }}\n}}\n")
            .into_bytes(),
    );
    files.insert(
        ".github/workflows/ci.yml".into(),
        b"name: CI\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: gitleaks/gitleaks-action@v2\n      - run: npm ci && npm test\n".to_vec(),
    );
    if rng.chance(70) {
        files.insert(
            ".github/dependabot.yml".into(),
            b"version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule: {interval: weekly}\n  - package-ecosystem: terraform\n    directory: /infra/terraform\n    schedule: {interval: weekly}\n".to_vec(),
        );
    }
}

/// Writes a tree for a set of paths (nested folders included).
fn write_tree(repo: &Repository, files: &BTreeMap<String, Vec<u8>>) -> Oid {
    let mut here: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut below: BTreeMap<String, BTreeMap<String, Vec<u8>>> = BTreeMap::new();
    for (path, data) in files {
        match path.split_once('/') {
            Some((dir, rest)) => {
                below
                    .entry(dir.to_string())
                    .or_default()
                    .insert(rest.to_string(), data.clone());
            }
            None => {
                here.insert(path.clone(), data.clone());
            }
        }
    }
    let mut builder = repo.treebuilder(None).unwrap();
    for (name, data) in here {
        let blob = repo.blob(&data).unwrap();
        builder.insert(name, blob, 0o100_644).unwrap();
    }
    for (dir, sub) in below {
        let tree = write_tree(repo, &sub);
        builder.insert(dir, tree, 0o040_000).unwrap();
    }
    builder.write().unwrap()
}

/// Creates one bare repository with a few commits of history.
pub fn repository(path: &Path, seed: u64) {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let repo = Repository::init_bare(path).unwrap();
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let adrs = 5 + rng.below(26) as u32;
    let extra = 200 + rng.below(200) as u32;
    let commits = 3 + rng.below(6);
    let mut parent: Option<Oid> = None;
    for c in 0..commits {
        // Each commit adds decision records up to the final count.
        let upto = (adrs * (c as u32 + 1)).div_ceil(commits as u32);
        let mut state = Rng(seed + 1);
        let tree = write_tree(&repo, &files(&mut state, &name, upto, extra));
        let tree = repo.find_tree(tree).unwrap();
        let sig = Signature::new(
            "Dev",
            "dev@example.nhs.uk",
            &Time::new(1_760_000_000 + c as i64 * 86_400, 0),
        )
        .unwrap();
        let parents: Vec<git2::Commit<'_>> = parent
            .map(|p| repo.find_commit(p).unwrap())
            .into_iter()
            .collect();
        let parents: Vec<&git2::Commit<'_>> = parents.iter().collect();
        let oid = repo
            .commit(
                Some("refs/heads/main"),
                &sig,
                &sig,
                &format!("Change {c}"),
                &tree,
                &parents,
            )
            .unwrap();
        parent = Some(oid);
    }
    repo.set_head("refs/heads/main").unwrap();
}

/// A portfolio of `n` bare repositories under `root` (made once and kept:
/// a folder that already holds `n` repositories is reused).
pub fn portfolio(root: &Path, n: usize) -> Vec<PathBuf> {
    let paths: Vec<PathBuf> = (0..n)
        .map(|i| root.join(format!("service-{i:04}.git")))
        .collect();
    let marker = root.join(format!(".complete-evidence-{n}"));
    if !marker.exists() {
        let _ = std::fs::remove_dir_all(root);
        std::fs::create_dir_all(root).unwrap();
        for (i, path) in paths.iter().enumerate() {
            repository(path, i as u64 + 1);
        }
        std::fs::write(&marker, "").unwrap();
    }
    paths
}
