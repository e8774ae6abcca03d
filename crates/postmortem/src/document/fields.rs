//! `**Key**: value` fields, in every form the templates use:
//! `**Key**: v`, `**Key:** v`, `- **Key**: v`, `**Key** (TTD): v`, and `**Key**:` followed by a
//! list, whose items are the value.

use std::borrow::Cow;
use std::ops::Range;

use super::{CodeBlock, FrontMatter};

/// One field, borrowing from the document's text (a key with a note after its `**` is the one
/// string of its own).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field<'t> {
    /// The key as written, without `**` and `:` (`Time to Detect (TTD)`).
    pub key: Cow<'t, str>,
    /// The value on the key's line, trimmed; empty when the value is a list below.
    pub value: &'t str,
    /// Bytes of the value on the key's line (empty range at the line end when there is none).
    pub value_span: Range<usize>,
    /// Bytes of each list item below a key with no value on its line.
    pub items: Vec<Range<usize>>,
    /// Bytes of the key's line.
    pub span: Range<usize>,
}

impl<'t> Field<'t> {
    /// The key without a trailing `:` or `(...)` note (`Time to Detect` for
    /// `Time to Detect (TTD)`).
    pub fn base_key(&self) -> &str {
        head_before_note(without_colon(&self.key))
    }

    /// Whether the key is `key`, ignoring case, a trailing `:` and a trailing `(...)` note.
    pub fn key_is(&self, key: &str) -> bool {
        // Keys are kept trimmed, so when both this one and `key` start with a letter or digit
        // (which trimming keeps), that byte alone settles nearly every comparison before
        // anything is trimmed: lookups ask every field.
        if let (Some(&mine), Some(&want)) = (self.key.as_bytes().first(), key.as_bytes().first())
            && mine.is_ascii_alphanumeric()
            && want.is_ascii_alphanumeric()
            && !mine.eq_ignore_ascii_case(&want)
        {
            return false;
        }
        let wanted = without_colon(key);
        let mine = without_colon(&self.key);
        // Both ways below need `wanted` to be a prefix of `mine` (which starts with no space),
        // so a different first byte or a longer `wanted` settles it without searching.
        let first = |s: &str| s.as_bytes().first().map(u8::to_ascii_lowercase);
        if first(mine) != first(wanted) || wanted.len() > mine.len() {
            return false;
        }
        mine.eq_ignore_ascii_case(wanted) || head_before_note(mine).eq_ignore_ascii_case(wanted)
    }
}

/// `key` trimmed and without trailing `:`.
fn without_colon(key: &str) -> &str {
    crate::trim::both(crate::trim::both(key).trim_end_matches(':'))
}

/// `key` up to a ` (` note, trimmed; all of `key` when it has none. (`search::find` rather
/// than `split_once`: every field lookup asks, and a searcher per call cost more than the
/// lookup.)
fn head_before_note(key: &str) -> &str {
    crate::search::find(key, " (").map_or(key, |at| key[..at].trim())
}

/// Finds the fields of the text of `lines`, skipping code blocks and front matter. Every
/// field's line holds a colon, so only those lines (about one in five) are read, and the list
/// items after a field without a value.
pub(super) fn scan<'t>(
    lines: &crate::LineIndex<'t>,
    code: &[CodeBlock],
    front: Option<&FrontMatter>,
) -> Vec<Field<'t>> {
    scan_from(lines, code, front, |next| lines.next_line_with(b':', next))
}

/// [`scan`], reading the lines that `candidate` gives: the 0-based index of the first line
/// at or after the one it is given that may open a field.
fn scan_from<'t>(
    lines: &crate::LineIndex<'t>,
    code: &[CodeBlock],
    front: Option<&FrontMatter>,
    candidate: impl Fn(usize) -> Option<usize>,
) -> Vec<Field<'t>> {
    let skipped = |offset: usize| {
        super::containing(code, offset, |c| &c.span).is_some()
            || front.is_some_and(|f| f.span.contains(&offset))
    };
    let mut fields: Vec<Field<'t>> = Vec::new();
    let mut next = 0;
    while let Some(index) = candidate(next) {
        let mut rest = lines.line_contents_from(index);
        let Some((_, start, line)) = rest.next() else {
            break;
        };
        next = index + 1;
        if skipped(start) {
            continue;
        }
        let Some(mut field) = parse_line(line, start) else {
            continue;
        };
        let mut nested = Vec::new();
        if field.value.is_empty() {
            for (item_index, item_start, item) in rest {
                if !is_list_item(item) || skipped(item_start) {
                    break;
                }
                let item_field = parse_line(item, item_start);
                // A bold key at the list's own level starts a new field, not an item.
                let bold = item
                    .trim_start_matches(['-', '*', '+', ' '])
                    .starts_with("**");
                if item_field.is_some() && bold && !item.starts_with([' ', '\t']) {
                    break;
                }
                field.items.push(item_start..item_start + item.len());
                // `- Model downtime: 45 minutes` is an item and a field of its own.
                nested.extend(item_field);
                next = item_index + 1;
            }
        }
        fields.push(field);
        fields.extend(nested);
    }
    fields
}

