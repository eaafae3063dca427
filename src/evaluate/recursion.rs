//! Functions that call themselves, found before a policy runs.
//!
//! Rego forbids recursion and OPA's compiler rejects it. regorus stops a rule
//! that depends on itself, but a function that calls itself (directly or
//! through others) recurses until the thread's stack is gone, which aborts
//! the whole process: no located error, and in an audit no other result. So
//! the functions of every module compiled are read from regorus's parse,
//! the calls in their heads and bodies (`else` branches too) followed, and a
//! cycle is reported at the call that closes it.
//!
//! A call names its function by a bare name (one of its own package), by
//! `data.pkg.f`, or through an import (`import data.lib` then `lib.f`); each
//! is resolved to a full path, so a cycle through several files or packages
//! is found as well as one inside a file.

use std::collections::BTreeMap;

use regorus::unstable::{Expr, Module, Ref, Span};

use super::error::PolicyError;
use super::parse;

/// A function that calls itself, through `path`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cycle {
    /// The functions in call order, first repeated last (`f -> g -> f`):
    /// by name in the first one's package, else by path (`lib.g`).
    pub path: Vec<String>,
    /// The file holding the call that closes the cycle.
    pub file: String,
    /// 1-based line of that call.
    pub line: usize,
    /// 1-based column of that call.
    pub column: usize,
}

impl Cycle {
    /// What to say about it.
    pub fn message(&self) -> String {
        if self.path.len() == 2 {
            format!(
                "function `{}` calls itself; Rego does not allow recursion",
                self.path[0]
            )
        } else {
            format!(
                "functions call each other in a cycle ({}); Rego does not allow recursion",
                self.path.join(" -> ")
            )
        }
    }
}

/// Refuses modules whose functions call themselves, with a compile error
/// located at the call that closes the first cycle.
pub(crate) fn refuse(modules: &[Ref<Module>]) -> Result<(), PolicyError> {
    let Some(cycle) = function_cycle(modules) else {
        return Ok(());
    };
    let text = modules
        .iter()
        .map(|m| &m.package.span.source)
        .find(|source| *source.get_path() == cycle.file)
        .map_or("", |source| source.get_contents().as_str());
    // In regorus's own shape, so it is located like any compile error.
    let message = format!(
        "error: {}\n --> {}:{}:{}\n",
        cycle.message(),
        cycle.file,
        cycle.line,
        cycle.column
    );
    let mut error = PolicyError::compile(&cycle.file, text, &message);
    if let PolicyError::Compile { help, .. } = &mut error {
        *help = "compute the result without the function calling itself, for \
                 example with a comprehension or `walk`"
            .into();
    }
    Err(error)
}

/// One function (all its definitions), by full path (`data.p.f`).
struct Function {
    path: Vec<String>,
    /// Components of `path` that are its package's (`data.p`: 2).
    package_len: usize,
    /// Its calls to functions of the modules, in source order.
    calls: Vec<Call>,
}

/// A call from one function to another, at the called name.
struct Call {
    callee: usize,
    at: Span,
}

/// The first cycle among the functions the modules define, if any.
pub fn function_cycle(modules: &[Ref<Module>]) -> Option<Cycle> {
    let mut functions: Vec<Function> = Vec::new();
    let mut by_path: BTreeMap<Vec<String>, usize> = BTreeMap::new();
    // Every function first, so a call to one defined further on (or in a
    // later file) is known.
    for module in modules {
        let package = full_package(module);
        for rule in &module.policy {
            let Some((name, true)) = parse::rule_name(rule) else {
                continue;
            };
            let path: Vec<String> = package.iter().cloned().chain(name).collect();
            by_path.entry(path.clone()).or_insert_with(|| {
                functions.push(Function {
                    path,
                    package_len: package.len(),
                    calls: Vec::new(),
                });
                functions.len() - 1
            });
        }
    }
    for module in modules {
        let package = full_package(module);
        let imports = data_imports(module);
        for rule in &module.policy {
            let Some((name, true)) = parse::rule_name(rule) else {
                continue;
            };
            let path: Vec<String> = package.iter().cloned().chain(name).collect();
            let Some(&caller) = by_path.get(&path) else {
                continue;
            };
            let mut calls: Vec<Call> = Vec::new();
            parse::each_expr(rule, |expr| {
                let Expr::Call { fcn, .. } = expr else {
                    return;
                };
                let Some(named) = parse::ref_path(fcn) else {
                    return;
                };
                let target = resolve(named, &package, &imports);
                if let Some(&callee) = by_path.get(&target) {
                    calls.push(Call {
                        callee,
                        at: fcn.span().clone(),
                    });
                }
            });
            // The walk's order is not the text's; the cycle reported is
            // the one a reader meets first.
            calls.sort_by_key(|call| call.at.start);
            functions[caller].calls.extend(calls);
        }
    }
    (0..functions.len()).find_map(|start| find_cycle(start, &functions))
}

