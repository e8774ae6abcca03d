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
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.chars().map(lower_char).collect()
}

/// One character folded as [`lower`] folds it.
pub fn lower_char(c: char) -> char {
    let code = c as u32;
    let folded = match code {
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
    };
    char::from_u32(folded).unwrap_or(c)
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