fn is_list_item(line: &str) -> bool {
    let t = crate::trim::start(line);
    t.starts_with("- ")
        || t.starts_with("* ")
        || t.starts_with("+ ")
        || ordered_marker_len(t).is_some()
}

/// Length of `12. ` at the start of `t`, if it is an ordered list marker.
fn ordered_marker_len(t: &str) -> Option<usize> {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0 && t[digits..].starts_with(". ")).then_some(digits + 2)
}

/// Parses one line as a field, if it is one.
fn parse_line(line: &str, line_start: usize) -> Option<Field<'_>> {
    let indent = line.len() - crate::trim::start(line).len();
    let mut rest = &line[indent..];
    let mut offset = indent;
    for marker in ["- ", "* ", "+ "] {
        if let Some(r) = rest.strip_prefix(marker) {
            offset += marker.len();
            rest = r;
            break;
        }
    }
    if let Some(n) = ordered_marker_len(rest) {
        offset += n;
        rest = &rest[n..];
    }
    let Some(inner) = rest.strip_prefix("**") else {
        return parse_plain(rest, line_start + offset);
    };
    let close = crate::search::find(inner, "**")?;
    let key_raw = &inner[..close];
    let after = &inner[close + 2..];
    let after_start = offset + 2 + close + 2;
    let (mut key, value_offset) = if let Some(key) = key_raw.strip_suffix(':') {
        (Cow::Borrowed(key), after_start)
    } else {
        // `**Key**: v` or `**Key** (note): v`
        let note_len = if after.trim_start().starts_with('(') {
            after.find(')').map(|p| p + 1)?
        } else {
            0
        };
        let colon = after[note_len..].strip_prefix(':')?;
        let note = after[..note_len].trim();
        let key = if note.is_empty() {
            Cow::Borrowed(key_raw)
        } else {
            Cow::Owned(format!("{key_raw} {note}"))
        };
        (key, after_start + after.len() - colon.len())
    };
    super::trim_in_place(&mut key);
    if key.is_empty() || key.len() > 80 {
        return None;
    }
    let raw_value = &line[value_offset..];
    let from_lead = crate::trim::start(raw_value);
    let lead = raw_value.len() - from_lead.len();
    let value = crate::trim::end(from_lead);
    let value_start = line_start + value_offset + lead;
    Some(Field {
        key,
        value,
        value_span: value_start..value_start + value.len(),
        items: Vec::new(),
        span: line_start..line_start + line.len(),
    })
}

/// `Start Time: January 21, 2024, 14:30 UTC`: a short capitalised key of words, a colon.
fn parse_plain(rest: &str, rest_start: usize) -> Option<Field<'_>> {
    // Most lines are prose: a key starts with a capital, before any search for the colon.
    if !rest.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let colon = memchr::memchr(b':', rest.as_bytes())?;
    let key = &rest[..colon];
    let words = key.split_whitespace().count();
    let well_formed = (1..=5).contains(&words)
        && key.chars().all(|c| {
            c.is_alphabetic() || matches!(c, ' ' | '(' | ')' | '-' | '–' | '/' | '&' | '\'')
        });
    let after = &rest[colon + 1..];
    if !well_formed || !(after.is_empty() || after.starts_with(' ')) {
        return None;
    }
    let from_lead = crate::trim::start(after);
    let lead = after.len() - from_lead.len();
    let value = crate::trim::end(from_lead);
    let value_start = rest_start + colon + 1 + lead;
    Some(Field {
        key: Cow::Borrowed(crate::trim::both(key)),
        value,
        value_span: value_start..value_start + value.len(),
        items: Vec::new(),
        span: rest_start..rest_start + rest.len(),
    })
}

#[cfg(test)]
mod tests {
    use crate::document::Document;

    fn fields(text: &str) -> Vec<(String, String)> {
        Document::parse(text)
            .fields
            .into_iter()
            .map(|f| (f.key.into_owned(), f.value.to_owned()))
            .collect()
    }

    #[test]
    fn every_form_of_the_templates_is_a_field() {
        let text = "**Date**: 2026-04-14\n**Severity:** SEV-2  \n- **Affected Users**: 9,800\n\
                    **Time to Detect** (TTD): 2 minutes\n1. **Why did it fail?**\n";
        assert_eq!(
            fields(text),
            [
                ("Date".into(), "2026-04-14".into()),
                ("Severity".into(), "SEV-2".into()),
                ("Affected Users".into(), "9,800".into()),
                ("Time to Detect (TTD)".into(), "2 minutes".into()),
            ]
        );
    }

