//! Works out the literal values an expression can take, the way Terraform
//! would for the few forms that are literal in the code: a string, a
//! variable's default or a `.tfvars` value, a caller's module input, a
//! `locals` entry, another resource's `location`, `each.key` and
//! `each.value` over a `for_each` written in the code. Anything else (a function
//! call, a condition, a data source, a value given only when Terraform runs)
//! is unresolved, with the reason; nothing is guessed.

use std::collections::BTreeMap;
use std::ops::Range;

use hcl_edit::Span;
use hcl_edit::expr::{Expression, ObjectKey};
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

/// Where an expression is written: its module folder, and the `for_each`
/// of the block around it (what `each.key` and `each.value` range over).
#[derive(Debug, Clone, Copy)]
pub struct Scope<'a> {
    /// The module folder (`""` at the root).
    pub dir: &'a str,
    /// The enclosing block's `for_each`, if it has one.
    pub each: Option<&'a Placed>,
}

impl<'a> Scope<'a> {
    /// A place with no `for_each` around it (a variable default, a local).
    pub fn plain(dir: &'a str) -> Self {
        Scope { dir, each: None }
    }
}

/// Resolves `expr` as written in `scope`.
pub fn resolve(config: &Config, callers: &Callers, scope: Scope<'_>, expr: &Placed) -> Outcome {
    let mut out = Outcome::default();
    Resolver { config, callers }.text(scope, expr, "literal", 0, &mut out);
    out
}

/// What an expression came to once every reference was followed: handed
/// on with where it is written, how it was reached and how deep.
type Leaf<'f, 'a> = dyn FnMut(Scope<'a>, &Placed, &'static str, usize, &mut Outcome) + 'f;

struct Resolver<'a> {
    config: &'a Config,
    callers: &'a Callers,
}

impl<'a> Resolver<'a> {
    /// The string values `at` can take.
    fn text(
        &self,
        scope: Scope<'a>,
        at: &Placed,
        via: &'static str,
        depth: usize,
        out: &mut Outcome,
    ) {
        self.follow(
            scope,
            at,
            via,
            depth,
            out,
            &mut |_, end, via, _, out| match &end.expr {
                Expression::String(s) => {
                    let v = Value {
                        text: s.value().to_string(),
                        file: end.file.clone(),
                        span: end.span.clone(),
                        via,
                    };
                    if !out.values.contains(&v) {
                        out.values.push(v);
                    }
                }
                Expression::StringTemplate(_) | Expression::HeredocTemplate(_) => {
                    note(out, end, "it is built from a template".into());
                }
                _ => note(out, end, "it is computed when Terraform runs".into()),
            },
        );
    }

    /// Follows `at` through parentheses, `"${...}"`, variables, locals,
    /// module inputs, other resources' locations and `each`, and hands each
    /// expression it ends in to `leaf`.
    fn follow(
        &self,
        scope: Scope<'a>,
        at: &Placed,
        via: &'static str,
        depth: usize,
        out: &mut Outcome,
        leaf: &mut Leaf<'_, 'a>,
    ) {
        if depth > MAX_DEPTH {
            note(out, at, "it refers on too many times to follow".into());
            return;
        }
        let inner = |expr: &Expression| placed_in(at, expr);
        match &at.expr {
            Expression::Parenthesis(p) => {
                self.follow(scope, &inner(p.inner()), via, depth + 1, out, leaf);
            }
            // "${var.region}" is var.region.
            Expression::StringTemplate(t) => match t.iter().collect::<Vec<_>>().as_slice() {
                [Element::Interpolation(i)] => {
                    self.follow(scope, &inner(&i.expr), via, depth + 1, out, leaf);
                }
                _ => leaf(scope, at, via, depth, out),
            },
            expr => match names(expr).as_deref() {
                Some([var, name]) if var == "var" => {
                    self.variable(scope, at, name, depth, out, leaf);
                }
                Some([local, name]) if local == "local" => {
                    let module = self.config.modules.get(scope.dir);
                    match module.and_then(|m| m.locals.get(name)) {
                        Some(value) => {
                            let plain = Scope::plain(scope.dir);
                            self.follow(plain, value, "local", depth + 1, out, leaf);
                        }
                        None => note(
                            out,
                            at,
                            format!("no `locals` entry `{name}` is written in this module"),
                        ),
                    }
                }
                Some([each, part, rest @ ..])
                    if each == "each" && matches!(part.as_str(), "key" | "value") =>
                {
                    self.each(scope, at, part == "key", rest, depth, out, leaf);
                }
                Some([kind, name, attr])
                    if matches!(attr.as_str(), "location" | "region") && kind != "data" =>
                {
                    let resource = self.config.modules.get(scope.dir).and_then(|m| {
                        m.resources
                            .iter()
                            .find(|r| !r.data && &r.kind == kind && &r.name == name)
                    });
                    match resource.and_then(|r| r.argument(attr)) {
                        Some(value) => {
                            let plain = Scope::plain(scope.dir);
                            self.follow(plain, &value, "resource", depth + 1, out, leaf);
                        }
                        None => note(
                            out,
                            at,
                            format!("`{kind}.{name}` sets no `{attr}` in this module"),
                        ),
                    }
                }
                Some([data, ..]) if data == "data" => note(
                    out,
                    at,
                    "it is looked up from the cloud when Terraform runs".into(),
                ),
                Some(_) => note(out, at, "it is computed when Terraform runs".into()),
                None => leaf(scope, at, via, depth, out),
            },
        }
    }

