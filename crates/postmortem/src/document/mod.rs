//! The document model: what the rules read instead of raw Markdown.
//!
//! Built in one pass over pulldown-cmark's offset iterator, plus a line scan for
//! `**Key**: value` fields, so every node keeps the byte range it came from. Parsing never
//! fails: any text gives a model.

mod fields;
mod front_matter;

use std::borrow::Cow;
use std::ops::Range;

use pulldown_cmark::{
    CodeBlockKind, CowStr, Event, MetadataBlockKind, Options, Parser, Tag, TagEnd,
};

pub use fields::Field;
pub use front_matter::FrontMatter;

/// A parsed postmortem. Its headings, cells and fields borrow their text from the text parsed
/// (`'t`) where they can: most are a slice of it, and a string copied for each was about a
/// twentieth of a check's instructions with its allocation and freeing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document<'t> {
    /// Every heading in document order (headings inside code blocks are not headings).
    pub headings: Vec<Heading<'t>>,
    /// `**Key**: value` fields in every form the templates use.
    pub fields: Vec<Field<'t>>,
    pub tables: Vec<Table<'t>>,
    /// Task-list items (`- [ ]` and `- [x]`).
    pub tasks: Vec<TaskItem>,
    /// Fenced and indented code blocks.
    pub code_blocks: Vec<CodeBlock>,
    /// HTML comments (`<!-- ... -->`), block or inline.
    pub comments: Vec<Comment>,
    /// YAML front matter between `---` lines at the very top.
    pub front_matter: Option<FrontMatter>,
    /// Length of the text in bytes.
    pub len: usize,
    /// The headings' keys one after another (see [`Document::key_of`]): one string rather than
    /// one each, which were about a fifth of a check's allocations.
    heading_keys: String,
}

/// One ATX or setext heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading<'t> {
    /// 1 for `#`, 2 for `##` and so on.
    pub level: u8,
    /// The heading's text with inline markup removed (`**Key**` becomes `Key`).
    pub text: Cow<'t, str>,
    /// Where the comparable form of the text (see `heading_key`: numbering, emoji and case
    /// removed) is in the document's keys; [`Document::key_of`] gives it.
    key: Range<usize>,
    /// Bytes of the heading line itself.
    pub span: Range<usize>,
    /// Bytes of the section body: after the heading up to the next heading of the same or a
    /// higher level (a `###` belongs to the `##` above it).
    pub body: Range<usize>,
}

/// A table with its header cells and body rows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table<'t> {
    pub span: Range<usize>,
    /// The comparable form of each header cell (see `heading_key`), in the same order: the
    /// timeline and the action items look their columns up by it.
    pub header_keys: HeaderKeys,
    /// The header's cells, then each body row's, `columns` to a row: one vector for the table
    /// rather than one for each row (a check reads every table, and those were an eighth of
    /// its allocations).
    cells: Vec<Cell<'t>>,
    /// The number of columns, at least 1 in a table the builder made: every row has this many
    /// cells (pulldown-cmark fills a short row with empty cells and cuts a long one, and the
    /// builder makes sure of it).
    columns: usize,
}

impl<'t> Table<'t> {
    /// The header row's cells.
    pub fn header(&self) -> &[Cell<'t>] {
        self.cells.get(..self.columns).unwrap_or_default()
    }

    /// The body rows, each `columns` cells long.
    pub fn rows(&self) -> std::slice::Chunks<'_, Cell<'t>> {
        // `max(1)` for a table made by `Table::default()`, which has no columns.
        self.body_cells().chunks(self.columns.max(1))
    }

    /// The cells of every body row, row after row.
    pub fn body_cells(&self) -> &[Cell<'t>] {
        self.cells.get(self.columns..).unwrap_or_default()
    }
}

/// The keys of a table's header cells (see `heading_key`), in one string rather than one
/// string each: a check reads every table of the document, and these were a tenth of its
/// allocations.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HeaderKeys {
    /// The keys one after another.
    joined: String,
    /// Where each key ends in `joined`.
    ends: Vec<usize>,
}

impl HeaderKeys {
    /// The keys of `cells`, in their order.
    fn of(cells: &[Cell]) -> HeaderKeys {
        // A key is never longer than its cell's text.
        let mut joined = String::with_capacity(cells.iter().map(|c| c.text.len()).sum());
        let mut ends = Vec::with_capacity(cells.len());
        for cell in cells {
            crate::heading_key::push_heading_key(&cell.text, &mut joined);
            ends.push(joined.len());
        }
        HeaderKeys { joined, ends }
    }

