//! Merge keys (`<<: *defaults`, from YAML 1.1 and still what docker-compose,
//! GitLab CI and GitHub Actions accept): a mapping's merged entries, and
//! their spans moved from under `<<` to the keys they fill.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;

use serde_json::{Map, Value};

use super::receiver::Receiver;
use crate::sourcemap::{NodeSpan, escape_pointer_token};

impl Receiver<'_> {
    /// Adds a merge key's entries to `map` where it has no key of its own
    /// (earlier mappings in a merge list win over later ones), and moves the
    /// spans recorded under `<<` to the keys they now belong to. A key that
    /// came through an alias is placed at that alias.
    pub(super) fn merge(
        &mut self,
        map: &mut Map<String, Value>,
        pointer: &str,
        spans_from: usize,
        merged: Value,
        at: usize,
    ) {
        let single = merged.is_object();
        let sources: Vec<Map<String, Value>> = match merged {
            Value::Object(m) => vec![m],
            Value::Array(items) if items.iter().all(Value::is_object) => items
                .into_iter()
                .filter_map(|item| match item {
                    Value::Object(m) => Some(m),
                    _ => None,
                })
                .collect(),
            _ => {
                self.fail(
                    "a merge key `<<` takes a mapping or a list of mappings",
                    at,
                    None,
                );
                return;
            }
        };
        // Which source each merged key came from.
        let mut taken: BTreeMap<String, usize> = Default::default();
        for (i, source) in sources.into_iter().enumerate() {
            for (k, v) in source {
                if !map.contains_key(&k) {
                    map.insert(k.clone(), v);
                    taken.insert(k, i);
                }
            }
        }
        let prefix = format!("{pointer}/<<");
        let mut whole: Option<NodeSpan> = None;
        let mut items: HashMap<usize, Range<usize>> = HashMap::new();
        let mut placed: HashSet<String> = HashSet::new();
        let tail = self.spans.split_off(spans_from.min(self.spans.len()));
        for (p, span) in tail {
            let Some(rest) = p.strip_prefix(&prefix) else {
                self.spans.push((p, span));
                continue;
            };
            let Some(rest) = rest.strip_prefix('/') else {
                if rest.is_empty() {
                    whole = Some(span);
                } else {
                    // A sibling key that merely starts with `<<`.
                    self.spans.push((p, span));
                }
                continue;
            };
            let (source, rest) = if single {
                (0, rest)
            } else {
                let (index, rest) = rest.split_once('/').unwrap_or((rest, ""));
                let Ok(index) = index.parse::<usize>() else {
                    continue;
                };
                if rest.is_empty() {
                    items.insert(index, span.value);
                    continue;
                }
                (index, rest)
            };
            let token = rest.split('/').next().unwrap_or_default();
            let key = token.replace("~1", "/").replace("~0", "~");
            if taken.get(&key) == Some(&source) {
                if rest == token {
                    placed.insert(key);
                }
                self.spans.push((format!("{pointer}/{rest}"), span));
            }
        }
        let Some(whole) = whole else { return };
        for (key, source) in taken {
            if placed.contains(&key) {
                continue;
            }
            let value = items.get(&source).cloned().unwrap_or(whole.value.clone());
            self.spans.push((
                format!("{pointer}/{}", escape_pointer_token(&key)),
                NodeSpan {
                    value,
                    key: whole.key.clone(),
                },
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::yaml::tests::span_of;
    use crate::yaml::{YamlLimits, parse};

    #[test]
    fn merge_keys_fill_what_the_mapping_does_not_set() {
        let text = "base: &b {region: eu-west-2, tier: 1}\nprod:\n  <<: *b\n  tier: 2\n";
        let Ok(doc) = parse(text, YamlLimits::default()) else {
            panic!("parse failed")
        };
        assert_eq!(
            doc.value["prod"],
            serde_json::json!({"region": "eu-west-2", "tier": 2})
        );
        // A key that came through the alias is placed at the merge entry.
        let Some(span) = span_of(&doc, "/prod/region") else {
            panic!("no span")
        };
        assert_eq!(&text[span.value.clone()], "*b");
        assert_eq!(&text[span.key.clone().unwrap_or_default()], "<<");
        assert_eq!(
            &text[span_of(&doc, "/prod/tier").unwrap().value.clone()],
            "2"
        );
        assert!(span_of(&doc, "/prod/<<").is_none());
    }

    #[test]
    fn inline_merge_keeps_each_key_at_its_own_text() {
        let text = "a:\n  <<: {x: 1, y: {z: 2}}\n  y: 3\n";
        let Ok(doc) = parse(text, YamlLimits::default()) else {
            panic!("parse failed")
        };
        assert_eq!(doc.value, serde_json::json!({"a": {"x": 1, "y": 3}}));
        assert_eq!(&text[span_of(&doc, "/a/x").unwrap().value.clone()], "1");
        assert_eq!(&text[span_of(&doc, "/a/y").unwrap().value.clone()], "3");
        assert!(span_of(&doc, "/a/y/z").is_none());
    }

    #[test]
    fn in_a_merge_list_earlier_mappings_win() {
        let text = "p: &p {k: 1}\nq: &q {k: 2, m: 3}\nr:\n  <<: [*p, *q]\n";
        let Ok(doc) = parse(text, YamlLimits::default()) else {
            panic!("parse failed")
        };
        assert_eq!(doc.value["r"], serde_json::json!({"k": 1, "m": 3}));
        assert_eq!(&text[span_of(&doc, "/r/k").unwrap().value.clone()], "*p");
        assert_eq!(&text[span_of(&doc, "/r/m").unwrap().value.clone()], "*q");
    }

    #[test]
    fn a_merge_key_tagged_merge_is_a_merge_key() {
        let Ok(doc) = parse(
            "a: &a {x: 1}\nb:\n  !!merge <<: *a\n",
            YamlLimits::default(),
        ) else {
            panic!("parse failed")
        };
        assert_eq!(doc.value["b"], serde_json::json!({"x": 1}));
    }

    #[test]
    fn a_quoted_merge_key_is_an_ordinary_key() {
        let Ok(doc) = parse("'<<': 1\n", YamlLimits::default()) else {
            panic!("parse failed")
        };
        assert_eq!(doc.value, serde_json::json!({"<<": 1}));
    }

    #[test]
    fn a_merge_of_a_scalar_is_an_error_at_the_merge_key() {
        let Err(err) = parse("a: 1\n<<: 5\n", YamlLimits::default()) else {
            panic!()
        };
        assert_eq!(
            (err.message.as_str(), err.offset),
            ("a merge key `<<` takes a mapping or a list of mappings", 5)
        );
    }
}
