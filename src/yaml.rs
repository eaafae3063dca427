//! YAML to JSON with a byte span for every node, for the manifest, ADR front
//! matter, config files and the well-known documents.
//!
//! We drive saphyr's event parser ourselves instead of its document loader so
//! that hostile input is stopped where it is found: nesting deeper than a
//! limit, alias expansion past a node budget (the "billion laughs"), duplicate
//! keys and non-scalar keys each become a located error, never a crash.
//!
//! Merge keys (`<<: *defaults`, from YAML 1.1 and still what docker-compose,
//! GitLab CI and GitHub Actions accept) are honoured, so a manifest that
//! shares a block through an anchor reads as the reader meant it.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

use saphyr::Scalar;
use saphyr_parser::{Event, Parser, ScalarStyle, Span, SpannedEventReceiver, Tag};
use serde_json::{Map, Number, Value};

use crate::sourcemap::{NodeSpan, escape_pointer_token};

/// Limits that keep hostile YAML from exhausting the stack or memory.
#[derive(Debug, Clone, Copy)]
pub struct YamlLimits {
    /// Deepest nesting of collections accepted.
    pub max_depth: usize,
    /// How many nodes alias expansion may produce in one document.
    pub max_alias_nodes: usize,
}

impl Default for YamlLimits {
    fn default() -> Self {
        Self {
            max_depth: 64,
            max_alias_nodes: 10_000,
        }
    }
}

/// A parsed YAML document: its JSON value and, for each JSON pointer relative
/// to the document root (`""` is the root), the byte spans it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct YamlDoc {
    /// The document as JSON (`null` for an empty document).
    pub value: Value,
    /// Spans keyed by JSON pointer relative to the document root.
    pub spans: Vec<(String, NodeSpan)>,
}

/// Why a YAML text could not be read; `offset` is a byte offset into the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    /// What went wrong, in words for the user.
    pub message: String,
    /// Where it went wrong (byte offset).
    pub offset: usize,
    /// A second place worth pointing at (the first of two duplicate keys).
    pub related: Option<usize>,
}

/// Parses one YAML document into JSON plus spans.
pub fn parse(text: &str, limits: YamlLimits) -> Result<YamlDoc, YamlError> {
    let offsets = CharOffsets::new(text);
    let mut receiver = Receiver::new(limits, &offsets);
    let mut parser = Parser::new_from_str(text);
    let scanned = parser.load(&mut receiver, true);
    if let Some(err) = receiver.error {
        return Err(err);
    }
    if let Err(err) = scanned {
        let mut offset = offsets.byte(err.marker().index());
        // saphyr marks a disallowed tab just after it; point at the tab.
        if err.info().starts_with("tabs disallowed")
            && offset > 0
            && text.as_bytes().get(offset - 1) == Some(&b'\t')
        {
            offset -= 1;
        }
        return Err(YamlError {
            message: err.info().to_string(),
            offset,
            related: None,
        });
    }
    let value = receiver.root.unwrap_or(Value::Null);
    Ok(YamlDoc {
        value,
        spans: receiver.spans,
    })
}

/// Maps saphyr's character indices to byte offsets.
struct CharOffsets {
    /// Byte offset of each char; empty when the text is ASCII (identity).
    table: Vec<usize>,
    len: usize,
}

impl CharOffsets {
    fn new(text: &str) -> Self {
        let table = if text.is_ascii() {
            Vec::new()
        } else {
            text.char_indices().map(|(i, _)| i).collect()
        };
        Self {
            table,
            len: text.len(),
        }
    }

    fn byte(&self, char_index: usize) -> usize {
        if self.table.is_empty() {
            char_index.min(self.len)
        } else {
            self.table.get(char_index).copied().unwrap_or(self.len)
        }
    }

    fn range(&self, span: Span) -> Range<usize> {
        self.byte(span.start.index())..self.byte(span.end.index())
    }
}