/// `data` and the package's path (`data.wgll.lib`).
pub(super) fn full_package(module: &Module) -> Vec<String> {
    std::iter::once("data".to_string())
        .chain(parse::package_path(module))
        .collect()
}

/// The module's imports of `data`, by the name they bind (`lib`, or the
/// `as` name).
pub(super) fn data_imports(module: &Module) -> Vec<(String, Vec<String>)> {
    module
        .imports
        .iter()
        .filter_map(|import| {
            let path = parse::ref_path(&import.refr)?;
            if path.first().map(String::as_str) != Some("data") {
                return None;
            }
            let name = match &import.r#as {
                Some(alias) => alias.text().to_string(),
                None => path.last()?.clone(),
            };
            Some((name, path))
        })
        .collect()
}

/// A called name as a full path: `data.` paths as written, an imported name
/// through its import, anything else inside the caller's package.
pub(super) fn resolve(
    named: Vec<String>,
    package: &[String],
    imports: &[(String, Vec<String>)],
) -> Vec<String> {
    let Some(first) = named.first() else {
        return named;
    };
    if first == "data" {
        return named;
    }
    if let Some((_, path)) = imports.iter().find(|(name, _)| name == first) {
        return path.iter().chain(&named[1..]).cloned().collect();
    }
    package.iter().cloned().chain(named).collect()
}

/// A depth-first search from `start` for a path back to it.
fn find_cycle(start: usize, functions: &[Function]) -> Option<Cycle> {
    let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
    let mut path: Vec<usize> = vec![start];
    let mut seen = vec![false; functions.len()];
    seen[start] = true;
    while let Some((node, next)) = stack.pop() {
        let Some(call) = functions[node].calls.get(next) else {
            path.pop();
            continue;
        };
        stack.push((node, next + 1));
        if call.callee == start {
            path.push(start);
            let home = &functions[start].path[..functions[start].package_len];
            let names = path
                .iter()
                .map(|&f| display_name(&functions[f].path, home))
                .collect();
            let (line, column) = line_and_column(&call.at);
            return Some(Cycle {
                path: names,
                file: call.at.source.get_path().clone(),
                line,
                column,
            });
        }
        if !seen[call.callee] {
            seen[call.callee] = true;
            path.push(call.callee);
            stack.push((call.callee, 0));
        }
    }
    None
}

