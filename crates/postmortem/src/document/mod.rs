//! The document model: what the rules read instead of raw Markdown.
//!
//! Built from pulldown-cmark's offset iterator, so every node keeps the byte range it came from.
//! Parsing never fails: any text gives a model.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// A parsed postmortem.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document {
    /// Every heading in document order (headings inside code blocks are not headings).
    pub headings: Vec<Heading>,
    /// Length of the text in bytes.
    pub len: usize,
}

/// One ATX or setext heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// 1 for `#`, 2 for `##` and so on.
    pub level: u8,
    /// The heading's text with inline markup removed (`**Key**` becomes `Key`).
    pub text: String,
    /// Bytes of the heading line itself.
    pub span: Range<usize>,
    /// Bytes of the section body: after the heading up to the next heading of the same or a
    /// higher level (a `###` belongs to the `##` above it).
    pub body: Range<usize>,
}

/// The Markdown extensions postmortems use: tables, task lists, strikethrough, front matter.
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
}

impl Document {
    pub fn parse(text: &str) -> Self {
        let mut headings = Vec::new();
        let mut open: Option<(u8, usize, String)> = None;
        for (event, range) in Parser::new_ext(text, markdown_options()).into_offset_iter() {
            match event {
                Event::Start(Tag::Heading { level, .. }) => {
                    open = Some((level as u8, range.start, String::new()));
                }
                Event::End(TagEnd::Heading(_)) => {
                    if let Some((level, start, title)) = open.take() {
                        headings.push(Heading {
                            level,
                            text: title.trim().to_string(),
                            span: start..range.end,
                            body: range.end..text.len(),
                        });
                    }
                }
                Event::Text(t) | Event::Code(t) => {
                    if let Some((_, _, title)) = open.as_mut() {
                        title.push_str(&t);
                    }
                }
                _ => {}
            }
        }
        close_bodies(&mut headings, text.len());
        Self {
            headings,
            len: text.len(),
        }
    }

    /// The headings directly or indirectly inside `heading`'s body.
    pub fn subheadings<'d>(&'d self, heading: &'d Heading) -> impl Iterator<Item = &'d Heading> {
        self.headings
            .iter()
            .filter(move |h| h.span.start >= heading.body.start && h.span.end <= heading.body.end)
    }
}

/// Ends each heading's body where the next heading of the same or higher level starts.
fn close_bodies(headings: &mut [Heading], len: usize) {
    for i in 0..headings.len() {
        let level = headings[i].level;
        let end = headings[i + 1..]
            .iter()
            .find(|h| h.level <= level)
            .map_or(len, |h| h.span.start);
        let start = headings[i].body.start.min(end);
        headings[i].body = start..end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_keep_spans_text_and_bodies() {
        let text = "# Title\n\n## Impact\nSome.\n### User Impact\nMore.\n## Timeline\n";
        let doc = Document::parse(text);
        let titles: Vec<_> = doc
            .headings
            .iter()
            .map(|h| (h.level, h.text.as_str()))
            .collect();
        assert_eq!(
            titles,
            [
                (1, "Title"),
                (2, "Impact"),
                (3, "User Impact"),
                (2, "Timeline")
            ]
        );
        let impact = &doc.headings[1];
        assert_eq!(&text[impact.span.clone()], "## Impact\n");
        assert_eq!(
            &text[impact.body.clone()],
            "Some.\n### User Impact\nMore.\n"
        );
        assert_eq!(doc.subheadings(impact).count(), 1);
        assert_eq!(doc.headings[0].body.end, text.len());
    }

    #[test]
    fn inline_markup_is_dropped_from_heading_text_and_code_blocks_hold_no_headings() {
        let doc = Document::parse("## **Root** `Cause`\n```\n## not a heading\n```\n");
        assert_eq!(doc.headings.len(), 1);
        assert_eq!(doc.headings[0].text, "Root Cause");
    }
}
