//! Trimming white space, settled on one byte when there is nothing to trim.
//!
//! `str::trim` and its kin decode a character at each end and ask Unicode whether it is white
//! space, in a call of their own: about thirty instructions even when, as for nearly every
//! line, cell and key a check trims, the text starts and ends with a visible ASCII character.
//! These look at that byte first and leave everything else to the standard library, so they
//! give exactly what `str::trim_start`, `str::trim_end` and `str::trim` give.

/// Whether a text starting or ending with `byte` has no white space to trim at that end: a
/// visible ASCII character (every white space character is a control, a space or past ASCII).
fn is_kept(byte: u8) -> bool {
    byte > b' ' && byte.is_ascii()
}

/// `text.trim_start()`.
pub(crate) fn start(text: &str) -> &str {
    match text.as_bytes().first() {
        Some(&first) if is_kept(first) => text,
        _ => text.trim_start(),
    }
}

/// `text.trim_end()`.
pub(crate) fn end(text: &str) -> &str {
    match text.as_bytes().last() {
        Some(&last) if is_kept(last) => text,
        _ => text.trim_end(),
    }
}

/// `text.trim()`.
pub(crate) fn both(text: &str) -> &str {
    start(end(text))
}

#[cfg(test)]
mod tests {
    proptest::proptest! {
        #[test]
        fn trimming_gives_what_the_standard_library_gives(
            text in "[ \t\n\r\u{b}\u{c}\u{85}\u{a0}\u{2003}\u{3000}a-z.\u{7f}\u{1f}é]{0,12}"
        ) {
            proptest::prop_assert_eq!(super::start(&text), text.trim_start());
            proptest::prop_assert_eq!(super::end(&text), text.trim_end());
            proptest::prop_assert_eq!(super::both(&text), text.trim());
        }
    }

    #[test]
    fn visible_ascii_ends_are_kept_and_anything_else_is_asked_about() {
        assert_eq!(super::both("  Root cause\u{a0}"), "Root cause");
        assert_eq!(super::both("\u{7f}x\u{1f}"), "\u{7f}x\u{1f}");
        assert_eq!(super::start("\u{2003}é "), "é ");
        assert_eq!(super::end(""), "");
    }
}
