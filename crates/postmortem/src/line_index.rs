//! Converts byte offsets into 1-based line and column numbers, and UTF-16 offsets for the page.
//!
//! The core keeps byte spans; only the edges (CLI output, the editor) need lines or UTF-16.

use serde::Serialize;

/// A 1-based line and column; the column counts characters (Unicode scalar values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LineCol {
    pub line: u32,
    pub column: u32,
}

/// Start offsets of every line of a text, built once per check. The passes that read the
/// text line by line walk these ([`LineIndex::lines`]) rather than each finding the line
/// breaks again: on a real postmortem, lines are short, and finding each one's end cost the
/// passes together more than the parse.
#[derive(Debug, Clone)]
pub struct LineIndex<'t> {
    text: &'t str,
    line_starts: Vec<usize>,
}

impl<'t> LineIndex<'t> {
    pub fn new(text: &'t str) -> Self {
        let bytes = text.as_bytes();
        // Room for lines of 32 bytes on average, so that a postmortem's index is seldom
        // grown and copied as it is filled.
        let mut line_starts = Vec::with_capacity(text.len() / 32 + 1);
        line_starts.push(0);
        let mut from = 0;
        while let Some(at) = bytes
            .get(from..)
            .and_then(|rest| memchr::memchr(b'\n', rest))
        {
            from += at + 1;
            line_starts.push(from);
        }
        Self { text, line_starts }
    }

