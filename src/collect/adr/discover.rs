//! ADR folders found by what they hold, for repositories whose records sit
//! where no built-in name reaches: a static site's collection (`_adrs/`,
//! `docs/collections/_adrs/`, `_decisions/`) or a folder deep under `docs/`.
//!
//! A folder qualifies when it holds at least two Markdown files named like
//! numbered records (`0001-x.md`, `ADR-004_x.md`) and most of those it
//! samples are written like records: a status, and a heading for the
//! context or the decision. The search runs only when no folder named in
//! the config or `.adr-dir`, and no folder on the built-in list, holds a
//! record; folders under a built-in one are not looked into.

use std::collections::BTreeMap;

use super::{is_adr_file, number_from_file_name};
use crate::collect::error::caps;
use crate::collect::read_text;
use crate::collect::source::RepoSource;

/// How many files of a candidate folder are read to judge it: enough to
/// tell a decision log from a folder of numbered runbooks, few enough that
/// a large tree costs little.
const SAMPLE: usize = 5;

/// Folders that hold other people's files, never a team's records.
const NOT_THE_TEAMS: &[&str] = &["node_modules", "vendor", "third_party", ".git", "target"];

/// The folders outside `known` (and outside anything under them) that hold
/// decision records, sorted.
pub(crate) fn found_by_content(tree: &dyn RepoSource, known: &[&str]) -> Vec<String> {
    let mut candidates: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for file in tree.files() {
        let Some((folder, _)) = file.rsplit_once('/') else {
            continue;
        };
        let under_known = known.iter().any(|k| {
            folder == *k
                || folder
                    .strip_prefix(k)
                    .is_some_and(|rest| rest.starts_with('/'))
        });
        if under_known
            || folder.split('/').any(|part| NOT_THE_TEAMS.contains(&part))
            || number_from_file_name(file).is_none()
            || !is_adr_file(file)
        {
            continue;
        }
        candidates.entry(folder).or_default().push(file);
    }
    candidates
        .into_iter()
        .filter(|(_, files)| files.len() >= 2)
        .filter(|(_, files)| {
            let sampled: Vec<bool> = files
                .iter()
                .take(SAMPLE)
                .map(|f| {
                    // A file that cannot be read does not vouch for its folder.
                    read_text(tree, f, caps::ADR)
                        .ok()
                        .flatten()
                        .is_some_and(|text| reads_like_a_record(&text))
                })
                .collect();
            let records = sampled.iter().filter(|r| **r).count();
            records >= 2 && records * 2 > sampled.len()
        })
        .map(|(folder, _)| folder.to_string())
        .collect()
}

/// Whether a text is written like a decision record: a status (a front
/// matter key, a `Status:` line or row, a `## Status` heading) and a
/// heading for its context or its decision.
pub(crate) fn reads_like_a_record(text: &str) -> bool {
    let mut status = false;
    let mut structure = false;
    for line in text.lines() {
        let trimmed = line.trim_start_matches(['>', ' ', '\t']);
        let lower = trimmed.to_ascii_lowercase();
        let bare = lower.trim_start_matches(['#', '*', '-', '|', ' ', '_']);
        if bare.starts_with("status") {
            status = true;
        }
        if lower.starts_with('#')
            && ["context", "decision", "problem"]
                .iter()
                .any(|w| bare.contains(w))
        {
            structure = true;
        }
        if status && structure {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::collect::source::MemoryTree;

    const RECORD: &str = "# 1. A\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n";

    #[test]
    fn finds_a_collection_folder_by_its_records() {
        let tree = MemoryTree::new([
            ("docs/collections/_adrs/0001-a.md", RECORD),
            (
                "docs/collections/_adrs/0002-b.md",
                "---\nstatus: proposed\n---\n## Decision\n\nB.\n",
            ),
            ("docs/collections/_adrs/index.md", "# Records\n"),
        ]);
        assert_eq!(
            found_by_content(&tree, &["docs/adr"]),
            ["docs/collections/_adrs"]
        );
    }

    #[test]
    fn numbered_runbooks_are_not_records() {
        let tree = MemoryTree::new([
            ("docs/runbooks/01-restart.md", "# Restart\n\n1. Drain.\n"),
            (
                "docs/runbooks/02-rotate.md",
                "# Rotate\n\n## Steps\n\nCheck the status page.\n",
            ),
            (
                "docs/runbooks/03-restore.md",
                "# Restore\n\n## Steps\n\nRestore.\n",
            ),
        ]);
        assert!(found_by_content(&tree, &[]).is_empty());
    }

    #[test]
    fn one_record_alone_is_not_a_folder_of_them() {
        let tree = MemoryTree::new([("notes/0001-a.md", RECORD), ("notes/todo.md", RECORD)]);
        assert!(found_by_content(&tree, &[]).is_empty());
    }

    #[test]
    fn known_folders_and_vendored_ones_are_not_looked_into() {
        let tree = MemoryTree::new([
            ("docs/adr/old/0001-a.md", RECORD),
            ("docs/adr/old/0002-b.md", RECORD),
            ("node_modules/pkg/adr/0001-a.md", RECORD),
            ("node_modules/pkg/adr/0002-b.md", RECORD),
        ]);
        assert!(found_by_content(&tree, &["docs/adr"]).is_empty());
    }
}
