//! What a policy file declares, read from regorus's parse: its package, the
//! reporting sets and `test_*` rules it defines, and whether its findings
//! name their own rule ids.
//!
//! The parse is regorus's own (when compiling, the very one the engine
//! made), so strings, comments and layout cannot mislead these answers as a
//! reading of the text could. Comments are the one thing it drops, so
//! METADATA blocks are still read from the text (see `metadata`).
//!
//! regorus exposes its syntax tree as `regorus::unstable`; the version pin
//! in Cargo.toml is exact, so a change to it is met on upgrading.

use regorus::unstable::{Expr, Literal, Module, Parser, Query, Ref, Rule, RuleHead, Source};
use regorus::{Engine, Value};

use super::error::PolicyError;
use super::metadata::Severity;
use super::{PolicyFile, SETS};

/// The module the engine parsed when `file` was just added to it, so what
/// the file declares is read from that parse rather than from a second.
pub(crate) fn added(engine: &mut Engine, file: &PolicyFile) -> Result<Ref<Module>, PolicyError> {
    match engine.get_modules().last() {
        Some(module) if *module.package.span.source.get_path() == file.display => {
            Ok(module.clone())
        }
        // Not so in regorus as pinned; should that change, parse it here.
        _ => parse(&file.display, &file.text).map(Ref::new),
    }
}

/// Parses a policy file as the engine does (Rego v1); one that does not
/// parse gives the located compile error that adding it to an engine gives.
pub(crate) fn parse(display: &str, text: &str) -> Result<Module, PolicyError> {
    super::nesting::check(display, text)?;
    let error = |e: &anyhow::Error| PolicyError::compile(display, text, &format!("{e:#}"));
    let source =
        Source::from_contents(display.to_string(), text.to_string()).map_err(|e| error(&e))?;
    let mut parser = Parser::new(&source).map_err(|e| error(&e))?;
    parser.enable_rego_v1().map_err(|e| error(&e))?;
    parser.parse().map_err(|e| error(&e))
}

/// The package a policy's text declares (`wgll.cloud.x`), from its first
/// statement only; None when that does not parse (compiling the file then
/// says why).
pub(crate) fn package_of(display: &str, text: &str) -> Option<String> {
    let source = Source::from_contents(display.to_string(), text.to_string()).ok()?;
    // Only the `package` statement is read: the lexer is lazy, so the rest of
    // the file is not even tokenised.
    let package = Parser::new(&source).ok()?.parse_package().ok()?;
    Some(ref_path(&package.refr)?.join("."))
}

/// The package of a parsed module (`wgll.cloud.x`), without `data.`.
pub(crate) fn package_path(module: &Module) -> Vec<String> {
    // A package that parsed is a static path, so None cannot happen.
    ref_path(&module.package.refr).unwrap_or_default()
}

/// The names of a static reference (`data.lib.f`, `a["b"]`), outermost
/// first; None when any part of it is computed (`a[x]`).
pub(crate) fn ref_path(expr: &Expr) -> Option<Vec<String>> {
    let mut parts = Vec::new();
    let mut at = expr;
    loop {
        match at {
            Expr::Var { span, .. } => {
                parts.push(span.text().to_string());
                break;
            }
            Expr::RefDot { refr, field, .. } => {
                parts.push(field.0.text().to_string());
                at = refr;
            }
            Expr::RefBrack { refr, index, .. } => {
                let (Expr::String { value, .. } | Expr::RawString { value, .. }) = index.as_ref()
                else {
                    return None;
                };
                parts.push(value.as_string().ok()?.to_string());
                at = refr;
            }
            _ => return None,
        }
    }
    parts.reverse();
    Some(parts)
}

/// A rule's name as a path (`deny`, `a.b`), and whether it is a function.
pub(crate) fn rule_name(rule: &Rule) -> Option<(Vec<String>, bool)> {
    match rule {
        Rule::Spec { head, .. } => match head {
            RuleHead::Compr { refr, .. } | RuleHead::Set { refr, .. } => {
                Some((ref_path(refr)?, false))
            }
            RuleHead::Func { refr, .. } => Some((ref_path(refr)?, true)),
        },
        Rule::Default { refr, args, .. } => Some((ref_path(refr)?, !args.is_empty())),
    }
}

/// Which of the reporting sets (`SETS`) a module defines as rules, in
/// `SETS` order. A function named `deny` is not one: it cannot be evaluated
/// as a set.
pub(crate) fn declared_sets(module: &Module) -> Vec<(&'static str, Severity)> {
    let roots: Vec<String> = module
        .policy
        .iter()
        .filter_map(|rule| rule_name(rule))
        .filter(|(_, is_function)| !is_function)
        .filter_map(|(path, _)| path.into_iter().next())
        .collect();
    SETS.iter()
        .filter(|(name, _)| roots.iter().any(|root| root == name))
        .copied()
        .collect()
}

