//! Terraform and OpenTofu configurations, read with a real HCL parser
//! (`hcl-edit`, which keeps each expression's place in the file) into the
//! parts hosting needs: per module folder, its variables, locals, provider
//! blocks, resources and calls of other modules, and the `.tfvars` and
//! `.tfvars.json` files that set its variables.

use std::collections::BTreeMap;
use std::ops::Range;

use hcl_edit::Span;
use hcl_edit::expr::{Expression, ObjectKey, TraversalOperator};
use hcl_edit::structure::{Block, Body};

use crate::collect::observe::Reader;

/// The most `.tf`, `.tfvars` and `.tfvars.json` files read from one repository: far above a
/// real estate's, low enough that a vendored provider cache is not parsed.
const MAX_FILES: usize = 4000;

/// The deepest bracket nesting parsed; the parser recurses, and no real
/// configuration comes near this.
const MAX_NESTING: usize = 200;

/// Folders never holding the team's own infrastructure code.
const SKIPPED: &[&str] = &[
    ".terraform/",
    "node_modules/",
    "vendor/",
    ".terragrunt-cache/",
];

/// Every module folder of a repository, keyed by its path (`""` at the root).
#[derive(Debug, Default)]
pub struct Config {
    /// Module folders by path.
    pub modules: BTreeMap<String, Module>,
}

/// An expression, with the file it is written in.
#[derive(Debug, Clone)]
pub struct Placed {
    /// The file.
    pub file: String,
    /// The expression.
    pub expr: Expression,
    /// Its place in the file (the attribute's, when the parser gives the
    /// expression none).
    pub span: Range<usize>,
}

/// One module folder: every `.tf` file directly in it.
#[derive(Debug, Default)]
pub struct Module {
    /// `variable` blocks: name -> default (None when it has none), and the
    /// block's place.
    pub variables: BTreeMap<String, Option<Placed>>,
    /// `locals` entries by name.
    pub locals: BTreeMap<String, Placed>,
    /// `provider` blocks.
    pub providers: Vec<Provider>,
    /// `resource` and `data` blocks.
    pub resources: Vec<Resource>,
    /// `module` blocks.
    pub calls: Vec<Call>,
    /// `.tfvars` files for this folder (in it or beneath it): file -> values.
    pub tfvars: BTreeMap<String, BTreeMap<String, Placed>>,
}

/// A `provider` block.
#[derive(Debug)]
pub struct Provider {
    /// Its local name (`aws`).
    pub name: String,
    /// Its `alias`, if any.
    pub alias: Option<String>,
    /// Its `region` argument.
    pub region: Option<Placed>,
    /// Its `for_each` (OpenTofu's providers per region).
    pub for_each: Option<Placed>,
    /// The file, and the block's place.
    pub file: String,
    /// The block's place.
    pub span: Range<usize>,
}

impl Provider {
    /// How resources name it: `aws` or `aws.alias`.
    pub fn reference(&self) -> String {
        match &self.alias {
            Some(alias) => format!("{}.{alias}", self.name),
            None => self.name.clone(),
        }
    }
}

/// A `resource` or `data` block.
#[derive(Debug)]
pub struct Resource {
    /// Whether it is a `data` source (a lookup, which stores nothing).
    pub data: bool,
    /// Its type (`aws_s3_bucket`).
    pub kind: String,
    /// Its name.
    pub name: String,
    /// The provider it uses: its `provider` argument (`aws.edge`), else the
    /// type's prefix (`aws`).
    pub provider: String,
    /// Its body's top-level arguments.
    pub body: Body,
    /// The file.
    pub file: String,
}

impl Resource {
    /// `aws_s3_bucket.logs`, as Terraform addresses it.
    pub fn address(&self) -> String {
        if self.data {
            format!("data.{}.{}", self.kind, self.name)
        } else {
            format!("{}.{}", self.kind, self.name)
        }
    }