    /// `var.name` in `scope.dir`: what each caller passes (or the default
    /// where a caller passes nothing); for a module no folder of the
    /// repository calls (a root), each `.tfvars` value and the default.
    fn variable(
        &self,
        scope: Scope<'a>,
        at: &Placed,
        name: &str,
        depth: usize,
        out: &mut Outcome,
        leaf: &mut Leaf<'_, 'a>,
    ) {
        let dir = scope.dir;
        let Some(module) = self.config.modules.get(dir) else {
            return;
        };
        let Some(default) = module.variables.get(name) else {
            note(
                out,
                at,
                format!("no `variable \"{name}\"` is declared in this module"),
            );
            return;
        };
        let default = default.as_ref();
        let next = depth + 1;
        if let Some(calls) = self.callers.get(dir) {
            for (caller, i) in calls {
                let call = &self.config.modules[caller].calls[*i];
                match (call.inputs.get(name), default) {
                    (Some(input), _) => {
                        // The caller's input is written in the `module`
                        // block, where the call's own `for_each` is `each`.
                        let scope = Scope {
                            dir: caller,
                            each: call.for_each.as_ref(),
                        };
                        self.follow(scope, input, "module input", next, out, leaf);
                    }
                    (None, Some(default)) => {
                        let plain = Scope::plain(dir);
                        self.follow(plain, default, "variable default", next, out, leaf);
                    }
                    (None, None) => {}
                }
            }
            return;
        }
        let mut set = false;
        for values in module.tfvars.values() {
            if let Some(value) = values.get(name) {
                set = true;
                self.follow(Scope::plain(dir), value, "tfvars", next, out, leaf);
            }
        }
        match default {
            Some(default) => {
                let plain = Scope::plain(dir);
                self.follow(plain, default, "variable default", next, out, leaf);
            }
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

    /// `each.key` or `each.value` (then `rest`, attributes of the value:
    /// `each.value.location`), over the items of the block's `for_each`.
    #[expect(
        clippy::too_many_arguments,
        reason = "the walk's state, each part needed by the items' callback"
    )]
    fn each(
        &self,
        scope: Scope<'a>,
        at: &Placed,
        key: bool,
        rest: &[String],
        depth: usize,
        out: &mut Outcome,
        leaf: &mut Leaf<'_, 'a>,
    ) {
        let Some(for_each) = scope.each else {
            note(
                out,
                at,
                "`each` is used in a block with no `for_each` this reader follows".into(),
            );
            return;
        };
        let plain = Scope::plain(scope.dir);
        self.items(plain, for_each, depth + 1, out, &mut |item, out| {
            let Item {
                scope,
                key: map_key,
                value,
                via,
                depth,
            } = item;
            match map_key {
                // A map's key is a literal string where it is written.
                Some(map_key) if key => {
                    if rest.is_empty() {
                        leaf(scope, &map_key, via, depth, out);
                    } else {
                        note(out, at, "a `for_each` key has no attributes".into());
                    }
                }
                // A set's key is its value.
                _ => self.attributes(scope, &value, rest, via, depth + 1, out, leaf),
            }
        });
    }

