//! The rules wgll checks itself rather than through Rego: they judge the
//! configuration (waivers), not the repository, so they have no policy
//! file. They sit in the catalogue like any rule, so they are listed,
//! explained, counted and reported the same way.

use super::metadata::{Resource, RuleMeta, Severity};

/// A waiver past its expiry date.
pub const WAIVER_EXPIRED: &str = "WAIVER-01";
/// A waiver that matches no finding.
pub const WAIVER_UNUSED: &str = "WAIVER-02";

/// The `package` of built-in rules, which have no Rego package.
pub const PACKAGE: &str = "wgll (built in)";

/// The built-in rules' metadata.
pub fn rules() -> Vec<RuleMeta> {
    let rule = |id: &str, title: &str, severity, description: &str, remediation: &str| {
        RuleMeta {
        id: id.into(),
        title: title.into(),
        description: description.into(),
        severity,
        severity_by_phase: Default::default(),
        kinds: Vec::new(),
        measure: Some("well_led".into()),
        tcop: Vec::new(),
        remediation: Some(remediation.into()),
        requirement: None,
        related_resources: vec![Resource {
            url: "https://transform.england.nhs.uk/digitise-connect-transform/what-good-looks-like/what-good-looks-like-publication/".into(),
            description: Some("NHS England, What Good Looks Like: well led (governance of risk)".into()),
        }],
        // About the configuration, not the repository: assessed when it fires.
        judges: Vec::new(),
        reads: Vec::new(),
        package: PACKAGE.into(),
        file: "docs/configuration.md".into(),
        line: 1,
    }
    };
    vec![
        rule(
            WAIVER_EXPIRED,
            "Waivers are renewed or removed when they expire",
            Severity::Error,
            "A waiver records an accepted deviation for a limited time. Once its expiry date has passed it no longer waives anything, and the deviation needs a fresh decision.",
            "Fix the finding the waiver covered and delete the waiver, or have the approver renew it with a new expiry date and the reason it still holds.",
        ),
        rule(
            WAIVER_UNUSED,
            "Every waiver still waives something",
            Severity::Warning,
            "A waiver that matches no finding is left over from a problem since fixed (or names the wrong rule or path); left in place it would silently hide the problem if it came back.",
            "Delete the waiver, or correct its rule id or path.",
        ),
    ]
}
