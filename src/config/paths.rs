//! Paths a configuration or the command line names inside the repository
//! (the manifest, ADR folders): what makes one unusable before anything is
//! read, so the working tree, the index and a commit refuse it alike.

/// Why `path` cannot name something in the repository, or `None` when it
/// can: it is absolute, climbs out with `..`, or lies in `.git`, git's own
/// store (its `config` may hold credentials and is not the project's).
pub fn outside_repository(path: &str) -> Option<&'static str> {
    let path = path.trim();
    let bytes = path.as_bytes();
    let drive = bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':';
    if path.starts_with('/') || path.starts_with('\\') || drive {
        return Some("is absolute; paths are relative to the repository's root");
    }
    let mut parts = path
        .split(['/', '\\'])
        .filter(|p| !p.is_empty() && *p != ".");
    if path.split(['/', '\\']).any(|p| p == "..") {
        return Some("leaves the repository (`..`)");
    }
    if parts
        .next()
        .is_some_and(|first| first.eq_ignore_ascii_case(".git"))
    {
        return Some("is inside `.git`, git's own store, not the repository's files");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::outside_repository;

    #[test]
    fn paths_that_leave_the_repository_or_enter_git_are_refused() {
        for path in [
            "/etc",
            "\\\\server\\share",
            "C:/x",
            "../x",
            "docs/../../x",
            "a/..",
            ".git/config",
            "./.git/config",
            ".GIT/config",
            ".git",
        ] {
            assert!(outside_repository(path).is_some(), "{path} accepted");
        }
        for path in [
            "wgll.yaml",
            "docs/adr",
            "./records/",
            ".github/wgll.yaml",
            "a..b/c",
        ] {
            assert_eq!(outside_repository(path), None, "{path} refused");
        }
    }
}