/// Whether a module's rules build findings that carry their own rule ids:
/// an object literal with a `"rule"` key anywhere in a rule.
pub(crate) fn names_rule_ids(module: &Module) -> bool {
    let key = Value::from("rule");
    let mut found = false;
    for rule in &module.policy {
        each_expr(rule, |expr| {
            if let Expr::Object { fields, .. } = expr {
                found |= fields.iter().any(|(_, k, _)| {
                    matches!(k.as_ref(),
                        Expr::String { value, .. } | Expr::RawString { value, .. } if *value == key)
                });
            }
        });
        if found {
            return true;
        }
    }
    false
}

/// The `test_*` rules of a module with the 1-based line of each, in file
/// order; a name defined more than once (incremental rules) is listed at
/// its first definition. Functions and `default` values are not tests.
pub(crate) fn test_rules(module: &Module) -> Vec<(String, usize)> {
    let mut tests: Vec<(String, usize)> = Vec::new();
    for rule in &module.policy {
        let Rule::Spec { span, .. } = rule.as_ref() else {
            continue;
        };
        let Some((mut path, false)) = rule_name(rule) else {
            continue;
        };
        let Some(name) = path
            .pop()
            .filter(|n| path.is_empty() && n.starts_with("test_"))
        else {
            continue;
        };
        if !tests.iter().any(|(n, _)| *n == name) {
            tests.push((name, span.line as usize));
        }
    }
    tests
}

