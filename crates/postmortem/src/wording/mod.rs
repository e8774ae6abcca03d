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
    stem_words(text, stems, initials).next().is_some()
}

/// Which of `stems` (up to 32) start a word of `text`, one bit per stem in the order given:
/// [`has_stem_word`] that tells which.
pub(crate) fn stem_bits(text: &str, stems: &[&str], initials: u32) -> u32 {
    stem_words(text, stems, initials).fold(0, |bits, k| bits | 1 << (k % 32))
}

/// The index in `stems` of the stem that starts each word of `text` that has one.
fn stem_words<'a>(
    text: &'a str,
    stems: &'a [&'a str],
    initials: u32,
) -> impl Iterator<Item = usize> + 'a {
    text.as_bytes()
        .split(|b| !b.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3)
        .filter_map(move |w| {
            let first = w[0].to_ascii_lowercase();
            if initials & (1 << (first - b'a')) == 0 {
                return None;
            }
            stems
                .iter()
                .position(|s| w.len() >= s.len() && w[..s.len()].eq_ignore_ascii_case(s.as_bytes()))
        })
}

/// Which words a lower-cased line holds, summarised in 128 bits: each word (a run of ASCII
/// letters and digits) sets the bit of its length and first and last bytes. Equal words set the
/// same bit, so a clear bit proves a word absent without comparing strings; a set bit may be
/// another word's, and [`WordBits::holds`] then looks at the words themselves.
pub(crate) struct WordBits<'a> {
    words: Vec<&'a [u8]>,
    bits: u128,
}

impl<'a> WordBits<'a> {
    /// The words of `lower`, a lower-cased line.
    pub(crate) fn of(lower: &'a str) -> Self {
        let words: Vec<&[u8]> = lower
            .as_bytes()
            .split(|b| !b.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let bits = words.iter().fold(0, |bits, word| bits | bit(word));
        WordBits { words, bits }
    }

    /// Whether `word` (lower-case) is one of the line's words.
    pub(crate) fn holds(&self, word: &str) -> bool {
        let word = word.as_bytes();
        self.bits & bit(word) != 0 && self.words.contains(&word)
    }
}

fn bit(bytes: &[u8]) -> u128 {
    let (first, last) = (bytes.first().copied(), bytes.last().copied());
    let mixed =
        bytes.len() as u32 * 31 + u32::from(first.unwrap_or(0)) * 7 + u32::from(last.unwrap_or(0));
    1 << (mixed % 128)
}

#[cfg(test)]
mod word_bits_tests {
    use super::WordBits;

    #[test]
    fn holds_whole_words_only() {
        let line = "complete outage for 47 minutes, all requests failed";
        let bits = WordBits::of(line);
        for word in ["complete", "outage", "47", "all", "failed", "minutes"] {
            assert!(bits.holds(word), "{word}");
        }
        for word in ["out", "completely", "request", "fail", "data", ""] {
            assert!(!bits.holds(word), "{word}");
        }
    }
}
