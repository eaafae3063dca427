//! The Markdown body of a record cut into its title, the preamble blocks
//! before the first section and the H2 sections, each block kept with its
//! byte range in the file (pulldown-cmark offsets), its links and its table
//! cells. Code blocks are left out: what they hold is an example, not the
//! record.

use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// A block of body text with its source range and the links inside it.
#[derive(Debug, Default)]
pub(super) struct Block {
    pub(super) text: String,
    pub(super) range: Range<usize>,
    /// (byte position in `text` where the link starts, destination, link text).
    pub(super) links: Vec<(usize, String, String)>,
    /// Table cells: (text, range).
    pub(super) cells: Vec<(String, Range<usize>)>,
    /// Images: (where the alt text starts and ends in `text`, destination).
    pub(super) images: Vec<(Range<usize>, String)>,
}

impl Block {
    /// Whether the block is only images (a row of badges), with no words
    /// of its own beside their alt text.
    pub(super) fn is_only_images(&self) -> bool {
        !self.images.is_empty() && self.words_beside_images().trim().is_empty()
    }

    /// The block's text without the images' alt text: the words written
    /// beside a badge ("![badge](...) Accepted" reads "Accepted").
    pub(super) fn words_beside_images(&self) -> String {
        let mut rest = String::new();
        let mut at = 0;
        for (alt, _) in &self.images {
            rest.push_str(self.text.get(at..alt.start).unwrap_or(""));
            at = alt.end.max(at);
        }
        rest.push_str(self.text.get(at..).unwrap_or(""));
        rest
    }
}

/// The parts of a body: preamble blocks, then sections by H2.
#[derive(Debug, Default)]
pub(super) struct Body {
    pub(super) title: Option<(String, Range<usize>)>,
    pub(super) preamble: Vec<Block>,
    /// (normalised name, heading range, end offset, blocks).
    pub(super) sections: Vec<(String, Range<usize>, usize, Vec<Block>)>,
}

/// Heading text to a section key: `Decision Outcome` -> `decision_outcome`.
pub(super) fn normalise_heading(text: &str) -> String {
    let text = text
        .trim()
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
        .trim();
    let mut key = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            key.extend(c.to_lowercase());
        } else if !key.ends_with('_') && !key.is_empty() {
            key.push('_');
        }
    }
    key.trim_end_matches('_').to_string()
}

/// Splits the Markdown body into a title, preamble blocks and H2 sections.
pub(super) fn split_body(text: &str, start: usize) -> Body {
    let mut body = Body::default();
    let source = &text[start..];
    let parser = Parser::new_ext(
        source,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    );
    let mut block: Option<Block> = None;
    let mut heading: Option<(HeadingLevel, Range<usize>, String)> = None;
    let mut cell: Option<(String, Range<usize>)> = None;
    let mut in_code = false;
    let mut link: Option<(usize, String, usize)> = None;
    let mut image: Option<(usize, String)> = None;
    let shift = |r: Range<usize>| r.start + start..r.end + start;

    for (event, range) in parser.into_offset_iter() {
        let range = shift(range);
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                heading = Some((level, range, String::new()))
            }
            Event::End(TagEnd::Heading(_)) => {
                let Some((level, range, text)) = heading.take() else {
                    continue;
                };
                let text = text.trim().to_string();
                match level {
                    HeadingLevel::H1 if body.title.is_none() => body.title = Some((text, range)),
                    HeadingLevel::H1 | HeadingLevel::H2 => {
                        body.sections.push((
                            normalise_heading(&text),
                            range.clone(),
                            range.end,
                            Vec::new(),
                        ));
                    }
                    _ => push_block(
                        &mut body,
                        Block {
                            text,
                            range,
                            ..Block::default()
                        },
                    ),
                }
            }
            Event::Start(Tag::CodeBlock(_)) => in_code = true,
            Event::End(TagEnd::CodeBlock) => in_code = false,
            // Items of a tight list hold their text with no paragraph.
            Event::Start(Tag::Paragraph | Tag::Item) if block.is_none() => {
                block = Some(Block {
                    range,
                    ..Block::default()
                });
            }
            Event::End(TagEnd::Paragraph | TagEnd::Item) => {
                if let Some(b) = block.take() {
                    push_block(&mut body, b);
                }
            }
            Event::Start(Tag::TableRow | Tag::TableHead) => {
                block = Some(Block {
                    range,
                    ..Block::default()
                })
            }
            Event::End(TagEnd::TableRow | TagEnd::TableHead) => {
                if let Some(b) = block.take() {
                    push_block(&mut body, b);
                }
            }
            Event::Start(Tag::TableCell) => cell = Some((String::new(), range)),
            Event::End(TagEnd::TableCell) => {
                if let (Some(c), Some(b)) = (cell.take(), block.as_mut()) {
                    b.cells.push((c.0.trim().to_string(), c.1));
                }
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                let pos = block.as_ref().map_or(0, |b| b.text.len());
                image = Some((pos, dest_url.to_string()));
            }
            Event::End(TagEnd::Image) => {
                if let (Some((pos, dest)), Some(b)) = (image.take(), block.as_mut()) {
                    let end = b.text.len();
                    b.images.push((pos..end, dest));
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                let pos = block.as_ref().map_or(0, |b| b.text.len());
                link = Some((pos, dest_url.to_string(), pos));
            }
            Event::End(TagEnd::Link) => {
                if let (Some((pos, dest, _)), Some(b)) = (link.take(), block.as_mut()) {
                    let text = b.text[pos..].to_string();
                    b.links.push((pos, dest, text));
                }
            }
            Event::Text(t) | Event::Code(t) if !in_code => {
                if let Some((_, _, text)) = heading.as_mut() {
                    text.push_str(&t);
                } else {
                    if let Some((text, _)) = cell.as_mut() {
                        text.push_str(&t);
                    }
                    if let Some(b) = block.as_mut() {
                        b.text.push_str(&t);
                    }
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(b) = block.as_mut() {
                    b.text.push('\n');
                }
            }
            _ => {}
        }
    }
    body
}

fn push_block(body: &mut Body, block: Block) {
    match body.sections.last_mut() {
        Some((_, _, end, blocks)) => {
            *end = (*end).max(block.range.end);
            blocks.push(block);
        }
        None => body.preamble.push(block),
    }
}