    proptest::proptest! {
        /// Reading only the lines with a colon finds the fields that reading every line does.
        #[test]
        fn only_lines_with_a_colon_open_fields(
            text in "(\\*\\*[A-Z][a-z]{0,4}:?\\*\\*:?|[-*+] |  |1\\. |[A-Z][a-z]{0,4}|: ?|[a-z ]{0,4}|```|\n|\r\n)*"
        ) {
            let lines = crate::LineIndex::new(&text);
            let doc = Document::parse(&text);
            let every_line = super::scan_from(&lines, &doc.code_blocks, doc.front_matter.as_ref(), Some);
            proptest::prop_assert_eq!(&doc.fields, &every_line);
        }

        /// The first-byte shortcut gives what the full comparison gives.
        #[test]
        fn the_first_byte_shortcut_agrees_with_comparing_in_full(
            mine in "[aAbB1][aAbB1 ]{0,4}( \\([ab]{1,2}\\))?",
            other in "[aAbB1 :()]{0,8}",
            which in 0..3usize,
            pad in " {0,2}",
            colon in ":?",
            upper: bool,
        ) {
            // The key asked for: the field's own key, its head before the note, or anything,
            // padded, with or without a colon, in either case.
            let asked = match which {
                0 => mine.clone(),
                1 => super::head_before_note(&mine).to_string(),
                _ => other,
            };
            let asked = format!("{pad}{asked}{colon}{pad}");
            let key = if upper { asked.to_uppercase() } else { asked };
            let text = format!("**{}**: value\n", mine.trim());
            let doc = Document::parse(&text);
            if let Some(field) = doc.fields.first() {
                let full = {
                    let mine = super::without_colon(&field.key);
                    let wanted = super::without_colon(&key);
                    mine.eq_ignore_ascii_case(wanted)
                        || super::head_before_note(mine).eq_ignore_ascii_case(wanted)
                };
                proptest::prop_assert_eq!(field.key_is(&key), full);
            }
        }
    }

    #[test]
    fn a_key_matches_ignoring_case_colons_and_a_trailing_note() {
        let doc = Document::parse("**Time to Detect** (TTD): 2 minutes\n**TTD:** 3\n**T**: x\n");
        let [long, short, one] = &doc.fields[..] else {
            panic!("three fields: {:?}", doc.fields);
        };
        assert!(long.key_is("time to detect") && long.key_is("Time to Detect (TTD):"));
        assert!(!long.key_is("Time to Detect (TTA)") && !long.key_is("Time"));
        assert!(!long.key_is("time to detect and more") && !long.key_is(""));
        assert!(short.key_is("ttd") && short.key_is(" TTD: ") && !short.key_is("tta"));
        assert!(one.key_is("t") && !one.key_is("tt"));
    }

    #[test]
    fn a_key_followed_by_a_list_takes_the_items_as_its_value() {
        let text =
            "**Business Impact**:\n- Lost orders: 120\n- Refunds: $4,000\n\nNext paragraph.\n";
        let doc = Document::parse(text);
        let field = &doc.fields[0];
        assert_eq!(field.key, "Business Impact");
        assert_eq!(field.items.len(), 2);
        assert_eq!(&text[field.items[1].clone()], "- Refunds: $4,000");
    }

    #[test]
    fn value_spans_point_at_the_value_and_keys_match_loosely() {
        let text = "- **Duration:** 38 minutes\n";
        let doc = Document::parse(text);
        let field = doc.field(&["duration"]).unwrap();
        assert_eq!(&text[field.value_span.clone()], "38 minutes");
        let ttd = Document::parse("**Time to Detect** (TTD): 2 minutes\n");
        assert!(ttd.field(&["Time to Detect"]).is_some());
    }

    #[test]
    fn code_blocks_and_plain_bold_text_are_not_fields() {
        assert!(fields("```\n**Key**: v\n```\n").is_empty());
        assert!(fields("**Bold** text without a colon\n").is_empty());
    }

    #[test]
    fn plain_keys_are_fields_but_times_and_sentences_are_not() {
        assert_eq!(
            fields("Start Time: January 21, 2024, 14:30 UTC\n- Model downtime: 45 minutes\n"),
            [
                ("Start Time".into(), "January 21, 2024, 14:30 UTC".into()),
                ("Model downtime".into(), "45 minutes".into())
            ]
        );
        assert!(
            fields("10:00 AM: Issue detected\nsee https://example.org\nlower case: no\n")
                .is_empty()
        );
    }
}
