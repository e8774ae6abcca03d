//! Wording checks on the prose of a postmortem.

pub mod blame;

/// One bit per ASCII letter that starts one of `words` (lower-case), for a cheap first-letter
/// test before comparing whole words.
pub(crate) const fn initials(words: &[&str]) -> u32 {
    let mut mask = 0u32;
    let mut i = 0;
    while i < words.len() {
        let first = words[i].as_bytes()[0].to_ascii_lowercase();
        if first.is_ascii_lowercase() {
            mask |= 1 << (first - b'a');
        }
        i += 1;
    }
    mask
}

/// Whether `text` has a word (a run of ASCII letters, three or more) that starts with one of
/// `stems` (lower-case), ignoring case; `initials` is [`initials`] of the stems, so that most
/// words are passed over on their first letter. Works on bytes: no UTF-8 decoding.
pub(crate) fn has_stem_word(text: &str, stems: &[&str], initials: u32) -> bool {
    text.as_bytes()
        .split(|b| !b.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3)
        .any(|w| {
            let first = w[0].to_ascii_lowercase();
            initials & (1 << (first - b'a')) != 0
                && stems
                    .iter()
                    .any(|s| w.len() >= s.len() && w[..s.len()].eq_ignore_ascii_case(s.as_bytes()))
        })
}
