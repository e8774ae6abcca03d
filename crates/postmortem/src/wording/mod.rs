//! Wording checks on the prose of a postmortem.

pub mod blame;

use crate::swar;

/// Word stems (lower-case ASCII, three letters or more, up to 64) for a cheap first pass: does
/// a line hold a word that starts with one of them, and which? Built at compile time with the
/// stems each pair of first letters can start, and those each third letter allows, so that a
/// word is compared only with the stems that share its first three letters (nearly always
/// none). Works on bytes: no UTF-8 decoding.
///
/// Words are found eight bytes at a time ([`swar::letters`]): a word starts at a letter whose
/// byte before is not one, and only there are the first letters looked up, taken from the
/// chunk already loaded. Stepping byte by byte through words branched at every word's start
/// and end.
///
/// A set may join two lists ([`Stems::joined`]) so that one scan serves two checks; a word
/// gets the bit of the first stem of each list it starts with, as each list alone would give.
pub(crate) struct Stems {
    /// The two lists; bit `k` is stem `k` counting through the first list, then the second.
    lists: [&'static [&'static str]; 2],
    /// One bit per stem starting with a pair of letters, at [`pair_index`] of the pair.
    by_pair: [u64; 1024],
    /// One bit per stem whose third letter is `l`, at `l & 31`.
    by_third: [u64; 32],
}

/// Where a word's first two bytes are in [`Stems::by_pair`]: five bits of each (those of a
/// letter, either case; other bytes share places with letters, which the full comparison
/// then rejects).
const fn pair_index(first: u8, second: u8) -> usize {
    ((first as usize & 31) << 5) | (second as usize & 31)
}

