//! Wording checks on the prose of a postmortem.

pub mod blame;

/// Word stems (lower-case ASCII, three letters or more, up to 32) for a cheap first pass: does
/// a line hold a word that starts with one of them, and which? Built at compile time with the
/// stems each pair of first letters can start, and those each third letter allows, so that a
/// word is compared only with the stems that share its first three letters (nearly always
/// none). Works on bytes: no UTF-8 decoding.
///
/// Words are found eight bytes at a time ([`letters_of`]): a word starts at a letter whose
/// byte before is not one, and only there are the first letters looked up. Stepping byte by
/// byte through words branched at every word's start and end.
pub(crate) struct Stems {
    stems: &'static [&'static str],
    /// One bit per stem starting with a pair of letters, at [`pair_index`] of the pair.
    by_pair: [u32; 1024],
    /// One bit per stem whose third letter is `l`, at `l & 31`.
    by_third: [u32; 32],
}

/// Where a word's first two bytes are in [`Stems::by_pair`]: five bits of each (those of a
/// letter, either case; other bytes share places with letters, which the full comparison
/// then rejects).
const fn pair_index(first: u8, second: u8) -> usize {
    ((first as usize & 31) << 5) | (second as usize & 31)
}

impl Stems {
    pub(crate) const fn new(stems: &'static [&'static str]) -> Self {
        assert!(stems.len() <= 32, "a stem set holds at most 32 stems");
        let mut by_pair = [0u32; 1024];
        let mut by_third = [0u32; 32];
        let mut i = 0;
        while i < stems.len() {
            let stem = stems[i].as_bytes();
            assert!(stem.len() >= 3, "a stem has three letters or more");
            let mut place = 0;
            while place < stem.len() {
                assert!(
                    stem[place].is_ascii_lowercase(),
                    "a stem is lower-case ASCII"
                );
                place += 1;
            }
            by_pair[pair_index(stem[0], stem[1])] |= 1 << i;
            by_third[stem[2] as usize & 31] |= 1 << i;
            i += 1;
        }
        Stems {
            stems,
            by_pair,
            by_third,
        }
    }

    /// The bit [`Stems::bits_in`] gives `stem`. For constants: a stem that is not in the set
    /// fails the build rather than giving a bit that never matches.
    pub(crate) const fn bit_of(&self, stem: &str) -> u32 {
        let wanted = stem.as_bytes();
        let mut i = 0;
        while i < self.stems.len() {
            let candidate = self.stems[i].as_bytes();
            if candidate.len() == wanted.len() {
                let mut j = 0;
                while j < wanted.len() && candidate[j] == wanted[j] {
                    j += 1;
                }
                if j == wanted.len() {
                    return 1 << i;
                }
            }
            i += 1;
        }
        panic!("not one of the stems")
    }

    /// Which stems start a word of `text`, one bit per stem in the order given.
    pub(crate) fn bits_in(&self, text: &str) -> u32 {
        self.words_in(text).fold(0, |bits, (_, bit)| bits | bit)
    }

    /// For each word of `text` that starts with a stem, in order: where the word starts and
    /// that stem's bit.
    pub(crate) fn words_in<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (usize, u32)> + 'a {
        let bytes = text.as_bytes();
        // The eight bytes from `chunk`, and the word starts among them not yet looked at.
        let (mut chunk, mut next_chunk, mut starts) = (0, 0, 0u64);
        // Bit 7 set when the byte before `next_chunk` is a letter.
        let mut letter_before = 0u64;
        std::iter::from_fn(move || {
            loop {
                while starts == 0 {
                    if next_chunk >= bytes.len() {
                        return None;
                    }
                    chunk = next_chunk;
                    next_chunk += 8;
                    let letters = letters_of(bytes, chunk);
                    starts = letters & !(letters << 8 | letter_before);
                    letter_before = letters >> 56;
                }
                let start = chunk + starts.trailing_zeros() as usize / 8;
                starts &= starts - 1;
                let byte = |p: usize| bytes.get(start + p).copied().unwrap_or(0);
                let candidates = self.by_pair[pair_index(byte(0), byte(1))]
                    & self.by_third[usize::from(byte(2) & 31)];
                if candidates == 0 {
                    continue;
                }
                let end = bytes[start..]
                    .iter()
                    .position(|b| !b.is_ascii_alphabetic())
                    .map_or(bytes.len(), |len| start + len);
                if let Some(bit) = self.stem_starting(&bytes[start..end], candidates) {
                    return Some((start, bit));
                }
            }
        })
    }

    /// How to find `phrase` from the stems of a line (see [`Anchor`]).
    pub(crate) fn anchor(&self, phrase: &'static str) -> Anchor {
        let (offset, bit) = self.words_in(phrase).next().unwrap_or((0, 0));
        Anchor {
            phrase,
            needs: self.bits_in(phrase),
            bit,
            offset,
        }
    }

    /// The bit of the stem `word` (ASCII letters) starts with, if any, of the `candidates`
    /// its first three bytes allow.
    fn stem_starting(&self, word: &[u8], mut candidates: u32) -> Option<u32> {
        while candidates != 0 {
            let k = candidates.trailing_zeros();
            candidates &= candidates - 1;
            let stem = self.stems.get(k as usize)?.as_bytes();
            if word
                .get(..stem.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(stem))
            {
                return Some(1 << k);
            }
        }
        None
    }
}

