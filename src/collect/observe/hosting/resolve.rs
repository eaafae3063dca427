//! Works out the literal values an expression can take, the way Terraform
//! would for the few forms that are literal in the code: a string, a
//! variable's default or a `.tfvars` value, a caller's module input, a
//! `locals` entry, another resource's `location`. Anything else (a function
//! call, a condition, a data source, a value given only when Terraform runs)
//! is unresolved, with the reason; nothing is guessed.

use std::collections::BTreeMap;
use std::ops::Range;

use hcl_edit::expr::Expression;
use hcl_edit::template::Element;

use super::terraform::{Config, Placed, names};

/// How many references are followed from one expression before giving up
/// (a local naming a variable naming a caller's local...).
const MAX_DEPTH: usize = 12;

/// One literal value an expression can take, and where it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Value {
    /// The value as written (`UK South`).
    pub text: String,
    /// The file it is written in.
    pub file: String,
    /// Its place there.
    pub span: Range<usize>,
    /// How it was reached: `literal`, `variable default`, `tfvars`,
    /// `module input`, `local`, `resource`.
    pub via: &'static str,
}

/// An expression whose value cannot be read from the code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unknown {
    /// The file of the expression that could not be followed further.
    pub file: String,
    /// Its place there.
    pub span: Range<usize>,
    /// Why.
    pub why: String,
}

/// What an expression resolves to: every value it can take, and every
/// path that could not be followed.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Literal values, each once.
    pub values: Vec<Value>,
    /// What could not be followed.
    pub unknown: Vec<Unknown>,
}

/// Who calls each module folder: folder -> (caller's folder, call index).
pub type Callers = BTreeMap<String, Vec<(String, usize)>>;

/// The callers of each local module.
pub fn callers(config: &Config) -> Callers {
    let mut out: Callers = BTreeMap::new();
    for (dir, module) in &config.modules {
        for (i, call) in module.calls.iter().enumerate() {
            if let Some(folder) = &call.folder
                && config.modules.contains_key(folder)
            {
                out.entry(folder.clone())
                    .or_default()
                    .push((dir.clone(), i));
            }
        }
    }
    out
}

/// Resolves `expr` as written in module folder `dir`.
pub fn resolve(config: &Config, callers: &Callers, dir: &str, expr: &Placed) -> Outcome {
    let mut out = Outcome::default();
    walk(config, callers, dir, expr, "literal", 0, &mut out);
    out
}

fn walk(
    config: &Config,
    callers: &Callers,
    dir: &str,
    at: &Placed,
    via: &'static str,
    depth: usize,
    out: &mut Outcome,
) {
    let unknown = |out: &mut Outcome, why: String| note(out, at, why);
    if depth > MAX_DEPTH {
        unknown(out, "it refers on too many times to follow".into());
        return;
    }
    let follow = |expr: &Expression| Placed {
        file: at.file.clone(),
        expr: expr.clone(),
        span: hcl_edit::Span::span(expr).unwrap_or_else(|| at.span.clone()),
    };
    match &at.expr {
        Expression::String(s) => {
            let v = Value {
                text: s.value().to_string(),
                file: at.file.clone(),
                span: at.span.clone(),
                via,
            };
            if !out.values.contains(&v) {
                out.values.push(v);
            }
        }
        Expression::Parenthesis(p) => {
            walk(
                config,
                callers,
                dir,
                &follow(p.inner()),
                via,
                depth + 1,
                out,
            );
        }
        // "${var.region}" is var.region.
        Expression::StringTemplate(t) => {
            let parts: Vec<&Element> = t.iter().collect();
            match parts.as_slice() {
                [Element::Interpolation(i)] => {
                    walk(config, callers, dir, &follow(&i.expr), via, depth + 1, out);
                }
                _ => unknown(out, "it is built from a template".into()),
            }
        }
        expr => match names(expr).as_deref() {
            Some([var, name]) if var == "var" => {
                variable(config, callers, dir, at, name, depth, out);
            }
            Some([local, name]) if local == "local" => {
                match config.modules.get(dir).and_then(|m| m.locals.get(name)) {
                    Some(value) => walk(config, callers, dir, value, "local", depth + 1, out),
                    None => unknown(
                        out,
                        format!("no `locals` entry `{name}` is written in this module"),
                    ),
                }
            }
            Some([kind, name, attr])
                if matches!(attr.as_str(), "location" | "region") && kind != "data" =>
            {
                let resource = config.modules.get(dir).and_then(|m| {
                    m.resources
                        .iter()
                        .find(|r| !r.data && &r.kind == kind && &r.name == name)
                });
                match resource.and_then(|r| r.argument(attr)) {
                    Some(value) => walk(config, callers, dir, &value, "resource", depth + 1, out),
                    None => unknown(
                        out,
                        format!("`{kind}.{name}` sets no `{attr}` in this module"),
                    ),
                }
            }
            Some([data, ..]) if data == "data" => unknown(
                out,
                "it is looked up from the cloud when Terraform runs".into(),
            ),
            _ => unknown(out, "it is computed when Terraform runs".into()),
        },
    }
}

