//! The tools recognised, and how each shows itself: a GitHub Action, a
//! pre-commit hook (its repository or id), a command and its subcommand,
//! or a container image. One table per way, so adding a tool is a line.

use serde_json::Value;

/// What a tool does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Category {
    /// Finds secrets in code and history.
    Secrets,
    /// Static analysis of the code for security weaknesses.
    Static,
    /// Checks dependencies (packages, images) for known vulnerabilities.
    Dependencies,
}

use Category::{Dependencies, Secrets, Static};

/// A tool found: what it does and its name.
pub type Tool = (Category, &'static str);

/// GitHub Actions, by `owner/repo[/path]` in lower case: the action and
/// every action under it. CodeQL's `upload-sarif` is missing on purpose:
/// it uploads another tool's results and analyses nothing itself.
const ACTIONS: &[(&str, Tool)] = &[
    ("gitleaks/gitleaks-action", (Secrets, "gitleaks")),
    ("zricethezav/gitleaks-action", (Secrets, "gitleaks")),
    ("trufflesecurity/trufflehog", (Secrets, "trufflehog")),
    ("gitguardian/ggshield-action", (Secrets, "ggshield")),
    ("gitguardian/ggshield/actions/secret", (Secrets, "ggshield")),
    (
        "reviewdog/action-detect-secrets",
        (Secrets, "detect-secrets"),
    ),
    ("github/codeql-action/init", (Static, "codeql")),
    ("github/codeql-action/analyze", (Static, "codeql")),
    ("github/codeql-action/autobuild", (Static, "codeql")),
    ("returntocorp/semgrep-action", (Static, "semgrep")),
    ("semgrep/semgrep-action", (Static, "semgrep")),
    (
        "sonarsource/sonarcloud-github-action",
        (Static, "sonarcloud"),
    ),
    (
        "sonarsource/sonarcloud-github-c-cpp",
        (Static, "sonarcloud"),
    ),
    ("sonarsource/sonarqube-scan-action", (Static, "sonarqube")),
    ("pycqa/bandit-action", (Static, "bandit")),
    ("mdegis/bandit-action", (Static, "bandit")),
    ("reviewdog/action-brakeman", (Static, "brakeman")),
    ("securego/gosec", (Static, "gosec")),
    ("bridgecrewio/checkov-action", (Static, "checkov")),
    ("aquasecurity/tfsec-action", (Static, "tfsec")),
    ("aquasecurity/tfsec-sarif-action", (Static, "tfsec")),
    (
        "actions/dependency-review-action",
        (Dependencies, "dependency-review"),
    ),
    ("google/osv-scanner-action", (Dependencies, "osv-scanner")),
    ("google/osv-scanner/actions", (Dependencies, "osv-scanner")),
    ("anchore/scan-action", (Dependencies, "grype")),
    (
        "dependency-check/dependency-check_action",
        (Dependencies, "owasp-dependency-check"),
    ),
    ("pypa/gh-action-pip-audit", (Dependencies, "pip-audit")),
    ("rustsec/audit-check", (Dependencies, "cargo-audit")),
    ("actions-rs/audit-check", (Dependencies, "cargo-audit")),
    ("golang/govulncheck-action", (Dependencies, "govulncheck")),
];

/// The tool a `uses:` reference runs (`owner/repo/path@ref`), reading the
/// inputs of the actions whose work depends on them (`with`).
pub fn action(uses: &str, with: &Value) -> Option<Tool> {
    let name = uses.split('@').next().unwrap_or(uses).to_ascii_lowercase();
    let input = |key: &str| {
        with.get(key)
            .and_then(Value::as_str)
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase()
    };
    // `snyk/actions/setup` only installs the CLI; a later `run:` uses it.
    if name.starts_with("snyk/actions/") && name != "snyk/actions/setup" {
        // Snyk's actions run `snyk test` unless `command` says otherwise.
        let command = input("command");
        return Some(if command.starts_with("code") {
            (Static, "snyk-code")
        } else if command.starts_with("iac") {
            (Static, "snyk-iac")
        } else {
            (Dependencies, "snyk")
        });
    }
    if name == "aquasecurity/trivy-action" {
        // Trivy's action scans an image unless `scan-type` says otherwise.
        return Some(match input("scan-type").as_str() {
            "config" => (Static, "trivy-config"),
            _ => (Dependencies, "trivy"),
        });
    }
    ACTIONS
        .iter()
        .find(|(prefix, _)| name == *prefix || name.starts_with(&format!("{prefix}/")))
        .map(|(_, tool)| *tool)
}

/// Pre-commit hook repositories, by `owner/repo` in lower case.
const HOOK_REPOS: &[(&str, Tool)] = &[
    ("gitleaks/gitleaks", (Secrets, "gitleaks")),
    ("zricethezav/gitleaks", (Secrets, "gitleaks")),
    ("trufflesecurity/trufflehog", (Secrets, "trufflehog")),
    ("yelp/detect-secrets", (Secrets, "detect-secrets")),
    ("awslabs/git-secrets", (Secrets, "git-secrets")),
    ("gitguardian/ggshield", (Secrets, "ggshield")),
    ("thoughtworks/talisman", (Secrets, "talisman")),
    ("pycqa/bandit", (Static, "bandit")),
    ("semgrep/semgrep", (Static, "semgrep")),
    ("returntocorp/semgrep", (Static, "semgrep")),
    ("bridgecrewio/checkov", (Static, "checkov")),
    ("aquasecurity/tfsec", (Static, "tfsec")),
    ("pypa/pip-audit", (Dependencies, "pip-audit")),
    ("lucas-c/pre-commit-hooks-safety", (Dependencies, "safety")),
];

/// The tool of a pre-commit `repo:` address.
pub fn hook_repo(url: &str) -> Option<Tool> {
    let lower = url.trim().trim_end_matches('/').to_ascii_lowercase();
    let lower = lower.strip_suffix(".git").unwrap_or(&lower);
    HOOK_REPOS
        .iter()
        .find(|(repo, _)| lower.ends_with(&format!("/{repo}")))
        .map(|(_, tool)| *tool)
}

/// Pre-commit hook ids that name their tool (whatever repository holds
/// them: the same ids are mirrored and vendored).
const HOOK_IDS: &[(&str, Tool)] = &[
    ("gitleaks", (Secrets, "gitleaks")),
    ("gitleaks-docker", (Secrets, "gitleaks")),
    ("gitleaks-system", (Secrets, "gitleaks")),
    ("trufflehog", (Secrets, "trufflehog")),
    ("detect-secrets", (Secrets, "detect-secrets")),
    ("git-secrets", (Secrets, "git-secrets")),
    ("nhsd-git-secrets", (Secrets, "git-secrets")),
    ("ggshield", (Secrets, "ggshield")),
    ("ggshield-push", (Secrets, "ggshield")),
    ("talisman-commit", (Secrets, "talisman")),
    ("talisman-push", (Secrets, "talisman")),
    ("bandit", (Static, "bandit")),
    ("semgrep", (Static, "semgrep")),
    ("semgrep-ci", (Static, "semgrep")),
    ("checkov", (Static, "checkov")),
    ("terraform_checkov", (Static, "checkov")),
    ("tfsec", (Static, "tfsec")),
    ("terraform_tfsec", (Static, "tfsec")),
    ("terraform_trivy", (Static, "trivy-config")),
    ("pip-audit", (Dependencies, "pip-audit")),
    ("python-safety-dependencies-check", (Dependencies, "safety")),
];

/// The tool a pre-commit hook id names.
pub fn hook_id(id: &str) -> Option<Tool> {
    let id = id.trim().to_ascii_lowercase();
    HOOK_IDS
        .iter()
        .find(|(known, _)| *known == id)
        .map(|(_, tool)| *tool)
}

/// Commands, by program and (when it matters) subcommand: `None` matches
/// any use of the program.
const COMMANDS: &[(&str, Option<&str>, Tool)] = &[
    ("gitleaks", None, (Secrets, "gitleaks")),
    ("trufflehog", None, (Secrets, "trufflehog")),
    ("detect-secrets", None, (Secrets, "detect-secrets")),
    ("detect-secrets-hook", None, (Secrets, "detect-secrets")),
    ("detect_secrets", None, (Secrets, "detect-secrets")),
    ("git-secrets", None, (Secrets, "git-secrets")),
    ("git", Some("secrets"), (Secrets, "git-secrets")),
    ("ggshield", Some("secret"), (Secrets, "ggshield")),
    ("talisman", None, (Secrets, "talisman")),
    ("semgrep", None, (Static, "semgrep")),
    ("sonar-scanner", None, (Static, "sonarqube")),
    ("dotnet-sonarscanner", None, (Static, "sonarqube")),
    ("dotnet", Some("sonarscanner"), (Static, "sonarqube")),
    ("snyk", Some("code"), (Static, "snyk-code")),
    ("snyk", Some("iac"), (Static, "snyk-iac")),
    ("bandit", None, (Static, "bandit")),
    ("brakeman", None, (Static, "brakeman")),
    ("gosec", None, (Static, "gosec")),
    ("checkov", None, (Static, "checkov")),
    ("tfsec", None, (Static, "tfsec")),
    ("codeql", Some("database"), (Static, "codeql")),
    ("trivy", Some("config"), (Static, "trivy-config")),
    ("trivy", Some("fs"), (Dependencies, "trivy")),
    ("trivy", Some("filesystem"), (Dependencies, "trivy")),
    ("trivy", Some("image"), (Dependencies, "trivy")),
    ("trivy", Some("repo"), (Dependencies, "trivy")),
    ("trivy", Some("repository"), (Dependencies, "trivy")),
    ("trivy", Some("rootfs"), (Dependencies, "trivy")),
    ("trivy", Some("sbom"), (Dependencies, "trivy")),
    ("snyk", Some("test"), (Dependencies, "snyk")),
    ("snyk", Some("container"), (Dependencies, "snyk")),
    ("osv-scanner", None, (Dependencies, "osv-scanner")),
    ("npm", Some("audit"), (Dependencies, "npm-audit")),
    ("yarn", Some("audit"), (Dependencies, "yarn-audit")),
    ("pnpm", Some("audit"), (Dependencies, "pnpm-audit")),
    ("bundle", Some("audit"), (Dependencies, "bundler-audit")),
    ("bundle-audit", None, (Dependencies, "bundler-audit")),
    ("bundler-audit", None, (Dependencies, "bundler-audit")),
    ("pip-audit", None, (Dependencies, "pip-audit")),
    ("pip_audit", None, (Dependencies, "pip-audit")),
    ("safety", Some("check"), (Dependencies, "safety")),
    ("safety", Some("scan"), (Dependencies, "safety")),
    ("cargo", Some("audit"), (Dependencies, "cargo-audit")),
    ("cargo-audit", None, (Dependencies, "cargo-audit")),
    ("govulncheck", None, (Dependencies, "govulncheck")),
    ("grype", None, (Dependencies, "grype")),
    (
        "dependency-check",
        None,
        (Dependencies, "owasp-dependency-check"),
    ),
    (
        "dependency-check.sh",
        None,
        (Dependencies, "owasp-dependency-check"),
    ),
];

/// The tool a command runs: `program` is the command's base name, `args`
/// what follows it.
pub fn command(program: &str, args: &[String]) -> Option<Tool> {
    let program = program.to_ascii_lowercase();
    let program = program.strip_suffix(".exe").unwrap_or(&program);
    let sub = args
        .iter()
        .find(|a| !a.starts_with('-'))
        .map(|a| a.to_ascii_lowercase());
    let direct = COMMANDS
        .iter()
        .find(|(name, want, _)| *name == program && want.is_none_or(|w| sub.as_deref() == Some(w)));
    if let Some((_, _, tool)) = direct {
        return Some(*tool);
    }
    let lower: Vec<String> = args.iter().map(|a| a.to_ascii_lowercase()).collect();
    match program {
        // `yarn npm audit` (Yarn 2 and later).
        "yarn"
            if lower.first().is_some_and(|a| a == "npm")
                && lower.get(1).is_some_and(|a| a == "audit") =>
        {
            Some((Dependencies, "yarn-audit"))
        }
        // SonarQube through the build tool: `mvn sonar:sonar`, `gradle sonar`.
        "mvn" | "mvnw" | "gradle" | "gradlew"
            if lower
                .iter()
                .any(|a| a.starts_with("sonar") || a.contains(":sonar")) =>
        {
            Some((Static, "sonarqube"))
        }
        "mvn" | "mvnw" if lower.iter().any(|a| a.contains("dependency-check")) => {
            Some((Dependencies, "owasp-dependency-check"))
        }
        "dotnet"
            if lower.first().is_some_and(|a| a == "list")
                && lower.iter().any(|a| a == "--vulnerable") =>
        {
            Some((Dependencies, "dotnet-vulnerable"))
        }
        _ => None,
    }
}

/// What a step, hook or reusable workflow says it does by its name alone
/// (`scan-secrets`, `perform-static-analysis`): the last part of an action
/// path, a workflow file's stem, a hook id.
pub fn named(name: &str) -> Option<Category> {
    let last = name
        .split('@')
        .next()
        .unwrap_or(name)
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or(name);
    let stem = last
        .strip_suffix(".yml")
        .or_else(|| last.strip_suffix(".yaml"))
        .unwrap_or(last);
    let words: Vec<String> = stem
        .to_ascii_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    let has = |w: &str| words.iter().any(|x| x == w);
    let scanning =
        has("scan") || has("scanning") || has("scanner") || has("detect") || has("detection");
    if (has("secret") || has("secrets")) && scanning {
        Some(Secrets)
    } else if has("sast") || (has("static") && has("analysis")) {
        Some(Static)
    } else if ((has("dependency") || has("dependencies"))
        && (scanning || has("review") || has("audit") || has("check")))
        || ((has("vulnerability") || has("vulnerabilities")) && scanning)
    {
        Some(Dependencies)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn actions_by_owner_and_path_with_their_inputs() {
        let none = json!({});
        assert_eq!(
            action("gitleaks/gitleaks-action@v2", &none),
            Some((Secrets, "gitleaks"))
        );
        assert_eq!(
            action("github/codeql-action/analyze@v3", &none),
            Some((Static, "codeql"))
        );
        assert_eq!(action("github/codeql-action/upload-sarif@v3", &none), None);
        assert_eq!(
            action("snyk/actions/docker@v1", &none),
            Some((Dependencies, "snyk"))
        );
        assert_eq!(
            action("snyk/actions/node@v1", &json!({"command": "code test"})),
            Some((Static, "snyk-code"))
        );
        assert_eq!(
            action(
                "aquasecurity/trivy-action@0.28.0",
                &json!({"scan-type": "config"})
            ),
            Some((Static, "trivy-config"))
        );
        assert_eq!(action("snyk/actions/setup@master", &none), None);
        assert_eq!(action("actions/checkout@v4", &none), None);
    }

    #[test]
    fn commands_by_program_and_subcommand() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            command("gitleaks", &args(&["detect"])),
            Some((Secrets, "gitleaks"))
        );
        assert_eq!(
            command("npm", &args(&["audit", "--omit=dev"])),
            Some((Dependencies, "npm-audit"))
        );
        assert_eq!(command("npm", &args(&["install"])), None);
        assert_eq!(
            command("git", &args(&["secrets", "--scan"])),
            Some((Secrets, "git-secrets"))
        );
        assert_eq!(
            command("trivy", &args(&["--quiet", "fs", "."])),
            Some((Dependencies, "trivy"))
        );
        assert_eq!(
            command("mvn", &args(&["verify", "sonar:sonar"])),
            Some((Static, "sonarqube"))
        );
        assert_eq!(
            command("yarn", &args(&["npm", "audit"])),
            Some((Dependencies, "yarn-audit"))
        );
    }

    #[test]
    fn hooks_by_repository_or_id() {
        assert_eq!(
            hook_repo("https://github.com/Yelp/detect-secrets"),
            Some((Secrets, "detect-secrets"))
        );
        assert_eq!(
            hook_repo("https://github.com/gitleaks/gitleaks.git"),
            Some((Secrets, "gitleaks"))
        );
        assert_eq!(hook_repo("local"), None);
        assert_eq!(hook_id("terraform_tfsec"), Some((Static, "tfsec")));
    }

    #[test]
    fn names_that_say_what_they_do() {
        assert_eq!(
            named("NHSDigital/shared/.github/actions/scan-secrets@5.0.1"),
            Some(Secrets)
        );
        assert_eq!(
            named("org/x/.github/workflows/secret-scanning.yml@main"),
            Some(Secrets)
        );
        assert_eq!(named("perform-static-analysis"), Some(Static));
        assert_eq!(named("scan-dependencies"), Some(Dependencies));
        assert_eq!(named("check-file-format"), None);
        assert_eq!(named("secrets-manager-login"), None);
    }
}