    /// The column of the first key that passes `test`.
    pub fn position(&self, test: impl Fn(&str) -> bool) -> Option<usize> {
        let mut start = 0;
        for (column, &end) in self.ends.iter().enumerate() {
            if test(self.joined.get(start..end).unwrap_or_default()) {
                return Some(column);
            }
            start = end;
        }
        None
    }
}

/// One table cell: its text with inline markup removed (borrowed when it is one piece of the
/// text, as nearly every cell is), and the bytes it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell<'t> {
    pub text: Cow<'t, str>,
    pub span: Range<usize>,
}

/// A task-list item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskItem {
    pub checked: bool,
    /// Bytes of the whole list item.
    pub span: Range<usize>,
}

/// A code block; `info` is the fence's info string (`json`), empty for none or indented blocks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeBlock {
    pub info: String,
    /// Bytes of the whole block, fences included.
    pub span: Range<usize>,
    /// Bytes of the content between the fences.
    pub content: Range<usize>,
}

/// An HTML comment and its text without the `<!--`/`-->` markers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    pub text: String,
    pub span: Range<usize>,
}

/// The Markdown extensions postmortems use: tables, task lists, strikethrough, front matter.
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
}

/// What the single pass is inside of.
#[derive(Default)]
struct Builder<'t> {
    document: Document<'t>,
    heading: Option<(u8, usize, Cow<'t, str>)>,
    table: Option<Table<'t>>,
    /// Where the row being read starts in the table's cells.
    row_start: usize,
    cell: Option<Cell<'t>>,
    items: Vec<Range<usize>>,
    code: Option<CodeBlock>,
    front_matter: Option<(Range<usize>, String)>,
}

impl<'t> Document<'t> {
    pub fn parse(text: &'t str) -> Self {
        Self::parse_lines(&crate::LineIndex::new(text))
    }

    /// [`Document::parse`] of the text of `lines`, whose line starts are already found (the
    /// check finds them once for the fields here and every line-by-line pass after).
    pub fn parse_lines(lines: &crate::LineIndex<'t>) -> Self {
        let text = lines.text();
        let mut b = Builder::default();
        for (event, range) in Parser::new_ext(text, markdown_options()).into_offset_iter() {
            b.event(event, range, text);
        }
        let mut document = b.document;
        crate::order::sort_by_key(&mut document.tables, |t| t.span.start);
        crate::order::sort_by_key(&mut document.tasks, |t| t.span.start);
        close_bodies(&mut document.headings, text.len());
        document.fields =
            fields::scan(lines, &document.code_blocks, document.front_matter.as_ref());
        document.len = text.len();
        document
    }

    /// The headings directly or indirectly inside `heading`'s body: a run of the headings (in
    /// order of where they start) found by binary search, not by asking every heading of the
    /// document for every section.
    pub fn subheadings<'d>(
        &'d self,
        heading: &'d Heading<'t>,
    ) -> impl Iterator<Item = &'d Heading<'t>> {
        let first = self
            .headings
            .partition_point(|h| h.span.start < heading.body.start);
        self.headings[first..]
            .iter()
            .take_while(move |h| h.span.start <= heading.body.end)
            .filter(move |h| h.span.end <= heading.body.end)
    }

    /// The first field whose key equals one of `keys` (ignoring case, `:` and spaces).
    pub fn field(&self, keys: &[&str]) -> Option<&Field<'t>> {
        self.fields
            .iter()
            .find(|f| keys.iter().any(|k| f.key_is(k)))
    }

    /// Whether `offset` lies inside a code block.
    pub fn in_code(&self, offset: usize) -> bool {
        containing(&self.code_blocks, offset, |c| &c.span).is_some()
    }

    /// Whether `offset` lies inside a table.
    pub fn in_table(&self, offset: usize) -> bool {
        containing(&self.tables, offset, |t| &t.span).is_some()
    }

    /// The last heading that starts at or before `offset`: the section `offset` is in.
    pub fn heading_before(&self, offset: usize) -> Option<&Heading<'t>> {
        let after = self.headings.partition_point(|h| h.span.start <= offset);
        after.checked_sub(1).map(|i| &self.headings[i])
    }

    /// The index of the task item containing `offset`.
    pub fn task_at(&self, offset: usize) -> Option<usize> {
        containing(&self.tasks, offset, |t| &t.span)
    }

    /// The comparable form of `heading`'s text (see `heading_key`): numbering, emoji and case
    /// removed.
    pub fn key_of(&self, heading: &Heading) -> &str {
        self.heading_keys
            .get(heading.key.clone())
            .unwrap_or_default()
    }

    /// The field whose line starts at `offset`.
    pub fn field_at_line(&self, offset: usize) -> Option<&Field<'t>> {
        let index = self.fields.partition_point(|f| f.span.start < offset);
        self.fields.get(index).filter(|f| f.span.start == offset)
    }
}

