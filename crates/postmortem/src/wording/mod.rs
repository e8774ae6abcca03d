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
