//! The event receiver: turns saphyr's stream of parser events into one JSON
//! value and a span for each node, enforcing the limits and rejecting
//! duplicate, non-scalar and alias keys where they occur.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

use saphyr::Scalar;
use saphyr_parser::{Event, ScalarStyle, Span, SpannedEventReceiver, Tag};
use serde_json::{Map, Number, Value};

use super::offsets::CharOffsets;
use super::{YamlDoc, YamlError, YamlLimits};
use crate::sourcemap::{NodeSpan, escape_pointer_token};

/// A collection being built: its items or entries so far and what is
/// needed to place it once it ends.
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

/// What the events have built so far, and the first error met.
pub(super) struct Receiver<'o> {
    limits: YamlLimits,
    offsets: &'o CharOffsets,
    stack: Vec<Frame>,
    root: Option<Value>,
    /// Each node's span by pointer; merge handling moves entries about.
    pub(super) spans: Vec<(String, NodeSpan)>,
    /// Anchored values and how many nodes each holds, for the alias budget.
    anchors: HashMap<usize, (Value, usize)>,
    alias_nodes: usize,
    documents: usize,
    error: Option<YamlError>,
}

impl<'o> Receiver<'o> {
    pub(super) fn new(limits: YamlLimits, offsets: &'o CharOffsets) -> Self {
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

    /// The document built, or the first error met (events after it are
    /// ignored, so later problems are likely its consequences).
    pub(super) fn finish(self) -> Result<YamlDoc, YamlError> {
        match self.error {
            Some(err) => Err(err),
            None => Ok(YamlDoc {
                value: self.root.unwrap_or(Value::Null),
                spans: self.spans,
            }),
        }
    }

    /// Records an error unless one is already recorded: the first place is
    /// where the reader must look.
    pub(super) fn fail(
        &mut self,
        message: impl Into<String>,
        offset: usize,
        related: Option<usize>,
    ) {
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