    /// A top-level argument, placed.
    pub fn argument(&self, key: &str) -> Option<Placed> {
        placed(&self.file, &self.body, key)
    }

    /// A top-level argument's literal string value.
    pub fn literal(&self, key: &str) -> Option<&str> {
        match &self.body.get_attribute(key)?.value {
            Expression::String(s) => Some(s.value().as_str()),
            _ => None,
        }
    }
}

/// A `module` block.
#[derive(Debug)]
pub struct Call {
    /// Its name.
    pub name: String,
    /// The folder it names, for a local source (`./modules/kms`).
    pub folder: Option<String>,
    /// Its `providers` map: the module's name for a provider -> the
    /// caller's (`aws.edge`).
    pub providers: Vec<(String, String)>,
    /// Its other arguments, the module's inputs.
    pub inputs: BTreeMap<String, Placed>,
    /// Its `for_each`: what `each` means in its inputs.
    pub for_each: Option<Placed>,
}

/// Reads every Terraform file of the repository. Files that cannot be
/// parsed are listed in `observed.unread`, and the others still read.
pub fn read(reader: &mut Reader<'_>) -> Config {
    let mut config = Config::default();
    let paths: Vec<&String> = reader
        .files()
        .iter()
        .filter(|p| is_terraform(p) || is_tfvars(p))
        .filter(|p| {
            !SKIPPED
                .iter()
                .any(|s| p.starts_with(s) || p.contains(&format!("/{s}")))
        })
        .collect();
    if paths.len() > MAX_FILES {
        reader.unreadable(
            paths[MAX_FILES],
            format!("more than {MAX_FILES} Terraform files: the rest were not read"),
        );
    }
    let mut tfvars = Vec::new();
    for path in paths.into_iter().take(MAX_FILES) {
        let Some(text) = reader.text(path) else {
            continue;
        };
        if nesting(&text) > MAX_NESTING {
            reader.unreadable(path, format!("nested more than {MAX_NESTING} deep"));
            continue;
        }
        if is_tfvars_json(path) {
            match tfvars_json(path, &text) {
                Ok(values) => tfvars.push((path.clone(), values)),
                Err(why) => reader.unreadable(path, why),
            }
            continue;
        }
        let body = match hcl_edit::parser::parse_body(&text) {
            Ok(body) => body,
            Err(e) => {
                let at = e.location();
                reader.unreadable(
                    path,
                    format!(
                        "not valid HCL at line {}, column {}: {}",
                        at.line(),
                        at.column(),
                        e.message()
                    ),
                );
                continue;
            }
        };
        if is_tfvars(path) {
            let values = body
                .attributes()
                .map(|a| (a.key.as_str().to_string(), place(path, &a.value, a.span())))
                .collect();
            tfvars.push((path.clone(), values));
        } else {
            let module = config
                .modules
                .entry(folder_of(path).to_string())
                .or_default();
            add_file(module, path, body);
        }
    }
    // A .tfvars file sets the variables of the nearest module folder at or
    // above it (`env/prod.tfvars` beside or under `main.tf`).
    for (path, values) in tfvars {
        let mut folder = folder_of(&path).to_string();
        loop {
            if let Some(module) = config.modules.get_mut(&folder) {
                module.tfvars.insert(path, values);
                break;
            }
            if folder.is_empty() {
                break;
            }
            folder = folder_of(&folder).to_string();
        }
    }
    config
}

