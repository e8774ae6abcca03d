//! Normalises a heading so that numbering, emoji, punctuation and case do not stop a match.
//!
//! `## 3. Root Cause Analysis`, `### 3.1 Root Cause`, `## 🔥 ROOT CAUSE` and
//! `## Timeline (all times UTC)` become `root cause analysis`, `root cause`, `root cause` and
//! `timeline`.

/// The comparable form of a heading or section title.
pub fn heading_key(text: &str) -> String {
    let mut key = String::new();
    push_heading_key(text, &mut key);
    key
}

/// Writes [`heading_key`] of `text` at the end of `key`, so that the keys of a document's
/// headings, or of a table's header, share one string (see `Document::key_of` and
/// `document::HeaderKeys`) rather than each taking an allocation.
pub fn push_heading_key(text: &str, key: &mut String) {
    let without_note = strip_trailing_parenthetical(crate::trim::both(text));
    if without_note.is_ascii() {
        push_ascii_key(without_note, key);
    } else {
        push_key_by_characters(without_note, key);
    }
}

/// The key of a heading without its note, character by character.
fn push_key_by_characters(without_note: &str, key: &mut String) {
    // Written into one string as the words are read: this runs for every heading and every
    // table header of every check.
    let base = key.len();
    key.reserve(without_note.len());
    for word in without_note.split(|c: char| c.is_whitespace() || c == '/' || c == '-') {
        let before = key.len();
        if before > base {
            key.push(' ');
        }
        let word_start = key.len();
        for c in word.chars().filter(|c| c.is_alphanumeric() || *c == '&') {
            key.push(crate::fold::lower_char(c));
        }
        let written = &key[word_start..];
        // Nothing left of the word, or section numbering (`3`, `3.1`, `12.`) before the first.
        if written.is_empty() || before == base && written.bytes().all(|b| b.is_ascii_digit()) {
            key.truncate(before);
        }
    }
}

/// What each byte becomes in a key: [`SPLIT`] between words (white space, `/`, `-`; U+000B is
/// white space to `char::is_whitespace`, though not to `u8::is_ascii_whitespace`), [`DROP`]
/// nothing (punctuation), else itself lower-cased (letters, digits, `&`).
static KEY_BYTE: [u8; 256] = {
    let mut table = [DROP; 256];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        if byte.is_ascii_whitespace() || matches!(byte, 0x0B | b'/' | b'-') {
            table[b] = SPLIT;
        } else if byte.is_ascii_alphanumeric() || byte == b'&' {
            table[b] = byte.to_ascii_lowercase();
        }
        b += 1;
    }
    table
};
const SPLIT: u8 = 1;
const DROP: u8 = 0;

/// [`heading_key`] of an ASCII heading, byte by byte in one pass through [`KEY_BYTE`]: the
/// same steps without decoding characters or looking up Unicode classes (nearly every heading
/// and table header of every check).
fn push_ascii_key(text: &str, key: &mut String) {
    let base = key.len();
    // A `String` pushed one ASCII character at a time: no UTF-8 check of the result at the end.
    key.reserve(text.len());
    // The key's length before the word being read (and its space), while one is.
    let mut word: Option<usize> = None;
    for &b in text.as_bytes() {
        let class = KEY_BYTE[usize::from(b)];
        if class == SPLIT {
            if let Some(before) = word.take() {
                close_word(key, base, before);
            }
            continue;
        }
        if word.is_none() {
            word = Some(key.len());
            if key.len() > base {
                key.push(' ');
            }
        }
        if class != DROP {
            key.push(char::from(class));
        }
    }
    if let Some(before) = word {
        close_word(key, base, before);
    }
}

/// Ends the word written after `before` (the key starting at `base`): nothing left of it, or
/// section numbering (`3`, `3.1`, `12.`) before the first word, is taken back out.
fn close_word(key: &mut String, base: usize, before: usize) {
    let written = key
        .as_bytes()
        .get(before + usize::from(before > base)..)
        .unwrap_or_default();
    if written.is_empty() || before == base && written.iter().all(u8::is_ascii_digit) {
        key.truncate(before);
    }
}

/// `Timeline (all times UTC)` → `Timeline`; a heading that is only a parenthetical stays.
fn strip_trailing_parenthetical(text: &str) -> &str {
    // The cheap test first: nearly no heading ends with `)`.
    if text.ends_with(')')
        && let Some(open) = memchr::memrchr(b'(', text.as_bytes())
        && open > 0
    {
        return text[..open].trim_end();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::heading_key;

    /// The key of `text` by bytes written after another key, and by characters written alone
    /// after the same other key: both must be the key alone, whatever was before it.
    fn keys_after_another(text: &str) -> (String, String) {
        let mut by_bytes = String::from("other key");
        super::push_ascii_key(text, &mut by_bytes);
        let mut alone = String::new();
        super::push_key_by_characters(text, &mut alone);
        (by_bytes, format!("other key{alone}"))
    }

    proptest::proptest! {
        #[test]
        fn ascii_headings_get_the_same_key_by_bytes(text in "[ -~\t\n\r\u{b}\u{c}]{0,40}") {
            let (by_bytes, by_characters) = keys_after_another(&text);
            proptest::prop_assert_eq!(by_bytes, by_characters);
        }
    }

    #[test]
    fn a_key_written_after_another_is_the_same_key() {
        for text in ["2. ÜBERBLICK", "3.1 Root / Cause", "  ", "🔥 Время (UTC)"] {
            let mut key = String::from("other key");
            super::push_heading_key(text, &mut key);
            assert_eq!(key, format!("other key{}", heading_key(text)), "{text}");
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
