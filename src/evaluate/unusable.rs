//! Policies that would compile but cannot work under wgll, refused when
//! loaded rather than found out by a check that passes in silence.
//!
//! regorus answers `http.send` with undefined, so a rule that asks the
//! network quietly never fires; a built-in it does not have at all (OPA's
//! `crypto.*`, `io.jwt.*`, `net.lookup_ip_addr`) fails only if a check
//! happens to reach the call; and the clock, chance and the host
//! (`time.now_ns`, `rand.intn`, `opa.runtime`) make one repository's
//! results differ from run to run. A reporting rule written as a function
//! (`deny(x) := x`) is never evaluated as a set, so it reports nothing.
//! Each is refused at the place it is written.

use std::collections::BTreeSet;

use regorus::unstable::{BUILTINS, Expr, Module, Ref, Rule, Span};

use super::error::PolicyError;
use super::{SETS, parse, recursion};

/// Built-ins regorus has that a check must not call, and why.
const REFUSED: [(&str, &str); 6] = [
    (
        "http.send",
        "it reaches the network, which wgll never does, and evaluates to nothing",
    ),
    (
        "opa.runtime",
        "it describes the host wgll runs on, not the repository",
    ),
    (
        "time.now_ns",
        "it reads the clock; policies judge dates against `input.today`",
    ),
    (
        "rand.intn",
        "it is random, so a check would not give the same result twice",
    ),
    (
        "uuid.rfc4122",
        "it is random, so a check would not give the same result twice",
    ),
    (
        "test.sleep",
        "it only waits, and a check runs under a time limit",
    ),
];

/// Refuses the first module, in load order, that calls a built-in wgll
/// does not provide or defines a reporting rule as a function.
pub(crate) fn refuse(modules: &[Ref<Module>]) -> Result<(), PolicyError> {
    let functions = user_functions(modules);
    for module in modules {
        if let Some((span, name)) = reporting_function(module) {
            return Err(located(
                &span,
                &format!("`{name}` is written as a function; reporting rules must be partial sets"),
                &format!(
                    "write `{name} contains msg if {{ ... }}`: wgll reads `{name}` as a set of \
                     findings, so a function of that name would report nothing"
                ),
            ));
        }
        if let Some((span, name, why)) = unusable_call(module, &functions) {
            return Err(located(
                &span,
                &format!("`{name}` cannot be used in a wgll policy: {why}"),
                "policies see only the input document and data; give what the policy \
                 needs to the repository (a file wgll reads) or to `data` (a data file \
                 beside the policy, or `params:` in the configuration)",
            ));
        }
    }
    Ok(())
}

/// Every function the modules define, by full path (`data.p.f`).
fn user_functions(modules: &[Ref<Module>]) -> BTreeSet<Vec<String>> {
    let mut functions = BTreeSet::new();
    for module in modules {
        let package = recursion::full_package(module);
        for rule in &module.policy {
            if let Some((name, true)) = parse::rule_name(rule) {
                functions.insert(package.iter().cloned().chain(name).collect());
            }
        }
    }
    functions
}

/// A rule of a reporting set's name (`deny`, `warn`, ...) with arguments.
fn reporting_function(module: &Module) -> Option<(Span, &'static str)> {
    module.policy.iter().find_map(|rule| {
        let (path, true) = parse::rule_name(rule)? else {
            return None;
        };
        let [name] = path.as_slice() else {
            return None;
        };
        let (set, _) = SETS.iter().find(|(set, _)| set == name)?;
        Some((rule_span(rule).clone(), *set))
    })
}

fn rule_span(rule: &Rule) -> &Span {
    match rule {
        Rule::Spec { span, .. } | Rule::Default { span, .. } => span,
    }
}

