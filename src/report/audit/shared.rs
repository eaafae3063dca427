//! Findings a portfolio's repositories share, so the HTML page can write
//! each once under its rule (with the repositories it affects) instead of
//! once in every repository's section. A generated portfolio of 1,000
//! repositories has 52,000 findings but about 2,200 distinct ones: written
//! in every section they made a page of 12 MB.
//!
//! Two findings are the same when they have the same rule, severity,
//! place (file and line), message and waived state: everything the page
//! prints of a finding, so a reader of the shared entry and its list of
//! repositories reads what each repository's own row would have said.

use std::collections::{HashMap, HashSet};

use crate::audit::{Audit, Gap};
use crate::evaluate::metadata::Severity;
use crate::findings::Finding;

/// The fewest repositories that share a finding for it to be written once
/// for all of them: 2 (fewer saves nothing), and at least 1% of the
/// portfolio, so that in a large one a coincidence between a few
/// repositories stays in their own sections, where their teams read it,
/// and what is written once is a pattern worth fixing once.
pub fn threshold(repositories: usize) -> usize {
    repositories.div_ceil(100).max(2)
}

/// One finding shared by several repositories.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    /// The finding as its first repository has it (every other one's is
    /// the same in all that is printed).
    pub finding: &'a Finding,
    /// The repositories with it, as indices into the audit's, in order.
    pub repositories: Vec<usize>,
}

/// A rule's shared findings.
#[derive(Debug, Clone)]
pub struct Rule<'a> {
    /// The rule's id.
    pub rule: &'a str,
    /// Its shared findings: the most severe first, then the most widely
    /// shared.
    pub entries: Vec<Entry<'a>>,
}

/// The shared findings of an audit and, per repository, which of its
/// findings they cover.
#[derive(Debug, Clone, Default)]
pub struct Sharing<'a> {
    /// Rules with shared findings, in the order of `Audit::gaps` (where to
    /// act first), then the rules failed only where waived, by id.
    pub rules: Vec<Rule<'a>>,
    /// Per repository, per finding (in the repository's order): whether a
    /// shared entry covers it.
    pub covered: Vec<Vec<bool>>,
    /// Per repository: the indices into `rules` of those whose shared
    /// entries affect it, in order.
    pub rules_of: Vec<Vec<usize>>,
}

type Key<'a> = (
    &'a str,
    Severity,
    Option<&'a str>,
    Option<usize>,
    &'a str,
    bool,
);

fn key(f: &Finding) -> Key<'_> {
    (
        f.rule.as_str(),
        f.severity,
        f.file.as_deref(),
        f.line,
        f.message.as_str(),
        f.waived.is_some(),
    )
}

impl<'a> Sharing<'a> {
    /// Groups the audit's findings; `gaps` is `audit.gaps()`, which the
    /// page has already worked out and orders the rules by.
    pub fn of(audit: &'a Audit, gaps: &[Gap]) -> Self {
        let n = audit.repositories.len();
        let least = threshold(n);
        let mut groups: HashMap<Key<'a>, (&'a Finding, Vec<usize>)> = HashMap::new();
        for (i, repo) in audit.repositories.iter().enumerate() {
            for f in &repo.findings {
                let (_, repos) = groups.entry(key(f)).or_insert((f, Vec::new()));
                // A repository with the same finding twice (two identical
                // rows) still counts once; its section keeps both rows.
                if repos.last() != Some(&i) {
                    repos.push(i);
                }
            }
        }
        let mut by_rule: HashMap<&'a str, Vec<Entry<'a>>> = HashMap::new();
        for (finding, repositories) in groups.into_values() {
            if repositories.len() >= least {
                by_rule
                    .entry(finding.rule.as_str())
                    .or_default()
                    .push(Entry {
                        finding,
                        repositories,
                    });
            }
        }
        let mut order: Vec<&'a str> = Vec::with_capacity(by_rule.len());
        for gap in gaps {
            if let Some((rule, _)) = by_rule.get_key_value(gap.rule.as_str()) {
                order.push(rule);
            }
        }
        let mut rest: Vec<&'a str> = by_rule
            .keys()
            .copied()
            .filter(|r| !gaps.iter().any(|g| g.rule == *r))
            .collect();
        rest.sort_unstable();
        order.extend(rest);

        let mut sharing = Sharing {
            rules: Vec::with_capacity(order.len()),
            covered: vec![Vec::new(); n],
            rules_of: vec![Vec::new(); n],
        };
        let mut shared: HashSet<Key<'a>> = HashSet::new();
        for (r, rule) in order.into_iter().enumerate() {
            let mut entries = by_rule.remove(rule).unwrap_or_default();
            entries.sort_by(|a, b| {
                let (fa, fb) = (a.finding, b.finding);
                fb.severity
                    .cmp(&fa.severity)
                    .then(fa.waived.is_some().cmp(&fb.waived.is_some()))
                    .then(b.repositories.len().cmp(&a.repositories.len()))
                    .then(fa.file.cmp(&fb.file))
                    .then(fa.line.cmp(&fb.line))
                    .then(fa.message.cmp(&fb.message))
            });
            for e in &entries {
                shared.insert(key(e.finding));
                for &i in &e.repositories {
                    if sharing.rules_of[i].last() != Some(&r) {
                        sharing.rules_of[i].push(r);
                    }
                }
            }
            sharing.rules.push(Rule { rule, entries });
        }
        for (i, repo) in audit.repositories.iter().enumerate() {
            sharing.covered[i] = repo
                .findings
                .iter()
                .map(|f| shared.contains(&key(f)))
                .collect();
        }
        sharing
    }
}

#[cfg(test)]
mod tests {
    use super::threshold;

    #[test]
    fn two_repositories_and_one_in_a_hundred() {
        assert_eq!(threshold(1), 2);
        assert_eq!(threshold(6), 2);
        assert_eq!(threshold(200), 2);
        assert_eq!(threshold(201), 3);
        assert_eq!(threshold(1000), 10);
    }
}
