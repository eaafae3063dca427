//! What wgll prints about itself for shells, `man` and editors: completion
//! scripts, the manual page and the manifest's JSON Schema, each from the
//! one definition it must agree with.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::{root, stdout_of, wgll};

fn printed(args: &[&str]) -> String {
    let out = wgll().args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{args:?}");
    stdout_of(&out)
}

/// Runs `shell` with `args` on `script` as standard input, when the shell
/// is installed: its own syntax check.
fn shell_accepts(shell: &str, args: &[&str], script: &str) {
    let Ok(mut child) = Command::new(shell)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
    else {
        return; // not installed here
    };
    child
        .stdin
        .take()
        .unwrap()
        .write_all(script.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{shell} rejects the script: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn completions_name_every_subcommand_for_each_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = printed(&["completions", shell]);
        for sub in [
            "check",
            "audit",
            "rules",
            "explain",
            "completions",
            "schema",
        ] {
            assert!(script.contains(sub), "{shell}: no {sub}");
        }
    }
    shell_accepts("bash", &["-n"], &printed(&["completions", "bash"]));
    shell_accepts("zsh", &["-n"], &printed(&["completions", "zsh"]));
    shell_accepts(
        "fish",
        &["--no-execute"],
        &printed(&["completions", "fish"]),
    );
}

#[test]
fn an_unknown_shell_is_refused_with_the_choices() {
    let out = wgll().args(["completions", "tcsh"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bash, elvish, fish, powershell, zsh"), "{err}");
}

#[test]
fn the_manual_page_is_roff_naming_the_subcommands() {
    let page = printed(&["man"]);
    assert!(page.contains(".TH wgll 1"), "{page}");
    assert!(page.contains(".SH NAME"), "{page}");
    for sub in ["check", "audit", "completions"] {
        assert!(page.contains(sub), "no {sub} in\n{page}");
    }
}

#[test]
fn schema_prints_the_bundled_manifest_schema_exactly() {
    let printed = printed(&["schema"]);
    let file = std::fs::read_to_string(root().join("policies/wgll/schema/data.json")).unwrap();
    assert_eq!(printed, file);
    let schema: serde_json::Value = serde_json::from_str(&printed).unwrap();
    assert!(
        schema["$schema"]
            .as_str()
            .unwrap()
            .contains("json-schema.org")
    );
}
