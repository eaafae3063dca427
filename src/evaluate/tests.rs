//! Compiling the library and evaluating one input: reporting sets, time-outs
//! and the errors that name a policy.

use super::*;

fn policy(display: &str, text: &str) -> PolicyFile {
    PolicyFile {
        display: display.into(),
        bundle_path: display.into(),
        place: Vec::new(),
        text: text.into(),
    }
}

#[test]
fn reports_object_and_string_findings() {
    let files = [
        policy(
            "a.rego",
            "package a\n\n# METADATA\n# title: A\n# custom:\n#   id: X-01\n#   severity: warning\ndeny contains f if {\n  input.x == 1\n  f := {\"msg\": \"x is one\", \"at\": \"/x\"}\n}\n",
        ),
        policy(
            "b.rego",
            "package main\n\nwarn contains msg if {\n  input.x == 1\n  msg := \"plain\"\n}\n",
        ),
    ];
    let Ok(p) = Policies::compile(&files, false) else {
        panic!()
    };
    let Ok(found) = p.evaluate(&serde_json::json!({"x": 1})) else {
        panic!()
    };
    assert_eq!(found.len(), 2);
    assert_eq!(
        (
            found[0].rule.as_str(),
            found[0].severity,
            found[0].at.as_deref()
        ),
        ("X-01", Severity::Warning, Some("/x"))
    );
    assert_eq!(
        (
            found[1].rule.as_str(),
            found[1].severity,
            found[1].message.as_str()
        ),
        ("main", Severity::Warning, "plain")
    );
}

#[test]
fn a_compile_error_names_file_and_line() {
    let files = [policy(
        "bad.rego",
        "package bad\n\ndeny contains x if {\n  x := \n}\n",
    )];
    let Err(PolicyError::Compile { file, line, .. }) = Policies::compile(&files, false) else {
        panic!()
    };
    assert_eq!((file.as_str(), line), ("bad.rego", 4));
}

#[test]
fn a_looping_policy_times_out_naming_itself() {
    let quick = "package quick\n\ndeny contains \"x\" if input.never\n";
    let files = [
        policy("a.rego", quick),
        policy(
            "loop.rego",
            "package slow\n\nxs := numbers.range(1, 3000)\n\ndeny contains n if {\n  some n in xs\n  some m in xs\n  n + m < 0\n}\n",
        ),
        policy("z.rego", &quick.replace("quick", "after")),
    ];
    let Ok(mut p) = Policies::compile(&files, false) else {
        panic!()
    };
    p.set_timeout(Duration::from_millis(300));
    let start = Instant::now();
    let Err(PolicyError::Timeout { package, .. }) = p.evaluate(&serde_json::json!({})) else {
        panic!()
    };
    assert_eq!(package, "data.slow");
    // Stopped once, not once for the whole library and again for the
    // package that was running.
    assert!(
        start.elapsed() < Duration::from_millis(550),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn builtin_errors_are_undefined_as_in_opa() {
    let files = [policy(
        "t.rego",
        "package t\n\ndeny contains \"bad\" if {\n  to_number(\"x\") > 0\n}\n",
    )];
    let Ok(p) = Policies::compile(&files, false) else {
        panic!()
    };
    assert_eq!(
        p.evaluate(&serde_json::json!({})).map(|f| f.len()).ok(),
        Some(0)
    );
}