/// The values of a `.tfvars.json` file. JSON's object syntax is also HCL's
/// (`{"region": "eu-west-2"}` is an HCL object constructor), so the HCL
/// parser reads it with each value's place; a value holding `${` would be
/// read as a template and so left unresolved, never guessed.
fn tfvars_json(path: &str, text: &str) -> Result<BTreeMap<String, Placed>, String> {
    // Valid JSON first: HCL accepts more than JSON, and a file Terraform
    // would refuse must not yield values.
    if let Err(e) = serde_json::from_str::<serde::de::IgnoredAny>(text) {
        return Err(format!(
            "not valid JSON at line {}, column {}: {e}",
            e.line(),
            e.column()
        ));
    }
    // The parser takes one expression with no space around it. Trimming the
    // end keeps every offset; space before the `{` is moved just inside it,
    // which keeps every offset after the brace.
    let body = text.trim_end();
    let lead = body.len() - body.trim_start().len();
    let body = match body[lead..].strip_prefix('{') {
        Some(rest) if lead > 0 => format!("{{{}{rest}", &body[..lead]),
        _ => body.to_string(),
    };
    let Ok(Expression::Object(object)) = hcl_edit::parser::parse_expr(&body) else {
        return Err("not a JSON object of variable values".into());
    };
    Ok(object
        .iter()
        .filter_map(|(key, value)| {
            let name = match key {
                ObjectKey::Ident(ident) => ident.as_str().to_string(),
                ObjectKey::Expression(Expression::String(s)) => s.value().to_string(),
                ObjectKey::Expression(_) => return None,
            };
            Some((name, place(path, value.expr(), None)))
        })
        .collect())
}

fn is_terraform(path: &str) -> bool {
    path.ends_with(".tf") || path.ends_with(".tofu")
}

/// `.tfvars` files that set variables; backend settings
/// (`prod.backend.tfvars`, `dev_backend.tfvars`) configure state, not
/// the configuration.
fn is_tfvars(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    (name.ends_with(".tfvars") || name.ends_with(".tfvars.json"))
        && !name.to_ascii_lowercase().contains("backend")
}

/// `terraform.tfvars.json`, `prod.auto.tfvars.json`: the same values,
/// written as JSON.
fn is_tfvars_json(path: &str) -> bool {
    path.ends_with(".tfvars.json") && is_tfvars(path)
}

/// The folder holding `path` (`""` at the root).
pub fn folder_of(path: &str) -> &str {
    path.rfind('/').map_or("", |i| &path[..i])
}