    /// The value at `path` (attribute names) inside `at`'s value.
    #[expect(
        clippy::too_many_arguments,
        reason = "the walk's state, each part needed by the callback"
    )]
    fn attributes(
        &self,
        scope: Scope<'a>,
        at: &Placed,
        path: &[String],
        via: &'static str,
        depth: usize,
        out: &mut Outcome,
        leaf: &mut Leaf<'_, 'a>,
    ) {
        let Some((first, rest)) = path.split_first() else {
            return self.follow(scope, at, via, depth, out, leaf);
        };
        self.follow(
            scope,
            at,
            via,
            depth,
            out,
            &mut |scope, end, via, depth, out| {
                let Expression::Object(object) = &end.expr else {
                    return note(
                        out,
                        end,
                        format!("`{first}` is read from a value that is not written as an object"),
                    );
                };
                let found = object
                    .iter()
                    .find(|(k, _)| key_text(k).as_deref() == Some(first.as_str()));
                match found {
                    Some((_, value)) => {
                        let value = placed_in(end, value.expr());
                        self.attributes(scope, &value, rest, via, depth + 1, out, leaf);
                    }
                    None => note(out, end, format!("this object sets no `{first}`")),
                }
            },
        );
    }

    /// The items of a `for_each` collection, as written: a list or set of
    /// values (`toset([...])`), or a map's keys and values.
    fn items(
        &self,
        scope: Scope<'a>,
        at: &Placed,
        depth: usize,
        out: &mut Outcome,
        each: &mut dyn FnMut(Item<'a>, &mut Outcome),
    ) {
        self.follow(
            scope,
            at,
            "literal",
            depth,
            out,
            &mut |scope, end, via, depth, out| {
                match &end.expr {
                    Expression::Array(array) => {
                        for value in array.iter() {
                            let value = placed_in(end, value);
                            each(
                                Item {
                                    scope,
                                    key: None,
                                    value,
                                    via,
                                    depth,
                                },
                                out,
                            );
                        }
                    }
                    Expression::Object(object) => {
                        for (k, value) in object.iter() {
                            let Some(text) = key_text(k) else {
                                note(out, end, "a `for_each` key is computed".into());
                                continue;
                            };
                            let span = match k {
                                ObjectKey::Ident(ident) => Span::span(ident),
                                ObjectKey::Expression(expr) => Span::span(expr),
                            }
                            .unwrap_or_else(|| end.span.clone());
                            let key = Placed {
                                file: end.file.clone(),
                                expr: Expression::String(text.into()),
                                span,
                            };
                            let value = placed_in(end, value.expr());
                            each(
                                Item {
                                    scope,
                                    key: Some(key),
                                    value,
                                    via,
                                    depth,
                                },
                                out,
                            );
                        }
                    }
                    // Conversions that keep the items: `toset(var.regions)`.
                    Expression::FuncCall(call)
                        if call.name.namespace.is_empty()
                            && matches!(
                                call.name.name.as_str(),
                                "toset" | "tolist" | "tomap" | "distinct" | "nonsensitive"
                            )
                            && call.args.iter().count() == 1 =>
                    {
                        if let Some(arg) = call.args.iter().next() {
                            self.items(scope, &placed_in(end, arg), depth + 1, out, each);
                        }
                    }
                    _ => note(
                        out,
                        end,
                        "its `for_each` is computed when Terraform runs".into(),
                    ),
                }
            },
        );
    }
}

/// One item of a `for_each` collection, and where it is written.
struct Item<'a> {
    scope: Scope<'a>,
    /// A map's key (a list's or set's items have none: each is its own key).
    key: Option<Placed>,
    value: Placed,
    via: &'static str,
    depth: usize,
}

/// An object key's text, when it is written as a name or a plain string.
fn key_text(key: &ObjectKey) -> Option<String> {
    match key {
        ObjectKey::Ident(ident) => Some(ident.as_str().to_string()),
        ObjectKey::Expression(Expression::String(s)) => Some(s.value().to_string()),
        ObjectKey::Expression(_) => None,
    }
}

/// `expr`, written inside `at`: placed in the same file, at its own span
/// where the parser gives one.
fn placed_in(at: &Placed, expr: &Expression) -> Placed {
    Placed {
        file: at.file.clone(),
        expr: expr.clone(),
        span: Span::span(expr).unwrap_or_else(|| at.span.clone()),
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