impl Stems {
    /// One list of stems.
    #[cfg(test)]
    pub(crate) const fn new(stems: &'static [&'static str]) -> Self {
        Self::joined(stems, &[])
    }

    /// Two lists of stems in one set: the bits of `first` are [`Stems::first_list`].
    pub(crate) const fn joined(
        first: &'static [&'static str],
        second: &'static [&'static str],
    ) -> Self {
        assert!(
            first.len() + second.len() <= 64,
            "a stem set holds at most 64 stems"
        );
        let mut stems = Stems {
            lists: [first, second],
            by_pair: [0; 1024],
            by_third: [0; 32],
        };
        let mut k = 0;
        while let Some(stem) = stems.stem(k) {
            assert!(stem.len() >= 3, "a stem has three letters or more");
            let mut place = 0;
            while place < stem.len() {
                assert!(
                    stem[place].is_ascii_lowercase(),
                    "a stem is lower-case ASCII"
                );
                place += 1;
            }
            stems.by_pair[pair_index(stem[0], stem[1])] |= 1 << k;
            stems.by_third[stem[2] as usize & 31] |= 1 << k;
            k += 1;
        }
        stems
    }

    /// Stem `k`, counting through both lists.
    const fn stem(&self, k: usize) -> Option<&'static [u8]> {
        let [first, second] = self.lists;
        if k < first.len() {
            Some(first[k].as_bytes())
        } else if k - first.len() < second.len() {
            Some(second[k - first.len()].as_bytes())
        } else {
            None
        }
    }

    /// The bits of the first list's stems.
    pub(crate) const fn first_list(&self) -> u64 {
        match 1u64.checked_shl(self.lists[0].len() as u32) {
            Some(bit) => bit - 1,
            None => u64::MAX,
        }
    }

    /// The bit [`Stems::bits_in`] gives `stem`. For constants: a stem that is not in the set
    /// fails the build rather than giving a bit that never matches.
    pub(crate) const fn bit_of(&self, stem: &str) -> u64 {
        let wanted = stem.as_bytes();
        let mut k = 0;
        while let Some(candidate) = self.stem(k) {
            if candidate.len() == wanted.len() {
                let mut j = 0;
                while j < wanted.len() && candidate[j] == wanted[j] {
                    j += 1;
                }
                if j == wanted.len() {
                    return 1 << k;
                }
            }
            k += 1;
        }
        panic!("not one of the stems")
    }

    /// Which stems start a word of `text`, one bit per stem in the order given.
    pub(crate) fn bits_in(&self, text: &str) -> u64 {
        self.words_in(text).fold(0, |bits, (_, bit)| bits | bit)
    }

    /// For each word of `text` that starts with a stem, in order: where the word starts and
    /// the bits of its stems (one per list at most).
    pub(crate) fn words_in(&self, text: &str) -> impl Iterator<Item = (usize, u64)> + use<> {
        let mut words = Vec::new();
        self.each_word_in(text, |start, bits| words.push((start, bits)));
        words.into_iter()
    }

    /// Calls `found` with what [`Stems::words_in`] gives, in order. A loop with a callback
    /// rather than an iterator, so that the scan's state stays in registers. On x86_64 the
    /// letters are found sixteen bytes at a time with SSE2 ([`swar::Sixteen`]), in half
    /// the instructions of eight at a time; elsewhere (the page's WebAssembly) eight at a
    /// time.
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    fn each_word_in(&self, text: &str, mut found: impl FnMut(usize, u64)) {
        let bytes = text.as_bytes();
        // 1 when the byte before `block` is a letter.
        let mut letter_before = 0u32;
        let mut block = 0;
        while let Some(rest) = bytes.get(block..).filter(|rest| !rest.is_empty()) {
            // The sixteen bytes of the block and the first bytes of the next, so that a word
            // starting in the block has its first three here; zeros past the text's end.
            let mut padded = [0u8; 24];
            let window: &[u8; 24] = match rest.first_chunk() {
                Some(window) => window,
                None => {
                    padded
                        .iter_mut()
                        .zip(rest)
                        .for_each(|(to, from)| *to = *from);
                    &padded
                }
            };
            let letters = swar::Sixteen::new(window.first_chunk().unwrap_or(&[0; 16])).letters();
            let mut starts = letters & !(letters << 1 | letter_before);
            letter_before = letters >> 15;
            while starts != 0 {
                let place = (starts.trailing_zeros() & 15) as usize;
                starts &= starts - 1;
                let candidates =
                    self.candidates(window[place], window[place + 1], window[place + 2]);
                if candidates != 0 {
                    let start = block + place;
                    let word = bytes.get(start..).unwrap_or_default();
                    let bits = self.stems_of_word(word, candidates);
                    if bits != 0 {
                        found(start, bits);
                    }
                }
            }
            block += 16;
        }
    }

    /// [`Stems::each_word_in`] eight bytes at a time, which needs no more than `u64`
    /// arithmetic: what the page's WebAssembly runs, and what the tests compare the x86_64
    /// scan with.
    #[cfg(any(test, not(all(target_arch = "x86_64", target_feature = "sse2"))))]
    fn each_word_in_eights(&self, text: &str, mut found: impl FnMut(usize, u64)) {
        let bytes = text.as_bytes();
        // Bit 7 set when the byte before `chunk` is a letter.
        let mut letter_before = 0u64;
        // The eight bytes from `chunk`, and the eight after them.
        let mut next = swar::load(bytes, 0);
        let mut chunk = 0;
        while chunk < bytes.len() {
            let eight = next;
            next = swar::load(bytes, chunk + 8);
            let letters = swar::letters(eight);
            let mut starts = letters & !(letters << 8 | letter_before);
            letter_before = letters >> 56;
            while starts != 0 {
                // Eight times the start's place in the chunk (bit 7 of its byte is set).
                let shift = starts.trailing_zeros() - 7;
                starts &= starts - 1;
                // The word's first bytes, from the chunk and the next one (shifted in two
                // steps so that a shift of 0 takes none of `next`).
                let three = eight >> shift | (next << 1) << (63 - shift);
                let candidates =
                    self.candidates(three as u8, (three >> 8) as u8, (three >> 16) as u8);
                if candidates == 0 {
                    continue;
                }
                let start = chunk + shift as usize / 8;
                let word = bytes.get(start..).unwrap_or_default();
                let bits = self.stems_of_word(word, candidates);
                if bits != 0 {
                    found(start, bits);
                }
            }
            chunk += 8;
        }
    }

    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    fn each_word_in(&self, text: &str, found: impl FnMut(usize, u64)) {
        self.each_word_in_eights(text, found)
    }

    /// The stems that a word starting with the bytes `a`, `b` and `c` may start with: those
    /// sharing its first three letters, ignoring case (nearly always none).
    #[inline(always)]
    fn candidates(&self, a: u8, b: u8, c: u8) -> u64 {
        self.by_pair[pair_index(a, b)] & self.by_third[c as usize & 31]
    }

    /// The bits of the `candidates` that `word` (the text from a word's start) starts with,
    /// one per list at most; 0 for none. No need to find the word's end: a stem is letters,
    /// so the bytes that match one ignoring case are letters too. Out of the scan's loop,
    /// which seldom gets here, so that the loop keeps its state in registers.
    #[inline(never)]
    fn stems_of_word(&self, word: &[u8], candidates: u64) -> u64 {
        let first = self.first_list();
        self.stem_starting(word, candidates & first) | self.stem_starting(word, candidates & !first)
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

    /// The bit of the first of the `candidates` (stems its first three bytes allow) that
    /// `word` (the text from a word's start) starts with, ignoring case; 0 when none.
    fn stem_starting(&self, word: &[u8], mut candidates: u64) -> u64 {
        while candidates != 0 {
            let k = candidates.trailing_zeros();
            candidates &= candidates - 1;
            let Some(stem) = self.stem(k as usize) else {
                return 0;
            };
            if starts_with_stem(word, stem) {
                return 1 << k;
            }
        }
        0
    }
}

