//! Shell text (a workflow's `run:`, a hook's `entry`, a script) read for the
//! programs it runs: each simple command's program and arguments, with the
//! wrappers that run another program unwrapped (`npx`, `bundle exec`,
//! `docker run IMAGE`). Not a shell parser: quoting is undone word by
//! word, and a program named only in an `echo` or a comment is not run.

/// One program run, and the line that runs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invocation<'t> {
    /// The first line of the command as written, trimmed: where to point.
    pub line: &'t str,
    /// Where `line` starts in the text read.
    pub offset: usize,
    /// The program's base name (`gitleaks` for `./bin/gitleaks`), or an
    /// image's name for `docker run`.
    pub program: String,
    /// The program as written, when it is a path (`./scripts/scan.sh`), or
    /// the script a shell is given (`bash scripts/scan.sh`).
    pub script: Option<String>,
    /// The words after the program.
    pub args: Vec<String>,
}

/// Words that start a command without being its program.
const KEYWORDS: &[&str] = &[
    "if", "then", "else", "elif", "do", "while", "until", "!", "time", "exec", "command", "sudo",
    "env", "nohup", "{", "}", "(", ")", "then:",
];

/// Programs that run the program named next (their flags skipped).
const RUNNERS: &[&str] = &["npx", "bunx", "pnpx", "uvx", "pipx", "xargs"];

/// Two-word runners: `bundle exec gitleaks` runs `gitleaks`.
const RUNNER_PAIRS: &[(&str, &str)] = &[
    ("bundle", "exec"),
    ("poetry", "run"),
    ("pipenv", "run"),
    ("uv", "run"),
    ("pipx", "run"),
    ("pnpm", "exec"),
    ("pnpm", "dlx"),
    ("yarn", "dlx"),
    ("yarn", "exec"),
    ("npm", "exec"),
    ("go", "run"),
    ("dotnet", "tool"),
];

/// Shells whose first argument is a script to run.
const SHELLS: &[&str] = &["bash", "sh", "zsh", "source", ".", "pwsh"];

/// `docker run` options that take the next word as their value.
const DOCKER_VALUED: &[&str] = &[
    "-v",
    "--volume",
    "-e",
    "--env",
    "-w",
    "--workdir",
    "--platform",
    "--name",
    "-u",
    "--user",
    "--entrypoint",
    "--network",
    "--mount",
    "-p",
    "--publish",
    "--env-file",
    "-l",
    "--label",
];

/// Every program the text runs, in order.
pub fn invocations(text: &str) -> Vec<Invocation<'_>> {
    let mut out = Vec::new();
    // Each line is a slice of `text`, so where it starts is the distance
    // between the two.
    let base = text.as_ptr() as usize;
    for (line, logical) in logical_lines(text) {
        let offset = (line.as_ptr() as usize).saturating_sub(base);
        for segment in split_commands(&logical) {
            let words = words(segment);
            if let Some(mut invocation) = unwrap(line, &words) {
                invocation.offset = offset;
                out.push(invocation);
            }
        }
    }
    out
}

/// Lines with `\` continuations joined and comments removed, each with its
/// first physical line.
fn logical_lines(text: &str) -> Vec<(&str, String)> {
    let mut out = Vec::new();
    let mut current: Option<(&str, String)> = None;
    for raw in text.lines() {
        let trimmed = raw.trim();
        let code = strip_comment(trimmed);
        let (body, continues) = match code.strip_suffix('\\') {
            Some(body) => (body, true),
            None => (code, false),
        };
        let entry = current.get_or_insert_with(|| (trimmed, String::new()));
        entry.1.push(' ');
        entry.1.push_str(body);
        if !continues {
            out.extend(current.take());
        }
    }
    out.extend(current);
    out.retain(|(_, logical)| !logical.trim().is_empty());
    out
}

/// A line without its comment: `#` at the start of a word, outside quotes.
fn strip_comment(line: &str) -> &str {
    let mut quote: Option<char> = None;
    let mut previous = ' ';
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, '#') if previous.is_whitespace() => return &line[..i],
            _ => {}
        }
        previous = c;
    }
    line
}

/// A logical line split into simple commands at `;`, `&&`, `||`, `|`, `&`,
/// and the openings of subshells and substitutions.
fn split_commands(line: &str) -> Vec<&str> {
    line.split([';', '|', '&', '(', ')', '`'])
        .map(|s| s.trim().trim_start_matches('$').trim())
        .filter(|s| !s.is_empty())
        .collect()
}

