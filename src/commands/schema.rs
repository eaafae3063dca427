//! `wgll schema`: the manifest's JSON Schema, exactly as bundled, for
//! editors and validators (`wgll schema > wgll.schema.json`), and the
//! stable, versioned address it is published at (`wgll schema --address`).
//!
//! The address is the raw file at the release tag in the project's
//! repository, so what it serves is byte for byte what `wgll schema` of
//! that release prints: nothing has to be uploaded for it to exist. The
//! repository is Cargo.toml's `repository`, or `WGLL_HOME` at build time
//! for a fork's own builds; a build that knows neither has no address.

use super::Outcome;
use crate::evaluate::bundle;

/// Where the schema sits in the bundled library (`data.wgll.schema`), and
/// in the repository under `policies/`.
pub const BUNDLE_PATH: &str = "wgll/schema/data.json";

/// The repository this build was released from, if it was told.
pub fn home() -> Option<&'static str> {
    option_env!("WGLL_HOME")
        .filter(|h| !h.is_empty())
        .or(Some(env!("CARGO_PKG_REPOSITORY")).filter(|h| !h.is_empty()))
}

/// The schema's address for `version` in the repository at `home`: the raw
/// file at the tag `v{version}`. Only GitHub's raw address is known to be
/// stable; another forge's home gives no address rather than a guess.
pub fn address_for(home: &str, version: &str) -> Option<String> {
    let repo = home
        .trim_end_matches('/')
        .trim_end_matches(".git")
        .strip_prefix("https://github.com/")?;
    let mut parts = repo.split('/');
    let (owner, name) = (parts.next()?, parts.next()?);
    let plain = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    };
    if parts.next().is_some() || !plain(owner) || !plain(name) {
        return None;
    }
    Some(format!(
        "https://raw.githubusercontent.com/{owner}/{name}/v{version}/policies/{BUNDLE_PATH}"
    ))
}

/// This build's schema address, if it has one.
pub fn address() -> Option<String> {
    address_for(home()?, env!("CARGO_PKG_VERSION"))
}

/// Why `wgll schema --address` has nothing to print.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error(
    "this build of wgll does not know the repository it was released from, so its schema has no address"
)]
#[diagnostic(
    code(wgll::schema::no_address),
    help(
        "a release build names its repository in Cargo.toml; for this one, write the schema to a file with `wgll schema > .wgll/wgll.schema.json` (docs/editors.md)"
    )
)]
pub struct NoAddress;

/// The schema's text, exactly as bundled, or (with `address_only`) its
/// address.
pub fn run(address_only: bool) -> Result<Outcome, NoAddress> {
    if address_only {
        return address()
            .map(|a| Outcome {
                exit: 0,
                stdout: format!("{a}\n"),
            })
            .ok_or(NoAddress);
    }
    let text = bundle::bundled()
        .into_iter()
        .find(|f| f.bundle_path == BUNDLE_PATH)
        .map(|f| f.text)
        .unwrap_or_default();
    Ok(Outcome {
        exit: u8::from(text.is_empty()),
        stdout: text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_github_home_gives_the_raw_file_at_the_tag() {
        assert_eq!(
            address_for("https://github.com/nhs-org/wgll", "1.2.0").as_deref(),
            Some(
                "https://raw.githubusercontent.com/nhs-org/wgll/v1.2.0/policies/wgll/schema/data.json"
            )
        );
        assert_eq!(
            address_for("https://github.com/nhs-org/wgll.git/", "1.2.0"),
            address_for("https://github.com/nhs-org/wgll", "1.2.0")
        );
    }

    #[test]
    fn any_other_home_gives_no_address() {
        for home in [
            "",
            "https://gitlab.com/nhs-org/wgll",
            "https://github.com/nhs-org",
            "https://github.com/nhs-org/wgll/tree/main",
            "https://github.com/nhs org/wgll",
            "http://github.com/nhs-org/wgll",
        ] {
            assert_eq!(address_for(home, "1.0.0"), None, "{home}");
        }
    }

    #[test]
    fn the_bundled_schema_is_printed_as_it_is_in_the_repository() {
        let printed = run(false).map(|o| o.stdout).unwrap_or_default();
        let file = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("policies")
                .join(BUNDLE_PATH),
        )
        .unwrap_or_default();
        assert!(!printed.is_empty());
        assert_eq!(printed, file);
    }
}