impl<'t> Builder<'t> {
    fn event(&mut self, event: Event<'t>, range: Range<usize>, text: &str) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                self.heading = Some((level as u8, range.start, Cow::Borrowed("")));
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, start, mut title)) = self.heading.take() {
                    let keys = &mut self.document.heading_keys;
                    let key_start = keys.len();
                    crate::heading_key::push_heading_key(&title, keys);
                    let key = key_start..keys.len();
                    trim_in_place(&mut title);
                    self.document.headings.push(Heading {
                        level,
                        key,
                        text: title,
                        span: start..range.end,
                        body: range.end..text.len(),
                    });
                }
            }
            Event::Start(Tag::Table(alignments)) => {
                // One alignment per column.
                let columns = alignments.len().max(1);
                self.table = Some(Table {
                    span: range,
                    cells: Vec::with_capacity(columns * 4),
                    columns,
                    ..Table::default()
                });
            }
            Event::End(TagEnd::Table) => {
                if let Some(mut table) = self.table.take() {
                    table.header_keys = HeaderKeys::of(table.header());
                    self.document.tables.push(table);
                }
            }
            Event::Start(Tag::TableHead) | Event::Start(Tag::TableRow) => {
                self.row_start = self.table.as_ref().map_or(0, |t| t.cells.len());
            }
            Event::End(TagEnd::TableHead) | Event::End(TagEnd::TableRow) => {
                if let Some(table) = self.table.as_mut() {
                    // Every row `columns` long, as pulldown-cmark makes them, whatever it does.
                    let end = self.row_start + table.columns;
                    table.cells.truncate(end);
                    table.cells.resize_with(end, || Cell {
                        text: Cow::Borrowed(""),
                        span: range.end..range.end,
                    });
                }
            }
            Event::Start(Tag::TableCell) => {
                self.cell = Some(Cell {
                    text: Cow::Borrowed(""),
                    span: range,
                });
            }
            Event::End(TagEnd::TableCell) => {
                if let (Some(table), Some(mut cell)) = (self.table.as_mut(), self.cell.take()) {
                    trim_in_place(&mut cell.text);
                    table.cells.push(cell);
                }
            }
            Event::Start(Tag::Item) => self.items.push(range),
            Event::End(TagEnd::Item) => {
                self.items.pop();
            }
            Event::TaskListMarker(checked) => {
                if let Some(item) = self.items.last() {
                    self.document.tasks.push(TaskItem {
                        checked,
                        span: item.clone(),
                    });
                }
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                let info = match kind {
                    CodeBlockKind::Fenced(info) => info.trim().to_string(),
                    CodeBlockKind::Indented => String::new(),
                };
                self.code = Some(CodeBlock {
                    info,
                    content: range.end..range.end,
                    span: range,
                });
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some(code) = self.code.take() {
                    self.document.code_blocks.push(code);
                }
            }
            Event::Start(Tag::MetadataBlock(MetadataBlockKind::YamlStyle)) => {
                self.front_matter = Some((range, String::new()));
            }
            Event::End(TagEnd::MetadataBlock(_)) => {
                if let Some((span, yaml)) = self.front_matter.take() {
                    self.document.front_matter = Some(FrontMatter::parse(&yaml, span));
                }
            }
            Event::Html(html) | Event::InlineHtml(html) => self.html(&html, range),
            Event::Text(t) | Event::Code(t) => self.text(t, range),
            _ => {}
        }
    }

    fn text(&mut self, t: CowStr<'t>, range: Range<usize>) {
        if let Some((_, _, title)) = self.heading.as_mut() {
            append(title, &t);
        }
        if let Some(cell) = self.cell.as_mut() {
            append(&mut cell.text, &t);
        }
        if let Some(code) = self.code.as_mut() {
            if code.content.is_empty() {
                code.content = range.start..range.end;
            } else {
                code.content.end = range.end;
            }
        }
        if let Some((_, yaml)) = self.front_matter.as_mut() {
            yaml.push_str(&t);
        }
    }

    fn html(&mut self, html: &str, range: Range<usize>) {
        let trimmed = html.trim();
        if let Some(inner) = trimmed
            .strip_prefix("<!--")
            .and_then(|r| r.strip_suffix("-->"))
        {
            self.document.comments.push(Comment {
                text: inner.trim().to_string(),
                span: range,
            });
        }
    }
}

