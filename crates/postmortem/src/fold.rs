//! Lower-casing for matching words and headings, keeping every byte offset.
//!
//! The checks look for phrases (`human error`, `all times`, `p0`) in lower-cased copies of
//! lines and then point at the original text by byte offset. [`lower`] folds ASCII capitals and
//! the capitals of Latin-1, Latin Extended-A, Greek and Cyrillic to their small letters, which
//! are always the same number of bytes, so an offset in the copy is the same offset in the
//! original. Characters outside those blocks, and the few capitals whose small letter has
//! another length (`İ`), are kept as they are.
//!
//! Why not `str::to_lowercase`: its lengths can differ from the original's, its Unicode tables
//! are about 15 KB of the page's WebAssembly, and it is several times slower on the hot path.

/// `text` with capitals folded to small letters, byte for byte the same length.
///
/// ```
/// use postmortem::fold::lower;
/// assert_eq!(lower("Root CAUSE — Über ΣΦ Дом"), "root cause — über σφ дом");
/// assert_eq!(lower("İstanbul").len(), "İstanbul".len());
/// ```
pub fn lower(text: &str) -> String {
    let mut lowered = text.to_owned();
    lowered.make_ascii_lowercase();
    if text.is_ascii() {
        // Nearly every line: no UTF-8 check of a copy that is ASCII.
        return lowered;
    }
    beyond_ascii(lowered, text)
}

/// [`lower`] written into `lowered` (cleared first): for a pass that folds line after line,
/// one buffer instead of a string each.
///
/// ```
/// let mut lowered = String::from("left over");
/// postmortem::fold::lower_into("Root CAUSE — Über", &mut lowered);
/// assert_eq!(lowered, "root cause — über");
/// ```
pub fn lower_into(text: &str, lowered: &mut String) {
    lowered.clear();
    lowered.push_str(text);
    lowered.make_ascii_lowercase();
    if !text.is_ascii() {
        *lowered = beyond_ascii(std::mem::take(lowered), text);
    }
}

/// `lowered`, the copy of `text` with ASCII capitals folded, with the capitals beyond ASCII
/// folded too.
fn beyond_ascii(lowered: String, text: &str) -> String {
    let mut bytes = lowered.into_bytes();
    // Every capital folded beyond ASCII is a two-byte sequence led by 0xC3..=0xD0 (U+00C0
    // to U+043F), and so is its small letter; continuation bytes never look like leads.
    let mut i = 0;
    while let (Some(&lead), Some(&next)) = (bytes.get(i), bytes.get(i + 1)) {
        if (0xC3..=0xD0).contains(&lead) {
            let code = (u32::from(lead & 0x1F) << 6) | u32::from(next & 0x3F);
            let folded = lower_code(code);
            if folded != code {
                bytes[i] = 0xC0 | (folded >> 6) as u8;
                bytes[i + 1] = 0x80 | (folded & 0x3F) as u8;
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_string())
}

/// One character folded as [`lower`] folds it.
pub fn lower_char(c: char) -> char {
    char::from_u32(lower_code(c as u32)).unwrap_or(c)
}

/// The code point of the small letter for a capital's code point; any other comes back as is.
fn lower_code(code: u32) -> u32 {
    match code {
        0x41..=0x5A => code + 0x20,
        // Latin-1: À–Þ except ×.
        0xC0..=0xDE if code != 0xD7 => code + 0x20,
        // Latin Extended-A: capital and small letters alternate; İ (0x130) has a longer small
        // letter and ĸ, ŉ, ſ have no capital.
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if code.is_multiple_of(2) => code + 1,
        0x139..=0x148 | 0x179..=0x17E if !code.is_multiple_of(2) => code + 1,
        0x178 => 0xFF,
        // Greek: Α–Ω (no capital at 0x3A2) and the accented capitals.
        0x391..=0x3A1 | 0x3A3..=0x3AB => code + 0x20,
        0x386 => 0x3AC,
        0x388..=0x38A => code + 0x25,
        0x38C => 0x3CC,
        0x38E..=0x38F => code + 0x3F,
        // Cyrillic: Ѐ–Џ and А–Я.
        0x400..=0x40F => code + 0x50,
        0x410..=0x42F => code + 0x20,
        _ => code,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_standard_library_where_it_folds() {
        for code in 0..0x500u32 {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let folded = lower_char(c);
            if folded != c {
                let mut standard = c.to_lowercase();
                assert_eq!(standard.next(), Some(folded), "U+{code:04X}");
                assert_eq!(standard.next(), None, "U+{code:04X}");
            }
            assert_eq!(folded.len_utf8(), c.len_utf8(), "U+{code:04X}");
        }
    }

    #[test]
    fn folds_the_capitals_people_write_in_headings() {
        for (capital, small) in [
            ("ÄÖÜ ÉÈÊ ÇÑ", "äöü éèê çñ"),
            ("ŁÓDŹ ŽŠČ ŐŰ", "łódź žšč őű"),
            ("ΑΙΤΊΑ", "αιτία"),
            ("ПРИЧИНА ЁЖ", "причина ёж"),
        ] {
            assert_eq!(lower(capital), small);
        }
    }

    #[test]
    fn the_byte_path_folds_as_the_character_path() {
        let mut text = String::new();
        for code in 0..0x600u32 {
            if let Some(c) = char::from_u32(code) {
                text.push(c);
                text.push_str("x€");
            }
        }
        let by_char: String = text.chars().map(lower_char).collect();
        assert_eq!(lower(&text), by_char);
    }

    #[test]
    fn keeps_every_byte_offset() {
        for text in ["İstanbul ẞ ǅ", "Time (UTC) — 14:05", "日本語 ΣΊΣΥΦΟΣ", ""] {
            let folded = lower(text);
            assert_eq!(folded.len(), text.len(), "{text}");
            for (i, _) in text.char_indices() {
                assert!(folded.is_char_boundary(i), "{text} at {i}");
            }
        }
    }
}