enum Frame {
    Seq {
        items: Vec<Value>,
        pointer: String,
        anchor: usize,
        alias_cost: usize,
    },
    Map {
        map: Map<String, Value>,
        pointer: String,
        anchor: usize,
        alias_cost: usize,
        /// The key waiting for its value: text, span.
        key: Option<(String, Range<usize>)>,
        key_spans: HashMap<String, usize>,
        /// The waiting key is a merge key (`<<`, plain and untagged).
        merging: bool,
        /// The merge key's value and the offset of its `<<`.
        merge: Option<(Box<Value>, usize)>,
        /// Where this mapping's own spans begin in `Receiver::spans`.
        spans_from: usize,
    },
}

struct Receiver<'o> {
    limits: YamlLimits,
    offsets: &'o CharOffsets,
    stack: Vec<Frame>,
    root: Option<Value>,
    spans: Vec<(String, NodeSpan)>,
    /// Anchored values and how many nodes each holds, for the alias budget.
    anchors: HashMap<usize, (Value, usize)>,
    alias_nodes: usize,
    documents: usize,
    error: Option<YamlError>,
}

impl<'o> Receiver<'o> {
    fn new(limits: YamlLimits, offsets: &'o CharOffsets) -> Self {
        Self {
            limits,
            offsets,
            stack: Vec::new(),
            root: None,
            spans: Vec::new(),
            anchors: HashMap::new(),
            alias_nodes: 0,
            documents: 0,
            error: None,
        }
    }

    fn fail(&mut self, message: impl Into<String>, offset: usize, related: Option<usize>) {
        if self.error.is_none() {
            self.error = Some(YamlError {
                message: message.into(),
                offset,
                related,
            });
        }
    }

    /// The pointer and key span the next node will have, or `None` when the
    /// node is a mapping key.
    fn child_slot(&mut self, span: &Range<usize>) -> Option<(String, Option<Range<usize>>)> {
        match self.stack.last_mut() {
            None => Some((String::new(), None)),
            Some(Frame::Seq { items, pointer, .. }) => {
                Some((format!("{pointer}/{}", items.len()), None))
            }
            Some(Frame::Map {
                key: Some((k, kspan)),
                pointer,
                ..
            }) => Some((
                format!("{pointer}/{}", escape_pointer_token(k)),
                Some(kspan.clone()),
            )),
            Some(Frame::Map { key: None, .. }) => {
                let _ = span;
                None
            }
        }
    }

    /// Stores a finished node in its parent (or as the root).
    fn attach(&mut self, value: Value, nodes: usize) {
        match self.stack.last_mut() {
            None => self.root = Some(value),
            Some(Frame::Seq {
                items, alias_cost, ..
            }) => {
                items.push(value);
                *alias_cost += nodes;
            }
            Some(Frame::Map {
                map,
                key,
                alias_cost,
                merging,
                merge,
                ..
            }) => {
                if let Some((k, span)) = key.take() {
                    if std::mem::take(merging) {
                        *merge = Some((Box::new(value), span.start));
                    } else {
                        map.insert(k, value);
                    }
                    *alias_cost += nodes;
                }
            }
        }
    }

    fn scalar(
        &mut self,
        text: Cow<'_, str>,
        style: ScalarStyle,
        anchor: usize,
        tag: Option<&Cow<'_, Tag>>,
        span: Range<usize>,
    ) {
        if let Some(Frame::Map {
            key: key @ None,
            key_spans,
            merging,
            ..
        }) = self.stack.last_mut()
        {
            let name = text.into_owned();
            if let Some(&first) = key_spans.get(&name) {
                self.fail(format!("duplicate key `{name}`"), span.start, Some(first));
                return;
            }
            // A plain `<<`, or one tagged `!!merge` (YAML 1.1's own spelling).
            *merging = name == "<<"
                && match tag {
                    None => style == ScalarStyle::Plain,
                    Some(tag) => tag.is_yaml_core_schema() && tag.suffix == "merge",
                };
            key_spans.insert(name.clone(), span.start);
            *key = Some((name, span));
            return;
        }
        let Some((pointer, key)) = self.child_slot(&span) else {
            return;
        };
        let value = match Scalar::parse_from_cow_and_metadata(text, style, tag) {
            Some(scalar) => scalar_to_json(scalar),
            None => {
                self.fail("this value does not match its tag", span.start, None);
                return;
            }
        };
        self.spans.push((pointer, NodeSpan { value: span, key }));
        if anchor > 0 {
            self.anchors.insert(anchor, (value.clone(), 1));
        }
        self.attach(value, 1);
    }

