//! `wgll hook install`: writes a git pre-commit hook that checks the staged
//! state, for teams that do not use the pre-commit framework. It is the one
//! command that writes into a repository's git folder, and it says so: it
//! refuses to replace an existing hook unless `--force`.

use std::path::{Path, PathBuf};

use super::Outcome;

/// The hook: checks what is about to be committed (the index), so files
/// left unstaged cannot make a commit pass or fail.
pub const HOOK_SCRIPT: &str = "#!/bin/sh
# Written by `wgll hook install`: checks the staged wgll.yaml, decision
# records and files before each commit. Skip once with `git commit --no-verify`.
# Set WGLL to use a wgll that is not on PATH.
exec \"${WGLL:-wgll}\" check --staged \"$(git rev-parse --show-toplevel)\"
";

/// Why no hook was written.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum HookError {
    /// The folder is not in a git repository.
    #[error("{path} is not in a git repository: {reason}")]
    #[diagnostic(
        code(wgll::hook::not_a_repository),
        help("run `git init` first, or give the repository's folder")
    )]
    NotARepository {
        /// The folder given.
        path: String,
        /// git's reason.
        reason: String,
    },
    /// A bare repository has no commits made in it, so no hook to run.
    #[error("{path} is a bare repository; pre-commit hooks run in working trees")]
    #[diagnostic(code(wgll::hook::bare))]
    Bare {
        /// The repository.
        path: String,
    },
    /// A hook is there already.
    #[error("{path} already exists; wgll hook install does not replace it")]
    #[diagnostic(
        code(wgll::hook::exists),
        help(
            "add `wgll check --staged .` to the existing hook yourself, or pass --force to replace it"
        )
    )]
    Exists {
        /// The hook file.
        path: String,
    },
    /// The hooks folder, or a folder on its way, is a symbolic link.
    #[error("{link} is a symbolic link; wgll hook install does not write through it")]
    #[diagnostic(
        code(wgll::hook::link),
        help(
            "it could lead outside the repository; install the hook where the link leads yourself, or set core.hooksPath to a real folder"
        )
    )]
    Link {
        /// The link.
        link: String,
    },
    /// Writing failed.
    #[error("{path}: {reason}")]
    #[diagnostic(code(wgll::hook::write))]
    Write {
        /// The hook file.
        path: String,
        /// Why.
        reason: String,
    },
}

/// Writes the pre-commit hook for the repository holding `path`.
pub fn install(path: &Path, force: bool) -> Result<Outcome, HookError> {
    let hook = hook_path(path)?;
    let shown = hook.display().to_string();
    // A link counts as there even when it leads nowhere.
    if hook.symlink_metadata().is_ok() && !force {
        return Err(HookError::Exists { path: shown });
    }
    let write = || -> std::io::Result<()> {
        if let Some(parent) = hook.parent() {
            std::fs::create_dir_all(parent)?;
        }
        // --force replaces a link itself, never the file it leads to.
        if hook.symlink_metadata().is_ok_and(|m| m.is_symlink()) {
            std::fs::remove_file(&hook)?;
        }
        std::fs::write(&hook, HOOK_SCRIPT)?;
        make_executable(&hook)
    };
    write().map_err(|e| HookError::Write {
        path: shown.clone(),
        reason: e.to_string(),
    })?;
    Ok(Outcome {
        stdout: format!(
            "wrote {shown}\nevery `git commit` now runs `wgll check --staged`; `git commit --no-verify` skips it once\n"
        ),
        exit: 0,
    })
}

/// Where git looks for the pre-commit hook: `core.hooksPath` (relative to
/// the working tree) when set, else the hooks folder of the common git
/// directory, which linked worktrees share.
fn hook_path(path: &Path) -> Result<PathBuf, HookError> {
    let repo = git2::Repository::discover(path).map_err(|e| HookError::NotARepository {
        path: path.display().to_string(),
        reason: e.message().to_string(),
    })?;
    let Some(workdir) = repo.workdir() else {
        return Err(HookError::Bare {
            path: repo.path().display().to_string(),
        });
    };
    let configured = repo
        .config()
        .ok()
        .and_then(|c| c.get_path("core.hooksPath").ok());
    // The folders below the repository's own (working tree or git folder)
    // must be real ones; an absolute core.hooksPath is the user's choice.
    let (base, rel) = match configured {
        Some(dir) if dir.is_absolute() => (dir, PathBuf::new()),
        Some(dir) => (workdir.to_path_buf(), dir),
        None => (repo.commondir().to_path_buf(), PathBuf::from("hooks")),
    };
    if let Some(link) = super::linked_folder(&base, &rel) {
        return Err(HookError::Link {
            link: base.join(link).display().to_string(),
        });
    }
    Ok(base.join(rel).join("pre-commit"))
}

#[cfg(unix)]
fn make_executable(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755))
}

#[cfg(not(unix))]
fn make_executable(_path: &Path) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hook_checks_the_staged_state_of_the_top_level() {
        assert!(HOOK_SCRIPT.starts_with("#!/bin/sh\n"));
        assert!(HOOK_SCRIPT.contains("check --staged"));
        assert!(HOOK_SCRIPT.contains("git rev-parse --show-toplevel"));
    }
}