/// Which of the eight bytes of `bytes` from `at` are ASCII letters (see [`crate::swar`]).
fn letters_of(bytes: &[u8], at: usize) -> u64 {
    crate::swar::letters(crate::swar::load(bytes, at))
}

/// How a phrase is found from the stems of a line instead of by searching the line: the
/// stems the phrase holds, and its first stem word (that stem's bit and where in the phrase the
/// word starts). A line that lacks one of the stems cannot hold the phrase; one that has them
/// holds it only where its first stem word starts, less that offset.
pub(crate) struct Anchor {
    phrase: &'static str,
    needs: u32,
    bit: u32,
    offset: usize,
}

impl Anchor {
    /// The phrase this anchor finds.
    pub(crate) fn phrase(&self) -> &'static str {
        self.phrase
    }

    /// Whether the phrase holds a stem at all (one that does not is never found).
    #[cfg(test)]
    pub(crate) fn is_anchored(&self) -> bool {
        self.bit != 0 && self.needs & self.bit == self.bit
    }

    /// Where the phrase first occurs in `lower`, a lower-cased text whose stems are `stems`
    /// and whose stem words start where `stems_at` says ([`Stems::words_in`], in order).
    pub(crate) fn first_in(
        &self,
        lower: &str,
        stems: u32,
        stems_at: &[(usize, u32)],
    ) -> Option<usize> {
        if self.bit == 0 || self.needs & stems != self.needs {
            return None;
        }
        stems_at
            .iter()
            .filter(|(_, bit)| *bit == self.bit)
            .filter_map(|(word, _)| word.checked_sub(self.offset))
            .find(|&at| {
                lower
                    .as_bytes()
                    .get(at..)
                    .is_some_and(|rest| rest.starts_with(self.phrase.as_bytes()))
            })
    }
}

#[cfg(test)]
mod stems_tests {
    use super::Stems;

    const STEMS: Stems = Stems::new(&["error", "fail", "had", "fault"]);

    #[test]
    fn words_starting_with_a_stem_are_found_ignoring_case() {
        assert_ne!(STEMS.bits_in("Errors spiked"), 0);
        assert_ne!(STEMS.bits_in("the job FAILED twice"), 0);
        assert_eq!(
            STEMS.bits_in("no mistakes here; terror is not a stem word"),
            0
        );
        assert_eq!(STEMS.bits_in("ha fa er"), 0);
        assert_eq!(STEMS.bits_in("fal hat erro faul"), 0);
        assert_eq!(STEMS.bits_in("It had failed: operator error."), 0b0111);
        assert_eq!(STEMS.bits_in("Bob’s fault"), 0b1000);
        assert_eq!(STEMS.bits_in(""), 0);
        const HAD: u32 = STEMS.bit_of("had");
        assert_eq!(HAD, 0b0100);
    }

    #[test]
    fn an_anchored_phrase_is_found_where_its_first_stem_word_starts() {
        let anchor = STEMS.anchor("bob's fault");
        assert!(anchor.is_anchored());
        let find = |text: &str| {
            let lower = text.to_ascii_lowercase();
            let at: Vec<(usize, u32)> = STEMS.words_in(text).collect();
            anchor.first_in(&lower, STEMS.bits_in(text), &at)
        };
        assert_eq!(find("It was Bob's fault, and Bob's fault again"), Some(7));
        assert_eq!(find("Bob's faulty disk"), Some(0));
        assert_eq!(find("Bob's default"), None);
        assert_eq!(find("fault: Bob's"), None);
        assert!(!STEMS.anchor("no stem here").is_anchored());
    }

    /// What `words_in` must give: split into runs of ASCII letters, and for each run the
    /// first stem it starts with.
    fn words_by_splitting(text: &str) -> Vec<(usize, u32)> {
        let bytes = text.as_bytes();
        let mut found = Vec::new();
        let mut at = 0;
        while at < bytes.len() {
            let start = at;
            while at < bytes.len() && bytes[at].is_ascii_alphabetic() {
                at += 1;
            }
            let word = &bytes[start..at];
            let stem = ["error", "fail", "had", "fault"].iter().position(|stem| {
                word.len() >= stem.len() && word[..stem.len()].eq_ignore_ascii_case(stem.as_bytes())
            });
            if let Some(k) = stem {
                found.push((start, 1 << k));
            }
            at = at.max(start + 1);
        }
        found
    }

    proptest::proptest! {
        #[test]
        fn the_scan_finds_what_splitting_into_words_finds(
            text in "([eE]rror|[fF]ail|had|HAD|faul|fault|[a-zA-Z]{1,3}|[ .,é'@\\[`{\u{80}\u{ff}])*"
        ) {
            let scanned: Vec<(usize, u32)> = STEMS.words_in(&text).collect();
            proptest::prop_assert_eq!(scanned, words_by_splitting(&text));
        }

        #[test]
        fn letters_are_the_ascii_letters(bytes in proptest::collection::vec(0u8.., 0..20), at in 0usize..24) {
            let letters = super::letters_of(&bytes, at);
            for i in 0..8 {
                let expected = bytes.get(at + i).is_some_and(u8::is_ascii_alphabetic);
                proptest::prop_assert_eq!(letters >> (8 * i + 7) & 1 == 1, expected);
            }
        }
    }

    #[test]
    fn words_are_found_where_they_start() {
        let found: Vec<(usize, u32)> = STEMS.words_in("x-Failover; no error, héfault").collect();
        assert_eq!(found, [(2, 0b0010), (15, 0b0001), (25, 0b1000)]);
    }
}