/// How deep brackets nest, counted over the whole text (strings included,
/// which can only overcount).
fn nesting(text: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    for b in text.bytes() {
        match b {
            b'{' | b'[' | b'(' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b'}' | b']' | b')' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

fn place(file: &str, expr: &Expression, fallback: Option<Range<usize>>) -> Placed {
    let span = expr.span().or(fallback).unwrap_or(0..0);
    Placed {
        file: file.to_string(),
        expr: expr.clone(),
        span,
    }
}

fn placed(file: &str, body: &Body, key: &str) -> Option<Placed> {
    let attr = body.get_attribute(key)?;
    Some(place(file, &attr.value, attr.span()))
}

fn label(block: &Block, i: usize) -> Option<String> {
    block.labels.get(i).map(|l| l.as_str().to_string())
}

fn add_file(module: &mut Module, path: &str, body: Body) {
    for structure in body.into_iter() {
        let Ok(block) = structure.into_block() else {
            continue;
        };
        match block.ident.as_str() {
            "variable" => {
                if let Some(name) = label(&block, 0) {
                    module
                        .variables
                        .insert(name, placed(path, &block.body, "default"));
                }
            }
            "locals" => {
                for attr in block.body.attributes() {
                    module.locals.insert(
                        attr.key.as_str().to_string(),
                        place(path, &attr.value, attr.span()),
                    );
                }
            }
            "provider" => {
                if let Some(name) = label(&block, 0) {
                    let alias = match &block.body.get_attribute("alias").map(|a| &a.value) {
                        Some(Expression::String(s)) => Some(s.value().to_string()),
                        _ => None,
                    };
                    module.providers.push(Provider {
                        name,
                        alias,
                        region: placed(path, &block.body, "region"),
                        for_each: placed(path, &block.body, "for_each"),
                        file: path.to_string(),
                        span: block.span().unwrap_or(0..0),
                    });
                }
            }
            "resource" | "data" => {
                let (Some(kind), Some(name)) = (label(&block, 0), label(&block, 1)) else {
                    continue;
                };
                let provider = block
                    .body
                    .get_attribute("provider")
                    .and_then(|a| reference(&a.value))
                    .unwrap_or_else(|| kind.split('_').next().unwrap_or("").to_string());
                module.resources.push(Resource {
                    data: block.ident.as_str() == "data",
                    kind,
                    name,
                    provider,
                    body: block.body,
                    file: path.to_string(),
                });
            }
            "module" => {
                if let Some(name) = label(&block, 0) {
                    module.calls.push(call(path, name, &block.body));
                }
            }
            _ => {}
        }
    }
}

fn call(path: &str, name: String, body: &Body) -> Call {
    let source = match body.get_attribute("source").map(|a| &a.value) {
        Some(Expression::String(s)) => Some(s.value().to_string()),
        _ => None,
    };
    let folder = source
        .as_deref()
        .filter(|s| s.starts_with("./") || s.starts_with("../"))
        .and_then(|s| crate::collect::source::normalise(folder_of(path), s));
    let mut providers = Vec::new();
    if let Some(Expression::Object(map)) = body.get_attribute("providers").map(|a| &a.value) {
        for (key, value) in map.iter() {
            let inner = match key.as_expr() {
                Some(expr) => reference(expr),
                None => key.as_ident().map(|i| i.as_str().to_string()),
            };
            if let (Some(inner), Some(outer)) = (inner, reference(value.expr())) {
                providers.push((inner, outer));
            }
        }
    }
    let inputs = body
        .attributes()
        .filter(|a| {
            !matches!(
                a.key.as_str(),
                "source" | "version" | "providers" | "count" | "for_each" | "depends_on"
            )
        })
        .map(|a| (a.key.as_str().to_string(), place(path, &a.value, a.span())))
        .collect();
    Call {
        name,
        folder,
        providers,
        inputs,
        for_each: placed(path, body, "for_each"),
    }
}

/// A provider reference written as a traversal: `aws` or `aws.edge`.
fn reference(expr: &Expression) -> Option<String> {
    match expr {
        Expression::Variable(v) => Some(v.as_str().to_string()),
        Expression::Traversal(t) => {
            let Expression::Variable(root) = &t.expr else {
                return None;
            };
            let mut out = root.as_str().to_string();
            for op in &t.operators {
                match op.value() {
                    TraversalOperator::GetAttr(name) => {
                        out.push('.');
                        out.push_str(name.as_str());
                    }
                    _ => return None,
                }
            }
            Some(out)
        }
        _ => None,
    }
}

/// A traversal's parts (`var.region` -> ["var", "region"]), when it is only
/// names.
pub fn names(expr: &Expression) -> Option<Vec<String>> {
    reference(expr).map(|r| r.split('.').map(str::to_string).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::collect::source::MemoryTree;
    use crate::sourcemap::SourceMap;

    fn config(files: &[(&str, &str)]) -> (Config, Vec<crate::collect::observe::Unread>) {
        let tree = MemoryTree::new(files.iter().map(|(p, t)| (*p, *t)));
        let mut sources = SourceMap::default();
        let mut reader = Reader::new(&tree, &mut sources);
        let config = read(&mut reader);
        (config, reader.into_unread())
    }

    #[test]
    fn modules_are_folders_and_their_parts_are_read() {
        let (config, unread) = config(&[
            (
                "infra/main.tf",
                "provider \"aws\" {\n  region = var.region\n}\nprovider \"aws\" {\n  alias = \"edge\"\n  region = \"us-east-1\"\n}\nresource \"aws_acm_certificate\" \"cdn\" {\n  provider = aws.edge\n}\nmodule \"kms\" {\n  source = \"../modules/kms\"\n  providers = { aws = aws.edge }\n  name = \"x\"\n}\n",
            ),
            (
                "infra/variables.tf",
                "variable \"region\" {\n  default = \"eu-west-2\"\n}\nvariable \"env\" {}\n",
            ),
            ("infra/env/prod.tfvars", "region = \"eu-west-1\"\n"),
            ("infra/env/prod.backend.tfvars", "bucket = \"state\"\n"),
            ("modules/kms/main.tf", "resource \"aws_kms_key\" \"k\" {}\n"),
        ]);
        assert!(unread.is_empty(), "{unread:?}");
        let infra = &config.modules["infra"];
        assert_eq!(infra.providers.len(), 2);
        assert_eq!(infra.providers[1].reference(), "aws.edge");
        assert_eq!(infra.resources[0].provider, "aws.edge");
        assert!(infra.variables["region"].is_some() && infra.variables["env"].is_none());
        assert_eq!(infra.calls[0].folder.as_deref(), Some("modules/kms"));
        assert_eq!(
            infra.calls[0].providers,
            vec![("aws".to_string(), "aws.edge".to_string())]
        );
        assert!(infra.calls[0].inputs.contains_key("name"));
        assert_eq!(
            infra.tfvars.keys().collect::<Vec<_>>(),
            ["infra/env/prod.tfvars"]
        );
        assert_eq!(config.modules["modules/kms"].resources[0].provider, "aws");
    }

    #[test]
    fn tfvars_json_values_are_read_with_their_places() {
        let json = "\n {\n  \"region\": \"eu-west-1\",\n  \"tags\": {\"a\": [1, true, null]}\n}\n";
        let (config, unread) = config(&[
            ("infra/main.tf", "variable \"region\" {}\n"),
            ("infra/prod.auto.tfvars.json", json),
            ("infra/broken.tfvars.json", "{\"region\" = \"x\"}"),
            ("infra/list.tfvars.json", "[1]"),
            ("infra/state.backend.tfvars.json", "{\"bucket\": \"s\"}"),
        ]);
        let why: Vec<&str> = unread.iter().map(|u| u.why.as_str()).collect();
        assert_eq!(why.len(), 2, "{unread:?}");
        assert!(why[0].starts_with("not valid JSON at line 1"), "{why:?}");
        assert_eq!(why[1], "not a JSON object of variable values");
        let infra = &config.modules["infra"];
        assert_eq!(
            infra.tfvars.keys().collect::<Vec<_>>(),
            ["infra/prod.auto.tfvars.json"]
        );
        let region = &infra.tfvars["infra/prod.auto.tfvars.json"]["region"];
        assert_eq!(&json[region.span.clone()], "\"eu-west-1\"");
        assert!(matches!(&region.expr, Expression::String(s) if s.value() == "eu-west-1"));
    }

    #[test]
    fn bad_files_are_listed_and_the_rest_still_read() {
        let deep = format!("x = {}{}\n", "[".repeat(500), "]".repeat(500));
        let (config, unread) = config(&[
            ("a/broken.tf", "resource \"x\" {\n"),
            ("a/deep.tf", &deep),
            (
                "a/ok.tf",
                "provider \"google\" {\n  region = \"europe-west2\"\n}\n",
            ),
        ]);
        assert_eq!(unread.len(), 2, "{unread:?}");
        assert!(
            unread[0].why.starts_with("not valid HCL at line"),
            "{unread:?}"
        );
        assert!(unread[1].why.starts_with("nested more than"), "{unread:?}");
        assert_eq!(config.modules["a"].providers.len(), 1);
    }

    #[test]
    fn a_source_that_climbs_out_is_not_a_folder() {
        use crate::collect::source::normalise;
        assert_eq!(normalise("infra", "../modules/x"), Some("modules/x".into()));
        assert_eq!(normalise("", "../x"), None);
        assert_eq!(normalise("a/b", "./c/../d"), Some("a/b/d".into()));
    }
}