/// A place to visit: an expression, or a query (a body, a comprehension's
/// or an `every`'s) whose statements hold expressions.
enum Node<'a> {
    Expr(&'a Expr),
    Query(&'a Query),
}

/// Calls `visit` on every expression of a rule: its head (name, arguments,
/// key, value), each body and `else` branch, nested comprehension and
/// `every` queries, and `with` modifiers. The walk keeps its own stack, so a
/// deeply nested rule cannot exhaust the thread's.
pub(crate) fn each_expr<'a>(rule: &'a Rule, mut visit: impl FnMut(&'a Expr)) {
    let mut stack: Vec<Node<'a>> = Vec::new();
    match rule {
        Rule::Spec { head, bodies, .. } => {
            let (refr, args, key, assign) = match head {
                RuleHead::Compr { refr, assign, .. } => (refr, &[][..], None, assign.as_ref()),
                RuleHead::Set { refr, key, .. } => (refr, &[][..], key.as_ref(), None),
                RuleHead::Func {
                    refr, args, assign, ..
                } => (refr, args.as_slice(), None, assign.as_ref()),
            };
            stack.push(Node::Expr(refr));
            stack.extend(args.iter().map(|a| Node::Expr(a)));
            stack.extend(key.map(|k| Node::Expr(k)));
            stack.extend(assign.map(|a| Node::Expr(&a.value)));
            for body in bodies {
                stack.extend(body.assign.iter().map(|a| Node::Expr(&a.value)));
                stack.push(Node::Query(&body.query));
            }
        }
        Rule::Default {
            refr, args, value, ..
        } => {
            stack.push(Node::Expr(refr));
            stack.extend(args.iter().map(|a| Node::Expr(a)));
            stack.push(Node::Expr(value));
        }
    }
    while let Some(node) = stack.pop() {
        let expr = match node {
            Node::Query(query) => {
                for stmt in &query.stmts {
                    for with in &stmt.with_mods {
                        stack.push(Node::Expr(&with.refr));
                        stack.push(Node::Expr(&with.r#as));
                    }
                    match &stmt.literal {
                        Literal::SomeVars { .. } => {}
                        Literal::SomeIn {
                            key,
                            value,
                            collection,
                            ..
                        } => {
                            stack.extend(key.iter().map(|k| Node::Expr(k)));
                            stack.push(Node::Expr(value));
                            stack.push(Node::Expr(collection));
                        }
                        Literal::Expr { expr, .. } | Literal::NotExpr { expr, .. } => {
                            stack.push(Node::Expr(expr));
                        }
                        Literal::Every { domain, query, .. } => {
                            stack.push(Node::Expr(domain));
                            stack.push(Node::Query(query));
                        }
                    }
                }
                continue;
            }
            Node::Expr(expr) => expr,
        };
        visit(expr);
        match expr {
            Expr::String { .. }
            | Expr::RawString { .. }
            | Expr::Number { .. }
            | Expr::Bool { .. }
            | Expr::Null { .. }
            | Expr::Var { .. } => {}
            Expr::Array { items, .. } | Expr::Set { items, .. } => {
                stack.extend(items.iter().map(|i| Node::Expr(i)));
            }
            Expr::Object { fields, .. } => {
                for (_, key, value) in fields {
                    stack.push(Node::Expr(key));
                    stack.push(Node::Expr(value));
                }
            }
            Expr::ArrayCompr { term, query, .. } | Expr::SetCompr { term, query, .. } => {
                stack.push(Node::Expr(term));
                stack.push(Node::Query(query));
            }
            Expr::ObjectCompr {
                key, value, query, ..
            } => {
                stack.push(Node::Expr(key));
                stack.push(Node::Expr(value));
                stack.push(Node::Query(query));
            }
            Expr::Call { fcn, params, .. } => {
                stack.push(Node::Expr(fcn));
                stack.extend(params.iter().map(|p| Node::Expr(p)));
            }
            Expr::UnaryExpr { expr, .. } => stack.push(Node::Expr(expr)),
            Expr::RefDot { refr, .. } => stack.push(Node::Expr(refr)),
            Expr::RefBrack { refr, index, .. } => {
                stack.push(Node::Expr(refr));
                stack.push(Node::Expr(index));
            }
            Expr::BinExpr { lhs, rhs, .. }
            | Expr::BoolExpr { lhs, rhs, .. }
            | Expr::ArithExpr { lhs, rhs, .. }
            | Expr::AssignExpr { lhs, rhs, .. } => {
                stack.push(Node::Expr(lhs));
                stack.push(Node::Expr(rhs));
            }
            Expr::Membership {
                key,
                value,
                collection,
                ..
            } => {
                stack.extend(key.iter().map(|k| Node::Expr(k)));
                stack.push(Node::Expr(value));
                stack.push(Node::Expr(collection));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module(text: &str) -> Module {
        match parse("p.rego", text) {
            Ok(module) => module,
            Err(e) => panic!("{e}"),
        }
    }

    fn sets(text: &str) -> Vec<&'static str> {
        declared_sets(&module(text))
            .into_iter()
            .map(|(name, _)| name)
            .collect()
    }

    #[test]
    fn a_file_that_does_not_parse_is_the_located_compile_error() {
        let text = "package bad\n\ndeny contains x if {\n  x := \n}\n";
        let Err(PolicyError::Compile { file, line, .. }) = parse("bad.rego", text) else {
            panic!()
        };
        assert_eq!((file.as_str(), line), ("bad.rego", 4));
        let mut engine = regorus::Engine::new();
        let Err(e) = engine.add_policy("bad.rego".into(), text.into()) else {
            panic!()
        };
        let PolicyError::Compile {
            line: engine_line, ..
        } = PolicyError::compile("bad.rego", text, &format!("{e:#}"))
        else {
            panic!()
        };
        assert_eq!(engine_line, line);
    }

    #[test]
    fn the_package_is_its_path_whatever_follows_it() {
        let package = |text: &str| package_of("p.rego", text);
        assert_eq!(package("package a.b\n").as_deref(), Some("a.b"));
        // A comment naming another package, before or after it.
        assert_eq!(
            package(
                "# package fake\n# METADATA\n# title: package x\npackage real # not package y\n"
            )
            .as_deref(),
            Some("real")
        );
        assert_eq!(
            package("package a[\"b-c\"].d\n").as_deref(),
            Some("a.b-c.d")
        );
        // Only the package statement is read, as overlaying needs no more.
        assert_eq!(package("package a\n\ndeny {\n").as_deref(), Some("a"));
        assert_eq!(package("# no package\ndeny contains 1\n"), None);
    }

    #[test]
    fn sets_are_rules_not_words_in_strings_or_comments() {
        assert_eq!(
            sets("package p\n\n  deny contains \"indented\" if { true }\nwarn contains 1\n"),
            ["deny", "warn"]
        );
        let text = "package p\n\n# deny contains x\nmsg := `\ndeny contains everything\nviolation[x]`\n\ninfo(x) := x\n\ndeny_all contains 1\n";
        assert!(sets(text).is_empty(), "{:?}", sets(text));
        assert_eq!(sets("package p\n\nviolation := 1\n"), ["violation"]);
        assert_eq!(sets("package p\n\ndefault warn := false\n"), ["warn"]);
    }

    #[test]
    fn rule_ids_are_object_keys_in_rules() {
        let names = |text: &str| names_rule_ids(&module(text));
        assert!(names(
            "package p\n\ndeny contains f if {\n  f := {\"msg\": \"m\", \"rule\": \"X-01\"}\n}\n"
        ));
        assert!(names(
            "package p\n\ndeny contains {\"rule\": id, \"msg\": \"m\"} if { some id in [\"A\"] }\n"
        ));
        assert!(names(
            "package p\n\ndeny contains f if { f := [o | o := {`rule`: \"A\"}][0] }\n"
        ));
        // Only said of the key, in a comment, a string or as a value.
        assert!(!names(
            "package p\n\n# {\"rule\": \"X\"}\ndeny contains f if {\n  f := {\"msg\": \"\\\"rule\\\": X\", \"r\": \"rule\"}\n}\n"
        ));
    }

    #[test]
    fn test_rules_are_found_however_they_are_written() {
        let text = "package p_test\n\n# test_in_comment if { true }\nmsg := `\ntest_in_string if { true }`\n\n  test_indented if { true }\n\ntest_value := true\n\ntest_helper(x) := x\n\ndefault test_value := false\n\ntest_value if { false }\n\ntest_set contains 1\n";
        let found = test_rules(&module(text));
        assert_eq!(
            found,
            [
                ("test_indented".to_string(), 7),
                ("test_value".to_string(), 9),
                ("test_set".to_string(), 17),
            ]
        );
    }
}