/// Whether `word` starts with `stem` (lower-case letters) ignoring ASCII case, compared eight
/// bytes at a time: a byte with bit 5 set ([`swar::CASE`]) equals a lower-case letter only when
/// the byte is that letter in either case, and bytes past the word's end load as zeros, which
/// match none.
fn starts_with_stem(word: &[u8], stem: &[u8]) -> bool {
    let mut at = 0;
    while at < stem.len() {
        let left = stem.len() - at;
        let mask = if left >= 8 {
            u64::MAX
        } else {
            (1 << (8 * left)) - 1
        };
        if (swar::load(word, at) | swar::CASE) & mask != swar::load(stem, at) & mask {
            return false;
        }
        at += 8;
    }
    true
}

/// How a phrase is found from the stems of a line instead of by searching the line: the
/// stems the phrase holds, and its first stem word (that word's stem bits and where in the
/// phrase it starts). A line that lacks one of the stems cannot hold the phrase; one that has
/// them holds it only where a word with those stem bits starts, less that offset.
pub(crate) struct Anchor {
    phrase: &'static str,
    needs: u64,
    bit: u64,
    offset: usize,
}

impl Anchor {
    /// The phrase this anchor finds.
    pub(crate) fn phrase(&self) -> &'static str {
        self.phrase
    }

    /// Whether the phrase is at its place, ASCII letters in any case, for a stem word with
    /// `bits` starting at byte `word` of `text`. The same answer as asking a lower-cased copy
    /// of the text (`fold::lower` keeps byte offsets and folds nothing into ASCII), without
    /// the copy.
    fn is_at(&self, text: &str, word: usize, bits: u64) -> bool {
        // Before the text's start, `wrapping_sub` gives an offset past its end: no text.
        bits & self.bit == self.bit
            && text
                .get(word.wrapping_sub(self.offset)..)
                .is_some_and(|there| {
                    crate::search::starts_with_ignoring_ascii_case(there, self.phrase)
                })
    }

    /// The lowest stem bit the phrase needs (0 for a phrase never found): a text whose stems
    /// lack it cannot hold the phrase.
    pub(crate) fn first_bit(&self) -> u64 {
        if self.bit == 0 {
            0
        } else {
            self.needs & self.needs.wrapping_neg()
        }
    }

    /// Whether the phrase holds a stem at all (one that does not is never found).
    #[cfg(test)]
    pub(crate) fn is_anchored(&self) -> bool {
        self.bit != 0 && self.needs & self.bit == self.bit
    }

    /// Where the phrase first occurs in `text` (ASCII letters in any case), a text whose
    /// stems are `stems` and whose stem words start where `stems_at` says
    /// ([`Stems::words_in`], in order).
    pub(crate) fn first_in(
        &self,
        text: &str,
        stems: u64,
        stems_at: &[(usize, u64)],
    ) -> Option<usize> {
        // The stems first (most phrases of most lines stop here), then the search.
        if self.bit == 0 || self.needs & stems != self.needs {
            return None;
        }
        self.first_at(text, stems_at)
    }

    /// [`Anchor::first_in`] once the stems are there: the first stem word the phrase is at.
    /// Out of line, so that the callers' loops over the phrases keep only the stems test.
    #[inline(never)]
    fn first_at(&self, text: &str, stems_at: &[(usize, u64)]) -> Option<usize> {
        let (word, _) = stems_at
            .iter()
            .find(|&&(word, bits)| self.is_at(text, word, bits))?;
        Some(word - self.offset)
    }
}