/// A command's words, with quotes removed.
fn words(segment: &str) -> Vec<String> {
    segment
        .split_whitespace()
        .map(|w| w.trim_matches(|c| c == '"' || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The program a command runs, past keywords, variable assignments and
/// runners.
fn unwrap<'t>(line: &'t str, words: &[String]) -> Option<Invocation<'t>> {
    let mut rest = words;
    loop {
        let (first, after) = rest.split_first()?;
        let lower = first.to_ascii_lowercase();
        if KEYWORDS.contains(&lower.as_str()) || is_assignment(first) {
            rest = after;
            continue;
        }
        if RUNNERS.contains(&lower.as_str()) {
            rest = skip_flags(after);
            continue;
        }
        if let Some(next) = after.first()
            && RUNNER_PAIRS.contains(&(lower.as_str(), next.to_ascii_lowercase().as_str()))
        {
            rest = skip_flags(&after[1..]);
            continue;
        }
        if (lower == "python" || lower == "python3") && after.first().is_some_and(|a| a == "-m") {
            rest = &after[1..];
            continue;
        }
        let base = base_name(first);
        if matches!(base.as_str(), "docker" | "podman" | "nerdctl")
            && after.first().is_some_and(|a| a == "run")
        {
            return docker_image(line, &after[1..]);
        }
        // A shell runs the script it is given; anything else that looks
        // like a path is a script itself.
        let script = if SHELLS.contains(&base.as_str()) {
            skip_flags(after).first().cloned()
        } else {
            (first.contains('/') || first.ends_with(".sh")).then(|| first.clone())
        };
        return Some(Invocation {
            line,
            offset: 0,
            program: base,
            script,
            args: after.to_vec(),
        });
    }
}

/// `docker run [options] IMAGE [args]`: the image's name stands for the
/// program it runs (`ghcr.io/gitleaks/gitleaks:v8` runs gitleaks).
fn docker_image<'t>(line: &'t str, words: &[String]) -> Option<Invocation<'t>> {
    let mut i = 0;
    while let Some(word) = words.get(i) {
        if word.starts_with('-') {
            i += if DOCKER_VALUED.contains(&word.as_str()) {
                2
            } else {
                1
            };
            continue;
        }
        return Some(Invocation {
            line,
            offset: 0,
            program: image_name(word),
            script: None,
            args: words[i + 1..].to_vec(),
        });
    }
    None
}

/// An image reference's name: `ghcr.io/gitleaks/gitleaks:v8.18@sha256:..`
/// is `gitleaks`.
pub fn image_name(image: &str) -> String {
    let image = image.split('@').next().unwrap_or(image);
    let last = image.rsplit('/').next().unwrap_or(image);
    last.split(':').next().unwrap_or(last).to_ascii_lowercase()
}

fn skip_flags(words: &[String]) -> &[String] {
    let start = words
        .iter()
        .position(|w| !w.starts_with('-'))
        .unwrap_or(words.len());
    &words[start..]
}

fn is_assignment(word: &str) -> bool {
    word.split_once('=').is_some_and(|(name, _)| {
        !name.is_empty()
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            && !name.starts_with(|c: char| c.is_ascii_digit())
    })
}

/// A program's base name: `./bin/brakeman` is `brakeman`; a Go package
/// path `github.com/securego/gosec/v2/cmd/gosec@latest` is `gosec`.
fn base_name(word: &str) -> String {
    let word = word.split('@').next().unwrap_or(word);
    word.trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap_or(word)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn programs(text: &str) -> Vec<String> {
        invocations(text).into_iter().map(|i| i.program).collect()
    }

    #[test]
    fn finds_each_command_of_a_script() {
        let text =
            "set -e\nnpm ci && npm audit --audit-level=high\nFOO=1 ./bin/brakeman -q | tee out\n";
        assert_eq!(programs(text), ["set", "npm", "npm", "brakeman", "tee"]);
        let audit = &invocations(text)[2];
        assert_eq!(audit.args, ["audit", "--audit-level=high"]);
        assert_eq!(audit.line, "npm ci && npm audit --audit-level=high");
        assert_eq!(
            &text[audit.offset..audit.offset + audit.line.len()],
            audit.line
        );
    }

    #[test]
    fn a_tool_named_in_an_echo_or_a_comment_is_not_run() {
        assert_eq!(
            programs("echo \"run gitleaks\" # gitleaks later\n"),
            ["echo"]
        );
    }

    #[test]
    fn runners_and_docker_images_stand_for_the_program_they_run() {
        assert_eq!(programs("npx --yes snyk test"), ["snyk"]);
        assert_eq!(programs("bundle exec brakeman"), ["brakeman"]);
        assert_eq!(
            programs("python -m pip_audit -r requirements.txt"),
            ["pip_audit"]
        );
        let docker = "docker run --rm --platform linux/amd64 \\\n  --volume $PWD:/scan \\\n  ghcr.io/gitleaks/gitleaks:$image_version detect --source /scan\n";
        let found = invocations(docker);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].program, "gitleaks");
        assert_eq!(found[0].args, ["detect", "--source", "/scan"]);
        assert_eq!(found[0].line, "docker run --rm --platform linux/amd64 \\");
    }

    #[test]
    fn scripts_run_directly_or_through_a_shell() {
        let found = invocations("./scripts/githooks/scan-secrets.sh\nbash -e scripts/audit.sh x\n");
        let scripts: Vec<_> = found.iter().map(|i| i.script.as_deref()).collect();
        assert_eq!(
            scripts,
            [
                Some("./scripts/githooks/scan-secrets.sh"),
                Some("scripts/audit.sh")
            ]
        );
    }

    #[test]
    fn keywords_and_substitutions_do_not_hide_a_command() {
        assert_eq!(
            programs("if gitleaks detect; then exit 1; fi"),
            ["gitleaks", "exit", "fi"]
        );
        assert_eq!(programs("out=$(trufflehog git file://.)"), ["trufflehog"]);
    }
}
