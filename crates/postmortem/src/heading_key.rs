//! Normalises a heading so that numbering, emoji, punctuation and case do not stop a match.
//!
//! `## 3. Root Cause Analysis`, `### 3.1 Root Cause`, `## 🔥 ROOT CAUSE` and
//! `## Timeline (all times UTC)` become `root cause analysis`, `root cause`, `root cause` and
//! `timeline`.

/// The comparable form of a heading or section title.
pub fn heading_key(text: &str) -> String {
    let without_note = strip_trailing_parenthetical(text.trim());
    if without_note.is_ascii() {
        ascii_key(without_note)
    } else {
        key_by_characters(without_note)
    }
}

/// The key of a heading without its note, character by character.
fn key_by_characters(without_note: &str) -> String {
    // Written into one string as the words are read: this runs for every heading and every
    // table header of every check.
    let mut key = String::with_capacity(without_note.len());
    for word in without_note.split(|c: char| c.is_whitespace() || c == '/' || c == '-') {
        let before = key.len();
        if before > 0 {
            key.push(' ');
        }
        let word_start = key.len();
        for c in word.chars().filter(|c| c.is_alphanumeric() || *c == '&') {
            key.push(crate::fold::lower_char(c));
        }
        let written = &key[word_start..];
        // Nothing left of the word, or section numbering (`3`, `3.1`, `12.`) before the first.
        if written.is_empty() || before == 0 && written.bytes().all(|b| b.is_ascii_digit()) {
            key.truncate(before);
        }
    }
    key
}

/// [`heading_key`] of an ASCII heading, byte by byte: the same steps without decoding
/// characters or looking up Unicode classes (nearly every heading and table header).
fn ascii_key(text: &str) -> String {
    let mut key: Vec<u8> = Vec::with_capacity(text.len());
    // U+000B is white space to `char::is_whitespace`, though not to `u8::is_ascii_whitespace`.
    let splits = |b: &u8| b.is_ascii_whitespace() || matches!(b, 0x0B | b'/' | b'-');
    for word in text.as_bytes().split(splits) {
        let before = key.len();
        if before > 0 {
            key.push(b' ');
        }
        let word_start = key.len();
        key.extend(
            word.iter()
                .filter(|b| b.is_ascii_alphanumeric() || **b == b'&')
                .map(u8::to_ascii_lowercase),
        );
        let written = &key[word_start..];
        if written.is_empty() || before == 0 && written.iter().all(u8::is_ascii_digit) {
            key.truncate(before);
        }
    }
    String::from_utf8(key).unwrap_or_default()
}

/// `Timeline (all times UTC)` → `Timeline`; a heading that is only a parenthetical stays.
fn strip_trailing_parenthetical(text: &str) -> &str {
    if let Some(open) = text.rfind('(')
        && text.ends_with(')')
        && open > 0
    {
        return text[..open].trim_end();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::heading_key;

    proptest::proptest! {
        #[test]
        fn ascii_headings_get_the_same_key_by_bytes(text in "[ -~\t\u{b}\u{c}]{0,24}") {
            proptest::prop_assert_eq!(super::ascii_key(&text), super::key_by_characters(&text));
        }
    }

    #[test]
    fn headings_in_other_languages_match_whatever_their_case() {
        assert_eq!(heading_key("## ÜBERBLICK"), heading_key("Überblick"));
        assert_eq!(heading_key("2. MAẞNAHMEN"), "maẞnahmen");
        assert_eq!(heading_key("ΧΡΟΝΟΛΟΓΙΟ"), "χρονολογιο");
        assert_eq!(heading_key("Хронология (UTC)"), "хронология");
        assert_eq!(heading_key("Łańcuch ZDARZEŃ"), "łańcuch zdarzeń");
    }

    #[test]
    fn numbering_emoji_case_and_notes_are_ignored() {
        assert_eq!(heading_key("3. Root Cause Analysis"), "root cause analysis");
        assert_eq!(heading_key("3.1 Root Cause"), "root cause");
        assert_eq!(heading_key("🔥 ROOT CAUSE"), "root cause");
        assert_eq!(heading_key("Timeline (all times UTC)"), "timeline");
        assert_eq!(heading_key("Timeline (Detailed)"), "timeline");
        assert_eq!(heading_key("Trigger & Detection"), "trigger & detection");
        assert_eq!(heading_key("Follow-Up"), "follow up");
        assert_eq!(heading_key(""), "");
    }
}