/// The stems of the severity signals (the first list) and of the blaming phrases, in one set so
/// that one scan of a document serves both checks ([`StemWords`]).
pub(crate) const STEMS: Stems = Stems::joined(crate::severity::signals::STEMS, blame::STEMS);

/// Where the words of a document start with one of [`STEMS`], found in one scan of the whole
/// text: the severity signals and the blame check each read only the lines holding their
/// stems ([`StemWords::lines_with`]) instead of scanning every line again.
#[derive(Debug, Clone, Default)]
pub struct StemWords {
    /// Each stem word's offset in the text and its stem bits, in order.
    words: Vec<(usize, u64)>,
}

impl StemWords {
    /// The stem words of `text`. (Lines break at non-letters, so a word never runs from one
    /// line into the next: the words are those each line would give, at their offsets.)
    pub fn find(text: &str) -> Self {
        // Through `words_in`, whose vector is reused in place: calling `each_word_in` here
        // counted 0.4% more instructions on the synthetic 1 MB (the scan compiled into this
        // caller).
        StemWords {
            words: STEMS.words_in(text).collect(),
        }
    }

    /// Each line of `lines` (the lines of the text the words were found in), as
    /// [`crate::LineIndex::line_contents`] gives it, with the stem words that start in it:
    /// what [`StemWords::lines_with`] is tested against.
    #[cfg(test)]
    pub(crate) fn by_line<'a>(
        &'a self,
        lines: &'a crate::LineIndex,
    ) -> impl Iterator<Item = (usize, &'a str, &'a [(usize, u64)])> + 'a {
        let mut rest = self.words.as_slice();
        lines.line_contents().map(move |(start, line)| {
            let before = rest.iter().take_while(|(at, _)| *at < start).count();
            let inside = rest[before..]
                .iter()
                .take_while(|(at, _)| *at < start + line.len())
                .count();
            let words = &rest[before..before + inside];
            rest = &rest[before + inside..];
            (start, line, words)
        })
    }

    /// The lines of `lines` holding a word with one of the stem `bits` or one of the bytes
    /// `symbols`, each once and in order, with the stem words that start in each (as
    /// `StemWords::by_line`, the tests' reference, gives them). Found from the words and one
    /// search of the text per symbol, so a check that reads only such lines (the blame
    /// check's rare stems; the severity signals' stems, `%` and `$`) does not walk every line
    /// of the text. Symbols are never line breaks.
    pub(crate) fn lines_with<'a>(
        &'a self,
        bits: u64,
        symbols: &'a [u8],
        lines: &'a crate::LineIndex,
    ) -> impl Iterator<Item = (usize, &'a str, &'a [(usize, u64)])> + 'a {
        let words = self.words.as_slice();
        let text = lines.text().as_bytes();
        // The index of the first word not yet looked at, and the offset past the last line
        // given.
        let (mut next, mut from) = (0, 0);
        // Each symbol's next place, one `memchr` scan of the text per symbol (`memchr2` would
        // add its code to the page).
        let mut symbol_next: Vec<crate::search::NextByte> = symbols
            .iter()
            .map(|&symbol| crate::search::NextByte::new(symbol, text))
            .collect();
        std::iter::from_fn(move || {
            let hit = words
                .get(next..)
                .and_then(|rest| rest.iter().position(|(_, b)| b & bits != 0))
                .map(|i| next + i);
            let symbol_at = symbol_next
                .iter_mut()
                .map(|symbol| symbol.at_or_after(from))
                .fold(text.len(), usize::min);
            // The stem word, when it comes no later than the symbol, gives the line.
            let by_word = hit.filter(|&hit| words[hit].0 <= symbol_at);
            let at = by_word.map_or(symbol_at, |hit| words[hit].0);
            if at >= text.len() {
                return None;
            }
            // A word is letters and a symbol never a line break, so `at` lies inside its line's
            // text.
            let (start, line) = lines.line_containing(at);
            let end = start + line.len();
            // The line's words, counted back from the stem word that gave it, or on from the
            // last line given when a symbol did: a line holds few words, and the words between
            // two lines given hold none of the stem bits (counting on from the last line alone
            // would walk again every word the search for a stem bit passed).
            let first = match by_word {
                Some(hit) => {
                    hit - words[next..hit]
                        .iter()
                        .rev()
                        .take_while(|(at, _)| *at >= start)
                        .count()
                }
                None => {
                    next + words[next..]
                        .iter()
                        .take_while(|(at, _)| *at < start)
                        .count()
                }
            };
            let after = first
                + words[first..]
                    .iter()
                    .take_while(|(at, _)| *at < end)
                    .count();
            // Past what was found at least, whatever `lines` holds: the walk always moves on.
            next = after.max(by_word.map_or(0, |hit| hit + 1));
            from = end.max(at + 1);
            Some((start, line, &words[first..after]))
        })
    }
}