/// The first call, in the text's order, to a refused built-in or to a
/// function that is neither the modules' own nor one regorus provides.
fn unusable_call(
    module: &Module,
    functions: &BTreeSet<Vec<String>>,
) -> Option<(Span, String, String)> {
    let package = recursion::full_package(module);
    let imports = recursion::data_imports(module);
    let mut found: Vec<(Span, String, String)> = Vec::new();
    for rule in &module.policy {
        parse::each_expr(rule, |expr| {
            let Expr::Call { fcn, .. } = expr else {
                return;
            };
            let Some(named) = parse::ref_path(fcn) else {
                return;
            };
            if functions.contains(&recursion::resolve(named.clone(), &package, &imports)) {
                return;
            }
            let name = named.join(".");
            let why = if let Some((_, why)) = REFUSED.iter().find(|(n, _)| *n == name) {
                (*why).to_string()
            } else if name == "print" || BUILTINS.contains_key(name.as_str()) {
                return;
            } else if name == "net.lookup_ip_addr" {
                "it reaches the network (DNS), which wgll never does".to_string()
            } else {
                "it is not a built-in function wgll provides (wgll evaluates Rego with \
                 regorus, which has most of OPA's built-ins but not all)"
                    .to_string()
            };
            found.push((fcn.span().clone(), name, why));
        });
    }
    found.into_iter().min_by_key(|(span, _, _)| span.start)
}

/// A compile error at a span, in regorus's own shape so it is located like
/// any other.
fn located(span: &Span, message: &str, help: &str) -> PolicyError {
    let (line, column) = recursion::line_and_column(span);
    let file = span.source.get_path().clone();
    let text = span.source.get_contents();
    let mut error = PolicyError::compile(
        &file,
        text,
        &format!("error: {message}\n --> {file}:{line}:{column}\n"),
    );
    if let PolicyError::Compile { help: h, .. } = &mut error {
        *h = help.into();
    }
    error
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(texts: &[&str]) -> Option<(usize, usize, String)> {
        let modules: Vec<Ref<Module>> = texts
            .iter()
            .enumerate()
            .map(
                |(i, text)| match parse::parse(&format!("p{i}.rego"), text) {
                    Ok(module) => Ref::new(module),
                    Err(e) => panic!("{e}"),
                },
            )
            .collect();
        match refuse(&modules) {
            Ok(()) => None,
            Err(PolicyError::Compile {
                line,
                column,
                message,
                ..
            }) => Some((line, column, message)),
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn a_call_to_the_network_is_refused_where_it_is_written() {
        let text = "package p\n\ndeny contains \"down\" if {\n\tr := http.send({\"url\": \"https://x\"})\n\tr.status_code != 200\n}\n";
        let Some((line, column, message)) = refused(&[text]) else {
            panic!("accepted")
        };
        assert_eq!((line, column), (4, 7));
        assert!(message.contains("`http.send`"), "{message}");
        let dns = "package p\n\nx := net.lookup_ip_addr(\"example.org\")\n";
        assert!(refused(&[dns]).is_some_and(|(l, _, m)| l == 3 && m.contains("DNS")));
    }

    #[test]
    fn the_clock_chance_and_missing_built_ins_are_refused() {
        for call in [
            "time.now_ns()",
            "rand.intn(\"x\", 3)",
            "opa.runtime()",
            "crypto.sha256(\"a\")",
        ] {
            let text = format!("package p\n\nx := {call}\n");
            assert!(refused(&[&text]).is_some(), "{call} accepted");
        }
    }

    #[test]
    fn built_ins_and_the_policies_own_functions_are_accepted() {
        let lib = "package lib\n\nsha256(x) := x\n";
        let user = "package p\n\nimport data.lib\n\nf(x) := upper(x)\n\ndeny contains m if {\n\tm := f(lib.sha256(sprintf(\"%v\", [time.parse_ns(\"2006-01-02\", input.today)])))\n\tprint(m)\n\tdata.lib.sha256(m)\n}\n";
        assert_eq!(refused(&[lib, user]), None);
    }

    #[test]
    fn a_reporting_rule_written_as_a_function_is_refused() {
        let Some((line, _, message)) = refused(&["package p\n\ndeny(x) := x\n"]) else {
            panic!("accepted")
        };
        assert_eq!(line, 3);
        assert!(message.contains("partial sets"), "{message}");
        assert!(refused(&["package p\n\nwarn(x) := x if x\n"]).is_some());
        // Only the sets' own names: a helper that merely starts with one is fine.
        assert_eq!(refused(&["package p\n\ndeny_reason(x) := x\n"]), None);
        assert_eq!(
            refused(&["package p\n\nhelpers.deny(x) := x\n"]),
            None,
            "a nested name is not the set"
        );
    }
}