/// Where a span starts, as a 1-based line and column in characters (regorus
/// counts a tab as four columns; the error's snippet counts characters).
pub(super) fn line_and_column(span: &Span) -> (usize, usize) {
    let text = span.source.get_contents();
    let start = (span.start as usize).min(text.len());
    let before = text.get(..start).unwrap_or("");
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

/// A function's name as a reader of package `home` writes it.
fn display_name(path: &[String], home: &[String]) -> String {
    path.strip_prefix(home)
        .filter(|rest| !rest.is_empty())
        .unwrap_or(&path[1..])
        .join(".")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn modules(texts: &[&str]) -> Vec<Ref<Module>> {
        texts
            .iter()
            .enumerate()
            .map(
                |(i, text)| match parse::parse(&format!("f{i}.rego"), text) {
                    Ok(module) => Ref::new(module),
                    Err(e) => panic!("{e}"),
                },
            )
            .collect()
    }

    fn cycle(text: &str) -> Option<Cycle> {
        function_cycle(&modules(&[text]))
    }

    #[test]
    fn finds_a_function_that_calls_itself() {
        let text = "package p\n\nf(x) := y if {\n\ty := f(x + 1)\n}\n\ndeny contains \"x\" if { f(1) > 0 }\n";
        let Some(cycle) = cycle(text) else { panic!() };
        assert_eq!(cycle.path, ["f", "f"]);
        assert_eq!(
            (cycle.file.as_str(), cycle.line, cycle.column),
            ("f0.rego", 4, 7)
        );
        assert!(cycle.message().contains("`f` calls itself"));
    }

    #[test]
    fn finds_mutual_recursion_through_a_one_line_function() {
        let text = "package p\n\neven(n) if odd(n - 1)\n\nodd(n) if {\n\tn > 0\n\teven(n - 1)\n}\n";
        let Some(cycle) = cycle(text) else { panic!() };
        assert_eq!(cycle.path, ["even", "odd", "even"]);
        assert_eq!(cycle.line, 7);
    }

    #[test]
    fn calls_elsewhere_comments_strings_and_other_packages_are_not_cycles() {
        let text = "package p\n\nimport data.lib\n\n# f(x) calls f(x) in a comment\nf(x) := lib.f(x) if {\n\tmsg := \"f(x)\"\n\tcount(msg) > 0\n}\n\ng(x) := f(x)\n\ndefault h(_) := false\n\nh(x) if g(x)\n";
        assert_eq!(cycle(text), None);
    }

    #[test]
    fn a_call_in_a_raw_string_or_a_multi_line_comment_is_not_a_call() {
        let text = "package p\n\nf(x) := y if {\n\ty := `f(x)\n\t\tf(x)`\n\t# f(x)\n\t# y := f(x)\n\tx > 0\n}\n";
        assert_eq!(cycle(text), None);
    }

    #[test]
    fn else_branches_belong_to_their_function() {
        let text = "package p\n\nf(x) := 1 if {\n\tx > 1\n} else := f(x - 1)\n";
        assert_eq!(cycle(text).map(|c| c.line), Some(5));
        let text = "package p\n\nf(x) := 1 if {\n\tx > 1\n} else := 2 if {\n\tf(x - 1) > 0\n}\n";
        assert_eq!(cycle(text).map(|c| c.line), Some(6));
    }

    #[test]
    fn a_function_named_like_a_keyword_is_a_function() {
        let text = "package p\n\nf(x) := 1 if { x > 1 }\n\nelsewhere(x) := f(x)\n";
        assert_eq!(cycle(text), None);
        let text = "package p\n\nf(x) := elsewhere(x)\n\nelsewhere(x) := f(x)\n";
        assert_eq!(cycle(text).map(|c| c.path.len()), Some(3));
        let text = "package p\n\nimported(x) := defaulted(x)\n\ndefaulted(x) := imported(x)\n";
        assert_eq!(
            cycle(text).map(|c| c.path),
            Some(vec![
                "imported".into(),
                "defaulted".into(),
                "imported".into()
            ])
        );
    }

    #[test]
    fn a_call_on_one_line_with_its_definition_is_found() {
        // The old reading took a head for a statement only at the start of a line.
        let text =
            "package p\n\nf(x) := y if { y := [v | some v in x; g(v)] }\n  g(v) if { f([v]) }\n";
        assert_eq!(cycle(text).map(|c| c.path.len()), Some(3));
    }

    #[test]
    fn calls_by_data_path_or_import_into_the_same_package_are_followed() {
        let text = "package p.q\n\nf(x) := data.p.q.f(x)\n";
        assert_eq!(
            cycle(text).map(|c| c.path),
            Some(vec!["f".into(), "f".into()])
        );
        let text = "package p.q\n\nimport data.p.q as me\n\nf(x) := me.g(x)\n\ng(x) := f(x)\n";
        assert_eq!(cycle(text).map(|c| c.path.len()), Some(3));
    }

    #[test]
    fn a_cycle_across_files_and_packages_is_found() {
        let found = function_cycle(&modules(&[
            "package a\n\nimport data.b\n\nf(x) := b.g(x)\n",
            "package b\n\ng(x) := data.a.f(x)\n",
        ]));
        let Some(cycle) = found else { panic!() };
        assert_eq!(cycle.path, ["f", "b.g", "f"]);
        assert_eq!((cycle.file.as_str(), cycle.line), ("f1.rego", 3));
        // The same names in two packages are two functions.
        let found = function_cycle(&modules(&[
            "package a\n\nf(x) := data.b.f(x)\n",
            "package b\n\nf(x) := x\n",
        ]));
        assert_eq!(found, None);
    }

    #[test]
    fn the_bundled_library_has_no_cycles() {
        let files = crate::evaluate::bundle::bundled();
        let texts: Vec<&str> = files
            .iter()
            .filter(|f| !f.is_data())
            .map(|f| f.text.as_str())
            .collect();
        assert_eq!(function_cycle(&modules(&texts)), None);
    }

    #[test]
    fn compiling_refuses_a_cycle_at_the_call_in_its_file() {
        use crate::evaluate::{Policies, PolicyFile};
        let files = [
            PolicyFile::new("a.rego", "a.rego", "package a\n\nf(x) := data.b.g(x)\n"),
            PolicyFile::new(
                "b.rego",
                "b.rego",
                "package b\n\nimport data.a\n\n# a.f(x) is called below\ng(x) := y if {\n\ty := a.f(x)\n}\n",
            ),
        ];
        let Err(PolicyError::Compile {
            file,
            line,
            column,
            message,
            help,
            ..
        }) = Policies::compile(&files, false)
        else {
            panic!()
        };
        assert_eq!((file.as_str(), line, column), ("b.rego", 7, 7));
        assert!(message.contains("(f -> b.g -> f)"), "{message}");
        assert!(help.contains("comprehension"), "{help}");
    }
}
