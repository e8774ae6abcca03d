//! Wording checks on the prose of a postmortem.

pub mod blame;

/// Word stems (lower-case ASCII, three letters or more, up to 32) for a cheap first pass: does
/// a line hold a word that starts with one of them, and which? Built at compile time with, for
/// each of the first three places and each letter, the stems that have that letter there, so
/// that a word is compared only with the stems that share its first three letters (nearly
/// always none). Works on bytes: no UTF-8 decoding.
pub(crate) struct Stems {
    stems: &'static [&'static str],
    /// `by_place[p][l]`: one bit per stem whose letter `p` is `l` (`a` = 0).
    by_place: [[u32; 26]; 3],
}

impl Stems {
    pub(crate) const fn new(stems: &'static [&'static str]) -> Self {
        assert!(stems.len() <= 32, "a stem set holds at most 32 stems");
        let mut by_place = [[0u32; 26]; 3];
        let mut i = 0;
        while i < stems.len() {
            let stem = stems[i].as_bytes();
            assert!(stem.len() >= 3, "a stem has three letters or more");
            let mut place = 0;
            while place < 3 {
                let letter = stem[place];
                assert!(letter.is_ascii_lowercase(), "a stem is lower-case ASCII");
                by_place[place][(letter - b'a') as usize] |= 1 << i;
                place += 1;
            }
            i += 1;
        }
        Stems { stems, by_place }
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
        let mut at = 0;
        std::iter::from_fn(move || {
            while at < bytes.len() {
                // The next word: skip to a letter, then to the end of the run of letters.
                while at < bytes.len() && !bytes[at].is_ascii_alphabetic() {
                    at += 1;
                }
                let start = at;
                while at < bytes.len() && bytes[at].is_ascii_alphabetic() {
                    at += 1;
                }
                if let Some(bit) = self.stem_starting(&bytes[start..at]) {
                    return Some((start, bit));
                }
            }
            None
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

    /// The bit of the stem `word` (ASCII letters) starts with, if any.
    fn stem_starting(&self, word: &[u8]) -> Option<u32> {
        let [a, b, c, ..] = *word else {
            return None;
        };
        let place = |p: usize, letter: u8| {
            let index = usize::from(letter.to_ascii_lowercase().wrapping_sub(b'a'));
            self.by_place[p].get(index).copied().unwrap_or(0)
        };
        let mut candidates = place(0, a) & place(1, b) & place(2, c);
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

    #[test]
    fn words_are_found_where_they_start() {
        let found: Vec<(usize, u32)> = STEMS.words_in("x-Failover; no error, héfault").collect();
        assert_eq!(found, [(2, 0b0010), (15, 0b0001), (25, 0b1000)]);
    }
}