/// The index of the item whose span contains `offset`, in items sorted by start whose spans
/// do not overlap except by nesting (the innermost start wins).
pub(crate) fn containing<T>(
    items: &[T],
    offset: usize,
    span: impl Fn(&T) -> &Range<usize>,
) -> Option<usize> {
    let after = items.partition_point(|item| span(item).start <= offset);
    (0..after)
        .rev()
        .take(4)
        .find(|&i| span(&items[i]).contains(&offset))
}

/// Appends `t` to `text`. The first text of a title or cell (usually its only one) is borrowed
/// when it is a slice of the document, else copied to a string of its own size; a second one
/// (after markup or an escape) makes it a string of its own.
fn append<'t>(text: &mut Cow<'t, str>, t: &CowStr<'t>) {
    if !text.is_empty() {
        text.to_mut().push_str(t);
    } else if let CowStr::Borrowed(slice) = t {
        *text = Cow::Borrowed(slice);
    } else {
        *text = Cow::Owned(t.to_string());
    }
}

/// Trims `text` without copying it (every cell and heading title is trimmed).
fn trim_in_place(text: &mut Cow<'_, str>) {
    match text {
        Cow::Borrowed(slice) => *slice = crate::trim::both(slice),
        Cow::Owned(owned) => {
            let end = owned.trim_end().len();
            owned.truncate(end);
            let lead = owned.len() - owned.trim_start().len();
            owned.drain(..lead);
        }
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
        let titles: Vec<_> = doc.headings.iter().map(|h| (h.level, &*h.text)).collect();
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
    fn subheadings_are_every_heading_inside_the_body_and_no_other() {
        let text = "# A
## B
### C
## D
#### E
# F
## G
";
        let doc = Document::parse(text);
        let inside = |title: &str| -> Vec<&str> {
            let heading = doc.headings.iter().find(|h| h.text == title).unwrap();
            doc.subheadings(heading).map(|h| &*h.text).collect()
        };
        assert_eq!(inside("A"), ["B", "C", "D", "E"]);
        assert_eq!(inside("B"), ["C"]);
        assert_eq!(inside("C"), Vec::<&str>::new());
        assert_eq!(inside("D"), ["E"]);
        assert_eq!(inside("F"), ["G"]);
        assert_eq!(inside("G"), Vec::<&str>::new());
    }

    #[test]
    fn inline_markup_is_dropped_from_heading_text_and_code_blocks_hold_no_headings() {
        let doc = Document::parse("## **Root** `Cause`\n```\n## not a heading\n```\n");
        assert_eq!(doc.headings.len(), 1);
        assert_eq!(doc.headings[0].text, "Root Cause");
    }

    #[test]
    fn every_row_of_a_table_is_as_long_as_its_header() {
        // Through the parser: a short row is filled, a long one cut.
        let doc = Document::parse("| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |\n| 4 | 5 |\n");
        let rows: Vec<Vec<&str>> = doc.tables[0]
            .rows()
            .map(|row| row.iter().map(|c| &*c.text).collect())
            .collect();
        assert_eq!(rows, [vec!["1", ""], vec!["1", "2"], vec!["4", "5"]]);
        // Straight to the builder, rows of the wrong length are made the header's length.
        let text = "| a | b |";
        let mut builder = Builder::default();
        let cell = |t: &'static str| {
            [
                Event::Start(Tag::TableCell),
                Event::Text(CowStr::Borrowed(t)),
                Event::End(TagEnd::TableCell),
            ]
        };
        let alignments = vec![pulldown_cmark::Alignment::None; 2];
        let events = [
            Event::Start(Tag::Table(alignments)),
            Event::Start(Tag::TableHead),
        ]
        .into_iter()
        .chain(cell("a"))
        .chain(cell("b"))
        .chain([Event::End(TagEnd::TableHead), Event::Start(Tag::TableRow)])
        .chain(cell("1"))
        .chain([Event::End(TagEnd::TableRow), Event::Start(Tag::TableRow)])
        .chain(cell("2"))
        .chain(cell("3"))
        .chain(cell("4"))
        .chain([Event::End(TagEnd::TableRow), Event::End(TagEnd::Table)]);
        for event in events {
            builder.event(event, 0..text.len(), text);
        }
        let table = &builder.document.tables[0];
        let header: Vec<_> = table.header().iter().map(|c| &*c.text).collect();
        let rows: Vec<Vec<&str>> = table
            .rows()
            .map(|row| row.iter().map(|c| &*c.text).collect())
            .collect();
        assert_eq!(header, ["a", "b"]);
        assert_eq!(rows, [vec!["1", ""], vec!["2", "3"]]);
    }

    #[test]
    fn each_heading_has_its_own_key() {
        let doc =
            Document::parse("# 1. Summary\n\n## Timeline (UTC)\n\ntext\n\n### 🔥 ROOT CAUSE\n");
        let keys: Vec<_> = doc.headings.iter().map(|h| doc.key_of(h)).collect();
        assert_eq!(keys, ["summary", "timeline", "root cause"]);
    }

    #[test]
    fn tables_keep_header_cells_rows_and_cell_spans() {
        let text = "| Time (UTC) | Event |\n|---|---|\n| 14:02 | **Alert** fires |\n";
        let doc = Document::parse(text);
        let table = &doc.tables[0];
        let header: Vec<_> = table.header().iter().map(|c| &*c.text).collect();
        assert_eq!(header, ["Time (UTC)", "Event"]);
        assert_eq!(table.header_keys.position(|k| k == "time"), Some(0));
        assert_eq!(table.header_keys.position(|k| k == "event"), Some(1));
        assert_eq!(table.header_keys.position(|k| k.contains("utc")), None);
        let first_row = table.rows().next().unwrap_or_default();
        assert_eq!(first_row[1].text, "Alert fires");
        assert_eq!(text[first_row[0].span.clone()].trim(), "14:02");
        assert_eq!(Table::default().rows().count(), 0);
    }

    #[test]
    fn text_in_one_piece_is_borrowed_and_text_split_by_markup_or_escapes_is_joined() {
        let text = "## Root *cause*\n## Impact &amp; scope\n## Timeline\n\n\
                    | Time | Event | Note |\n|---|---|---|\n| 14:02 |  **Alert** fires | a \\| b |\n\
                    **Owner**: Dana  \n**TTD** (detect): 4 min\n";
        let doc = Document::parse(text);
        let borrowed = |s: &Cow<str>| matches!(s, Cow::Borrowed(_));
        let titles: Vec<_> = doc.headings.iter().map(|h| &*h.text).collect();
        assert_eq!(titles, ["Root cause", "Impact & scope", "Timeline"]);
        assert!(!borrowed(&doc.headings[0].text) && !borrowed(&doc.headings[1].text));
        assert!(borrowed(&doc.headings[2].text));
        let row = &doc.tables[0].rows().next().unwrap_or_default();
        let cells: Vec<_> = row.iter().map(|c| &*c.text).collect();
        assert_eq!(cells, ["14:02", "Alert fires", "a | b"]);
        assert!(borrowed(&row[0].text) && !borrowed(&row[1].text));
        assert!(doc.tables[0].header().iter().all(|c| borrowed(&c.text)));
        let fields: Vec<_> = doc.fields.iter().map(|f| (&*f.key, f.value)).collect();
        assert_eq!(fields, [("Owner", "Dana"), ("TTD (detect)", "4 min")]);
        assert!(borrowed(&doc.fields[0].key) && !borrowed(&doc.fields[1].key));
    }

    #[test]
    fn task_items_know_whether_they_are_checked() {
        let text = "- [x] Automated alert\n- [ ] User report\n";
        let doc = Document::parse(text);
        let states: Vec<_> = doc.tasks.iter().map(|t| t.checked).collect();
        assert_eq!(states, [true, false]);
        assert!(text[doc.tasks[1].span.clone()].contains("User report"));
    }

    #[test]
    fn code_blocks_keep_info_string_and_content() {
        let text = "Text\n\n```json\n{\"duration_minutes\": 38}\n```\n";
        let doc = Document::parse(text);
        let code = &doc.code_blocks[0];
        assert_eq!(code.info, "json");
        assert_eq!(&text[code.content.clone()], "{\"duration_minutes\": 38}\n");
        assert!(doc.in_code(text.find("duration").unwrap()));
        assert!(!doc.in_code(0));
    }

    #[test]
    fn front_matter_and_comments_are_read() {
        let text = "---\nprofile: compact\ntitle: \"Cache flush\"\n---\n# T\n<!-- postmortem-profile: sre-slo -->\n";
        let doc = Document::parse(text);
        let front = doc.front_matter.as_ref().unwrap();
        assert_eq!(front.get("profile"), Some("compact"));
        assert_eq!(front.get("title"), Some("Cache flush"));
        assert_eq!(doc.comments[0].text, "postmortem-profile: sre-slo");
    }
}
