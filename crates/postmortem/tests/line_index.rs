//! Property tests of the conversions at the edges: byte offset to line and column (what the
//! CLI prints) and to UTF-16 offsets (what the page's textarea selects), against a naive
//! character-by-character walk, on text with multi-byte characters, CRLF and astral symbols.

use postmortem::LineIndex;
use proptest::prelude::*;

/// The naive answer: walk the characters up to `offset` (rounded down to a boundary).
fn naive(text: &str, offset: usize) -> (u32, u32, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let (mut line, mut column, mut utf16) = (1, 1, 0);
    for c in text[..offset].chars() {
        utf16 += c.len_utf16();
        if c == '\n' {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
    }
    (line, column, utf16)
}

fn text_strategy() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just("a".to_string()),
            Just("\n".to_string()),
            Just("\r\n".to_string()),
            Just("é".to_string()),
            Just("€".to_string()),
            Just("🔥".to_string()),
            Just("e\u{301}".to_string()),
            Just("ש".to_string()),
            "\\PC{0,3}",
        ],
        0..60,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn line_column_and_utf16_match_a_naive_walk(text in text_strategy(), at in 0usize..400) {
        let index = LineIndex::new(&text);
        let (line, column, utf16) = naive(&text, at);
        let found = index.line_col(at);
        prop_assert_eq!((found.line, found.column), (line, column));
        prop_assert_eq!(index.utf16_offset(at), utf16);
        prop_assert_eq!(index.line(at), line);
        // The line's start is at or before the offset, and its text holds no line break.
        let start = index.line_start(line);
        prop_assert!(start <= at.min(text.len()));
        prop_assert!(!index.line_text(line).contains('\n'));
        prop_assert!(!index.line_text(line).ends_with('\r'));
    }

    #[test]
    fn utf16_offsets_agree_with_the_browser_encoding(text in text_strategy()) {
        let index = LineIndex::new(&text);
        prop_assert_eq!(index.utf16_offset(text.len()), text.encode_utf16().count());
        for (at, _) in text.char_indices() {
            prop_assert_eq!(index.utf16_offset(at), text[..at].encode_utf16().count());
        }
    }
}