    fn start(&mut self, is_map: bool, anchor: usize, span: Range<usize>) {
        if self.stack.len() >= self.limits.max_depth {
            self.fail(
                format!("nesting is deeper than {} levels", self.limits.max_depth),
                span.start,
                None,
            );
            return;
        }
        let Some((pointer, key)) = self.child_slot(&span) else {
            self.fail(
                "a key must be a plain value, not a list or mapping",
                span.start,
                None,
            );
            return;
        };
        self.spans
            .push((pointer.clone(), NodeSpan { value: span, key }));
        self.stack.push(if is_map {
            Frame::Map {
                map: Map::new(),
                pointer,
                anchor,
                alias_cost: 1,
                key: None,
                key_spans: HashMap::new(),
                merging: false,
                merge: None,
                spans_from: self.spans.len(),
            }
        } else {
            Frame::Seq {
                items: Vec::new(),
                pointer,
                anchor,
                alias_cost: 1,
            }
        });
    }

    fn end(&mut self) {
        let (value, anchor, nodes) = match self.stack.pop() {
            Some(Frame::Seq {
                items,
                anchor,
                alias_cost,
                ..
            }) => (Value::Array(items), anchor, alias_cost),
            Some(Frame::Map {
                mut map,
                pointer,
                anchor,
                alias_cost,
                merge,
                spans_from,
                ..
            }) => {
                if let Some((merged, at)) = merge {
                    self.merge(&mut map, &pointer, spans_from, *merged, at);
                }
                (Value::Object(map), anchor, alias_cost)
            }
            None => return,
        };
        if anchor > 0 {
            self.anchors.insert(anchor, (value.clone(), nodes));
        }
        self.attach(value, nodes);
    }

    /// Adds a merge key's entries to `map` where it has no key of its own
    /// (earlier mappings in a merge list win over later ones), and moves the
    /// spans recorded under `<<` to the keys they now belong to. A key that
    /// came through an alias is placed at that alias.
    fn merge(
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
        let mut taken: std::collections::BTreeMap<String, usize> = Default::default();
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
        let mut placed: std::collections::HashSet<String> = std::collections::HashSet::new();
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

    fn alias(&mut self, id: usize, span: Range<usize>) {
        let Some((value, nodes)) = self.anchors.get(&id).cloned() else {
            self.fail(
                "this alias names no anchor defined before it",
                span.start,
                None,
            );
            return;
        };
        self.alias_nodes += nodes;
        if self.alias_nodes > self.limits.max_alias_nodes {
            self.fail(
                format!(
                    "aliases expand to more than {} nodes (an alias bomb?)",
                    self.limits.max_alias_nodes
                ),
                span.start,
                None,
            );
            return;
        }
        if let Some(Frame::Map { key: None, .. }) = self.stack.last() {
            self.fail(
                "a key must be a plain value, not an alias",
                span.start,
                None,
            );
            return;
        }
        if let Some((pointer, key)) = self.child_slot(&span) {
            self.spans.push((pointer, NodeSpan { value: span, key }));
        }
        self.attach(value, nodes);
    }
}

impl<'input> SpannedEventReceiver<'input> for Receiver<'_> {
    fn on_event(&mut self, ev: Event<'input>, span: Span) {
        if self.error.is_some() {
            return;
        }
        let range = self.offsets.range(span);
        match ev {
            Event::DocumentStart(_) => {
                self.documents += 1;
                if self.documents > 1 {
                    self.fail(
                        "expected one YAML document, found a second",
                        range.start,
                        None,
                    );
                }
            }
            Event::Scalar(text, style, anchor, tag) => {
                self.scalar(text, style, anchor, tag.as_ref(), range)
            }
            Event::SequenceStart(anchor, _) => self.start(false, anchor, range),
            Event::MappingStart(anchor, _) => self.start(true, anchor, range),
            Event::SequenceEnd | Event::MappingEnd => self.end(),
            Event::Alias(id) => self.alias(id, range),
            Event::Nothing | Event::StreamStart | Event::StreamEnd | Event::DocumentEnd => {}
        }
    }
}