#[cfg(test)]
mod stems_tests {
    use super::Stems;
    use crate::swar;

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
        const HAD: u64 = STEMS.bit_of("had");
        assert_eq!(HAD, 0b0100);
    }

    #[test]
    fn an_anchored_phrase_is_found_where_its_first_stem_word_starts() {
        let anchor = STEMS.anchor("bob's fault");
        assert!(anchor.is_anchored());
        let find = |text: &str| {
            let at: Vec<(usize, u64)> = STEMS.words_in(text).collect();
            anchor.first_in(text, STEMS.bits_in(text), &at)
        };
        assert_eq!(find("It was Bob's fault, and Bob's fault again"), Some(7));
        assert_eq!(find("It was BOB'S FAULT"), Some(7));
        assert_eq!(find("Bob's faulty disk"), Some(0));
        assert_eq!(find("Bob's default"), None);
        assert_eq!(find("fault: Bob's"), None);
        assert!(!STEMS.anchor("no stem here").is_anchored());
    }

    /// What `words_in` must give: split into runs of ASCII letters, and for each run the
    /// first stem it starts with.
    fn words_by_splitting(text: &str) -> Vec<(usize, u64)> {
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
            let expected = words_by_splitting(&text);
            let scanned: Vec<(usize, u64)> = STEMS.words_in(&text).collect();
            proptest::prop_assert_eq!(&scanned, &expected);
            // The scan eight bytes at a time, which the page runs, finds the same (on x86_64
            // the one above is the SSE2 scan).
            let mut eights = Vec::new();
            STEMS.each_word_in_eights(&text, |at, bits| eights.push((at, bits)));
            proptest::prop_assert_eq!(eights, expected);
        }

        #[test]
        fn letters_are_the_ascii_letters(bytes in proptest::collection::vec(0u8.., 0..20), at in 0usize..24) {
            let letters = swar::letters(swar::load(&bytes, at));
            for i in 0..8 {
                let expected = bytes.get(at + i).is_some_and(u8::is_ascii_alphabetic);
                proptest::prop_assert_eq!(letters >> (8 * i + 7) & 1 == 1, expected);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn a_stem_is_compared_as_eq_ignore_ascii_case_compares(
            stem in "[abz]{3,17}",
            upper in proptest::collection::vec(proptest::bool::ANY, 17),
            cut in 0usize..20,
            changed in proptest::option::of((0usize..17, proptest::sample::select(b"`@{[\x00\xc1\xe1aZ".to_vec()))),
            tail in "[aZ@ é]{0,3}"
        ) {
            // The stem in either case, cut short or changed at one place, then more bytes.
            let mut word: Vec<u8> = stem
                .bytes()
                .zip(&upper)
                .map(|(byte, &upper)| if upper { byte.to_ascii_uppercase() } else { byte })
                .take(cut)
                .collect();
            if let Some((at, byte)) = changed.filter(|(at, _)| *at < word.len()) {
                word[at] = byte;
            }
            word.extend(tail.bytes());
            let expected = word
                .get(..stem.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(stem.as_bytes()));
            proptest::prop_assert_eq!(super::starts_with_stem(&word, stem.as_bytes()), expected);
        }
    }

    const FIRST: &[&str] = &["slo", "slow", "user"];
    const SECOND: &[&str] = &["sloppy", "error", "use"];

    proptest::proptest! {
        #[test]
        fn a_joined_set_gives_each_word_what_each_list_alone_gives(
            text in "([sS]lo|slow|SLOPPY|sloppy|users?|use|[eE]rror|[a-z]{1,3}|[ .,é'\n])*"
        ) {
            static JOINED: Stems = Stems::joined(FIRST, SECOND);
            static ALONE: [Stems; 2] = [Stems::new(FIRST), Stems::new(SECOND)];
            let mut expected: Vec<(usize, u64)> = ALONE[0].words_in(&text).collect();
            for (at, bit) in ALONE[1].words_in(&text) {
                let bit = bit << FIRST.len();
                match expected.iter_mut().find(|(a, _)| *a == at) {
                    Some((_, bits)) => *bits |= bit,
                    None => expected.push((at, bit)),
                }
            }
            expected.sort_unstable();
            let joined: Vec<(usize, u64)> = JOINED.words_in(&text).collect();
            proptest::prop_assert_eq!(joined, expected);
            proptest::prop_assert_eq!(JOINED.first_list(), 0b111);
        }

        #[test]
        fn stem_words_by_line_are_each_line_scanned_alone(
            text in "(user|[Ee]rror|slow|outage|blame|[a-z]{1,4}|[ .,é%$#]|\n|\r\n|\r)*"
        ) {
            let lines = crate::LineIndex::new(&text);
            let words = super::StemWords::find(&text);
            let mut seen = 0;
            for (start, line, found) in words.by_line(&lines) {
                let alone: Vec<(usize, u64)> = super::STEMS
                    .words_in(line)
                    .map(|(at, bits)| (start + at, bits))
                    .collect();
                proptest::prop_assert_eq!(found, alone.as_slice());
                seen += found.len();
            }
            proptest::prop_assert_eq!(seen, words.words.len());
            // The lines with a given stem or symbol, found from the words and one search per
            // symbol, are those of `by_line` holding one.
            let all_bits = [super::STEMS.first_list(), !super::STEMS.first_list(), super::STEMS.bit_of("user"), 0];
            let all_symbols: [&[u8]; 5] = [b"", b"%", b"%$", b"%$#", b"%$#."];
            for (bits, symbols) in all_bits.into_iter().flat_map(|b| all_symbols.map(|s| (b, s))) {
                let expected: Vec<_> = words
                    .by_line(&lines)
                    .filter(|(_, line, found)| {
                        found.iter().any(|(_, b)| b & bits != 0)
                            || line.bytes().any(|b| symbols.contains(&b))
                    })
                    .collect();
                let with: Vec<_> = words.lines_with(bits, symbols, &lines).collect();
                proptest::prop_assert_eq!(with, expected);
            }
        }
    }

    #[test]
    fn words_are_found_where_they_start() {
        let found: Vec<(usize, u64)> = STEMS.words_in("x-Failover; no error, héfault").collect();
        assert_eq!(found, [(2, 0b0010), (15, 0b0001), (25, 0b1000)]);
    }
}