    /// The text this index was built from.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// Every line with its start offset, line break included: what
    /// `text.split_inclusive('\n')` gives, without searching for the breaks again.
    ///
    /// ```
    /// let index = postmortem::LineIndex::new("a\r\n\nb");
    /// let lines: Vec<_> = index.lines().collect();
    /// assert_eq!(lines, [(0, "a\r\n"), (3, "\n"), (4, "b")]);
    /// ```
    pub fn lines(&self) -> impl Iterator<Item = (usize, &'t str)> + '_ {
        (0..self.line_starts.len())
            .map(|index| self.nth_line(index))
            .filter(|(_, line)| !line.is_empty())
    }

    /// Every line as [`lines`] gives it, without its line break (and any `\r` before it):
    /// what each line-by-line check reads. Trimmed byte by byte; `trim_end_matches` with a
    /// set of characters decoded UTF-8 backwards on every line.
    ///
    /// [`lines`]: LineIndex::lines
    ///
    /// ```
    /// let index = postmortem::LineIndex::new("a\r\n\nb");
    /// let lines: Vec<_> = index.line_contents().collect();
    /// assert_eq!(lines, [(0, "a"), (3, ""), (4, "b")]);
    /// ```
    pub fn line_contents(&self) -> impl Iterator<Item = (usize, &'t str)> + '_ {
        self.lines()
            .map(|(start, raw)| (start, without_line_break(raw)))
    }

    /// The line holding byte `offset` as [`line_contents`] gives it: its start and its text
    /// without the line break. For passes that find what they look for in the whole text first
    /// and then want the few lines it is on.
    ///
    /// [`line_contents`]: LineIndex::line_contents
    ///
    /// ```
    /// let index = postmortem::LineIndex::new("one\r\ntwo\n");
    /// assert_eq!(index.line_containing(1), (0, "one"));
    /// assert_eq!(index.line_containing(5), (5, "two"));
    /// ```
    pub fn line_containing(&self, offset: usize) -> (usize, &'t str) {
        let (start, raw) = self.nth_line(self.index_of(offset));
        (start, without_line_break(raw))
    }

    /// The 0-based index of the first line at or after line `index` whose text holds `byte`
    /// (never a line break byte); none when no line does. One `memchr` over the rest of the
    /// text, for passes that want only the lines with a given byte (fields, which have a
    /// colon) but read on line by line from them.
    ///
    /// ```
    /// let index = postmortem::LineIndex::new("a\nb: 1\nc\nd: 2");
    /// assert_eq!(index.next_line_with(b':', 0), Some(1));
    /// assert_eq!(index.next_line_with(b':', 2), Some(3));
    /// assert_eq!(index.next_line_with(b':', 4), None);
    /// ```
    pub fn next_line_with(&self, byte: u8, index: usize) -> Option<usize> {
        let from = *self.line_starts.get(index)?;
        let at = from + memchr::memchr(byte, self.text.as_bytes().get(from..)?)?;
        let after = self.line_starts[index..].partition_point(|&start| start <= at);
        Some(index + after - 1)
    }

    /// The lines as [`line_contents`] gives them from the line at 0-based `index` on, each
    /// with its index.
    ///
    /// [`line_contents`]: LineIndex::line_contents
    ///
    /// ```
    /// let index = postmortem::LineIndex::new("a\r\nb\n");
    /// let lines: Vec<_> = index.line_contents_from(1).collect();
    /// assert_eq!(lines, [(1, 3, "b")]);
    /// ```
    pub fn line_contents_from(
        &self,
        index: usize,
    ) -> impl Iterator<Item = (usize, usize, &'t str)> + '_ {
        (index..self.line_starts.len())
            .map(|index| (index, self.nth_line(index)))
            .filter(|(_, (_, line))| !line.is_empty())
            .map(|(index, (start, raw))| (index, start, without_line_break(raw)))
    }

    /// The lines that hold at least one of `needles`, in order, each once, as [`lines`] gives
    /// them. The timeline wants the few lines of a document with a word (`SLO`, `outage`,
    /// `all times`): one search of the whole text per word finds them, where searching every
    /// line would build a searcher per line. Needles hold no line break; empty ones match
    /// nothing.
    ///
    /// [`lines`]: LineIndex::lines
    ///
    /// ```
    /// let index = postmortem::LineIndex::new("SLO: 99.9%\nno\nbudget spent, SLO missed\n");
    /// assert_eq!(
    ///     index.lines_containing(&["SLO", "budget"]),
    ///     [(0, "SLO: 99.9%\n"), (14, "budget spent, SLO missed\n")]
    /// );
    /// ```
    pub fn lines_containing(&self, needles: &[&str]) -> Vec<(usize, &'t str)> {
        let mut found: Vec<usize> = Vec::new();
        for needle in needles.iter().filter(|n| !n.is_empty()) {
            let mut from = 0;
            let find = crate::search::text_finder(needle);
            while let Some(at) = self.text.get(from..).and_then(&find) {
                let index = self.index_of(from + at);
                found.push(index);
                // On from the next line: one hit per line is enough.
                from = self.nth_line(index + 1).0;
            }
        }
        crate::order::sort(&mut found);
        found.dedup();
        found
            .into_iter()
            .map(|index| self.nth_line(index))
            .collect()
    }

    /// The 0-based index of the line holding byte `offset` (the last line for offsets past the
    /// end).
    fn index_of(&self, offset: usize) -> usize {
        self.line_starts
            .partition_point(|&start| start <= offset)
            .saturating_sub(1)
    }

    /// The start and text (line break included) of the line at 0-based `index`; past the last
    /// line, the end of the text and nothing.
    fn nth_line(&self, index: usize) -> (usize, &'t str) {
        let len = self.text.len();
        let start = self.line_starts.get(index).copied().unwrap_or(len);
        let end = self.line_starts.get(index + 1).copied().unwrap_or(len);
        (start, self.text.get(start..end).unwrap_or(""))
    }

    /// Line and column of a byte offset. Offsets past the end, or inside a multi-byte
    /// character, are clamped to the nearest valid position before it.
    pub fn line_col(&self, offset: usize) -> LineCol {
        let offset = self.floor_char_boundary(offset);
        let line = self.index_of(offset);
        let start = self.line_starts[line];
        let column = self.text[start..offset].chars().count();
        LineCol {
            line: line as u32 + 1,
            column: column as u32 + 1,
        }
    }

    /// 1-based line number of a byte offset.
    pub fn line(&self, offset: usize) -> u32 {
        self.line_col(offset).line
    }

    /// The offset in UTF-16 code units (what a browser textarea's selection uses).
    pub fn utf16_offset(&self, offset: usize) -> usize {
        let offset = self.floor_char_boundary(offset);
        self.text[..offset].encode_utf16().count()
    }

    /// Byte offset of the start of a 1-based line, clamped to the text.
    pub fn line_start(&self, line: u32) -> usize {
        let index = (line.max(1) as usize - 1).min(self.line_starts.len() - 1);
        self.line_starts[index]
    }

    /// The text of a 1-based line without its line ending.
    pub fn line_text(&self, line: u32) -> &'t str {
        let start = self.line_start(line);
        let end = self.text[start..]
            .find('\n')
            .map_or(self.text.len(), |i| start + i);
        self.text[start..end].trim_end_matches('\r')
    }

    fn floor_char_boundary(&self, offset: usize) -> usize {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }
}

/// `raw` without the `\n` and `\r` bytes at its end, as `raw.trim_end_matches(['\n', '\r'])`.
pub fn without_line_break(raw: &str) -> &str {
    let kept = raw
        .as_bytes()
        .iter()
        .rposition(|b| !matches!(b, b'\n' | b'\r'))
        .map_or(0, |last| last + 1);
    // The bytes dropped are ASCII, so `kept` is a character boundary.
    raw.get(..kept).unwrap_or(raw)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn the_next_line_with_a_byte_is_the_first_line_from_there_holding_it(
            text in "[a:\r\né]{0,30}"
        ) {
            let index = LineIndex::new(&text);
            let every: Vec<_> = index.line_contents_from(0).collect();
            let contents: Vec<_> = index.line_contents().collect();
            proptest::prop_assert_eq!(
                every.iter().map(|&(_, start, line)| (start, line)).collect::<Vec<_>>(),
                contents
            );
            for from in 0..=every.len() + 1 {
                let expected = every
                    .iter()
                    .find(|(at, _, line)| *at >= from && line.contains(':'))
                    .map(|(at, _, _)| *at);
                proptest::prop_assert_eq!(index.next_line_with(b':', from), expected);
            }
        }

        #[test]
        fn lines_are_what_splitting_at_line_breaks_gives(text in "[a\r\né]{0,20}") {
            let mut expected = Vec::new();
            let mut offset = 0;
            for line in text.split_inclusive('\n') {
                expected.push((offset, line));
                offset += line.len();
            }
            let index = LineIndex::new(&text);
            proptest::prop_assert_eq!(index.lines().collect::<Vec<_>>(), expected.clone());
            let trimmed: Vec<_> = expected
                .iter()
                .map(|&(start, line)| (start, line.trim_end_matches(['\n', '\r'])))
                .collect();
            proptest::prop_assert_eq!(index.line_contents().collect::<Vec<_>>(), trimmed);
        }

        #[test]
        fn lines_containing_agrees_with_a_line_by_line_search(
            text in "[ab\n]{0,40}",
            needles in proptest::collection::vec("[ab]{0,3}", 0..3),
        ) {
            let needles: Vec<&str> = needles.iter().map(String::as_str).collect();
            let expected: Vec<(usize, &str)> = LineIndex::new(&text)
                .lines()
                .filter(|(_, line)| needles.iter().any(|n| !n.is_empty() && line.contains(n)))
                .collect();
            let index = LineIndex::new(&text);
            proptest::prop_assert_eq!(index.lines_containing(&needles), expected);
        }
    }

    #[test]
    fn lines_and_columns_are_one_based() {
        let index = LineIndex::new("ab\ncd\n");
        assert_eq!(index.line_col(0), LineCol { line: 1, column: 1 });
        assert_eq!(index.line_col(4), LineCol { line: 2, column: 2 });
        assert_eq!(index.line_col(6), LineCol { line: 3, column: 1 });
    }

    #[test]
    fn columns_count_characters_and_utf16_counts_code_units() {
        let text = "é🔴x";
        let index = LineIndex::new(text);
        let x = text.find('x').unwrap();
        assert_eq!(index.line_col(x).column, 3);
        assert_eq!(index.utf16_offset(x), 3);
    }

    #[test]
    fn offsets_inside_a_character_or_past_the_end_are_clamped() {
        let index = LineIndex::new("🔴\nz");
        assert_eq!(index.line_col(2), LineCol { line: 1, column: 1 });
        assert_eq!(index.line_col(999), LineCol { line: 2, column: 2 });
        assert_eq!(index.line_text(1), "🔴");
        assert_eq!(index.line_text(9), "z");
    }
}