fn scalar_to_json(scalar: Scalar<'_>) -> Value {
    match scalar {
        Scalar::Null => Value::Null,
        Scalar::Boolean(b) => Value::Bool(b),
        Scalar::Integer(i) => Value::Number(i.into()),
        Scalar::FloatingPoint(f) => Number::from_f64(f.into_inner())
            .map_or_else(|| Value::String(f.into_inner().to_string()), Value::Number),
        Scalar::String(s) => Value::String(s.into_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span_of<'a>(doc: &'a YamlDoc, pointer: &str) -> Option<&'a NodeSpan> {
        doc.spans.iter().find(|(p, _)| p == pointer).map(|(_, s)| s)
    }

    #[test]
    fn converts_to_json_keeping_yaml_core_types() {
        let doc = parse(
            "a: 1\nb: [x, 'y', true, ~, 1.5]\nd: 2026-01-01\n",
            YamlLimits::default(),
        )
        .map_err(|e| e.message);
        let doc = doc.as_ref().map(|d| &d.value);
        assert_eq!(
            doc,
            Ok(&serde_json::json!({"a": 1, "b": ["x", "y", true, null, 1.5], "d": "2026-01-01"}))
        );
    }

    #[test]
    fn spans_are_byte_offsets_even_after_multibyte_text() {
        let text = "name: “Café”\nregion: eu-west-2\n";
        let Ok(doc) = parse(text, YamlLimits::default()) else {
            panic!("parse failed")
        };
        let Some(span) = span_of(&doc, "/region") else {
            panic!("no span")
        };
        assert_eq!(&text[span.value.clone()], "eu-west-2");
        let key = span.key.clone().unwrap_or_default();
        assert_eq!(&text[key], "region");
    }

    #[test]
    fn rejects_duplicate_keys_pointing_at_both() {
        let Err(err) = parse("a: 1\nb: 2\na: 3\n", YamlLimits::default()) else {
            panic!()
        };
        assert_eq!(err.message, "duplicate key `a`");
        assert_eq!((err.offset, err.related), (10, Some(0)));
    }

    #[test]
    fn stops_an_alias_bomb() {
        let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 0..9 {
            let prev = (b'a' + i) as char;
            let next = (b'a' + i + 1) as char;
            text.push_str(&format!("{next}: &{next} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
        }
        let Err(err) = parse(&text, YamlLimits::default()) else {
            panic!()
        };
        assert!(err.message.contains("alias bomb"), "{}", err.message);
    }

    #[test]
    fn stops_deep_flow_nesting_without_overflowing_the_stack() {
        let text = "[".repeat(200_000);
        let Err(err) = parse(&text, YamlLimits::default()) else {
            panic!()
        };
        assert!(err.offset < 1000, "{err:?}");
    }

    #[test]
    fn stops_deep_block_nesting_at_the_limit() {
        let text: String = (0..100).map(|i| format!("{}a:\n", " ".repeat(i))).collect();
        let Err(err) = parse(&text, YamlLimits::default()) else {
            panic!()
        };
        assert_eq!(err.message, "nesting is deeper than 64 levels");
    }

    #[test]
    fn reports_syntax_errors_with_their_offset() {
        let Err(err) = parse("a: [1, 2\nb: 3\n", YamlLimits::default()) else {
            panic!()
        };
        assert!(err.offset > 0);
    }

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

    #[test]
    fn a_tab_in_indentation_is_pointed_at() {
        let Err(err) = parse("a:\n\tb: 1\n", YamlLimits::default()) else {
            panic!()
        };
        assert!(err.message.contains("tabs"), "{}", err.message);
        assert_eq!(err.offset, 3);
    }

    #[test]
    fn rejects_a_second_document() {
        let Err(err) = parse("a: 1\n---\nb: 2\n", YamlLimits::default()) else {
            panic!()
        };
        assert!(err.message.contains("second"));
    }
}