/// Records that `at` could not be followed, once.
fn note(out: &mut Outcome, at: &Placed, why: String) {
    let u = Unknown {
        file: at.file.clone(),
        span: at.span.clone(),
        why,
    };
    if !out.unknown.contains(&u) {
        out.unknown.push(u);
    }
}

/// `var.name` in `dir`: what each caller passes (or the default where a
/// caller passes nothing); for a module no folder of the repository calls
/// (a root), each `.tfvars` value and the default.
fn variable(
    config: &Config,
    callers: &Callers,
    dir: &str,
    at: &Placed,
    name: &str,
    depth: usize,
    out: &mut Outcome,
) {
    let Some(module) = config.modules.get(dir) else {
        return;
    };
    let default = module.variables.get(name);
    if default.is_none() {
        note(
            out,
            at,
            format!("no `variable \"{name}\"` is declared in this module"),
        );
        return;
    }
    let default = default.and_then(Option::as_ref);
    if let Some(calls) = callers.get(dir) {
        for (caller, i) in calls {
            let input = config.modules[caller].calls[*i].inputs.get(name);
            match (input, default) {
                (Some(input), _) => walk(
                    config,
                    callers,
                    caller,
                    input,
                    "module input",
                    depth + 1,
                    out,
                ),
                (None, Some(default)) => walk(
                    config,
                    callers,
                    dir,
                    default,
                    "variable default",
                    depth + 1,
                    out,
                ),
                (None, None) => {}
            }
        }
        return;
    }
    let mut set = false;
    for values in module.tfvars.values() {
        if let Some(value) = values.get(name) {
            set = true;
            walk(config, callers, dir, value, "tfvars", depth + 1, out);
        }
    }
    match default {
        Some(default) => walk(
            config,
            callers,
            dir,
            default,
            "variable default",
            depth + 1,
            out,
        ),
        None if !set => note(
            out,
            at,
            format!(
                "`var.{name}` has no default and no `.tfvars` file in the repository sets it: it is given when Terraform runs"
            ),
        ),
        None => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::collect::observe::Reader;
    use crate::collect::observe::hosting::terraform;
    use crate::collect::source::MemoryTree;
    use crate::sourcemap::SourceMap;

    fn values_of(files: &[(&str, &str)], dir: &str) -> Outcome {
        let tree = MemoryTree::new(files.iter().map(|(p, t)| (*p, *t)));
        let mut sources = SourceMap::default();
        let mut reader = Reader::new(&tree, &mut sources);
        let config = terraform::read(&mut reader);
        let callers = callers(&config);
        let provider = &config.modules[dir].providers[0];
        let region = provider.region.clone().expect("a region");
        resolve(&config, &callers, dir, &region)
    }

    fn texts(o: &Outcome) -> Vec<(&str, &str)> {
        o.values.iter().map(|v| (v.text.as_str(), v.via)).collect()
    }

    #[test]
    fn a_variable_resolves_to_its_tfvars_values_and_default() {
        let o = values_of(
            &[
                (
                    "main.tf",
                    "provider \"aws\" {\n  region = var.region\n}\nvariable \"region\" {\n  default = \"eu-west-2\"\n}\n",
                ),
                ("env/prod.tfvars", "region = \"eu-west-1\"\n"),
            ],
            "",
        );
        assert_eq!(
            texts(&o),
            [("eu-west-1", "tfvars"), ("eu-west-2", "variable default")]
        );
        assert!(o.unknown.is_empty());
    }

    #[test]
    fn locals_templates_and_callers_are_followed() {
        let o = values_of(
            &[
                (
                    "root/main.tf",
                    "module \"app\" {\n  source = \"../app\"\n  where = local.home\n}\nlocals {\n  home = \"${var.r}\"\n}\nvariable \"r\" {\n  default = \"eu-west-2\"\n}\n",
                ),
                (
                    "app/main.tf",
                    "provider \"aws\" {\n  region = var.where\n}\nvariable \"where\" {}\n",
                ),
            ],
            "app",
        );
        assert_eq!(texts(&o), [("eu-west-2", "variable default")]);
    }

    #[test]
    fn what_runs_only_in_terraform_is_unknown_with_why() {
        let o = values_of(
            &[(
                "main.tf",
                "provider \"aws\" {\n  region = var.region\n}\nvariable \"region\" {\n  type = string\n}\n",
            )],
            "",
        );
        assert!(o.values.is_empty());
        assert!(
            o.unknown[0].why.contains("given when Terraform runs"),
            "{:?}",
            o.unknown
        );
        let o = values_of(
            &[(
                "main.tf",
                "provider \"aws\" {\n  region = lookup(var.m, terraform.workspace)\n}\n",
            )],
            "",
        );
        assert_eq!(o.unknown[0].why, "it is computed when Terraform runs");
    }

    #[test]
    fn a_reference_loop_ends() {
        let o = values_of(
            &[(
                "main.tf",
                "provider \"aws\" {\n  region = local.a\n}\nlocals {\n  a = local.b\n  b = local.a\n}\n",
            )],
            "",
        );
        assert!(o.values.is_empty());
        assert!(
            o.unknown[0].why.contains("too many times"),
            "{:?}",
            o.unknown
        );
    }
}
