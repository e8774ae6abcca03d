//! Finding short phrases in short lines.
//!
//! The wording, severity and placeholder checks look for dozens of phrases in every line.
//! `str::find` prepares a two-way searcher for each call, which costs more than the search
//! itself when the line is a hundred bytes; [`find`] looks for the phrase's rarest byte in
//! English prose (with `memchr`, already in the tree through pulldown-cmark) and compares
//! around it, several times faster on such lines and on whole texts.
//! Offsets are bytes, and always character boundaries: a UTF-8 sequence's first byte never
//! occurs inside another sequence.
//!
//! [`contains_ignoring_ascii_case`] answers "does the text hold this phrase in any case"
//! without a lower-cased copy of the text; [`Pairs`] turns away, before any search, most
//! phrases a short text does not hold.

/// The byte offset of the first occurrence of `needle` in `haystack`, like `str::find`.
///
/// ```
/// assert_eq!(postmortem::search::find("human error — again", "error"), Some(6));
/// assert_eq!(postmortem::search::find("naïve", "ve"), Some(4));
/// assert_eq!(postmortem::search::find("abc", ""), Some(0));
/// assert_eq!(postmortem::search::find("abc", "abcd"), None);
/// ```
pub fn find(haystack: &str, needle: &str) -> Option<usize> {
    let (bytes, wanted) = (haystack.as_bytes(), needle.as_bytes());
    if wanted.is_empty() {
        return Some(0);
    }
    let last_start = bytes.len().checked_sub(wanted.len())?;
    // Look for the needle's rarest byte: in prose its first byte (`i` of `imes`) stops the
    // scan every few bytes.
    let k = rarest(wanted);
    let rare = wanted[k];
    let mut start = 0;
    while start <= last_start {
        let at = start + memchr::memchr(rare, bytes.get(start + k..=last_start + k)?)?;
        if bytes.get(at..at + wanted.len()) == Some(wanted) {
            return Some(at);
        }
        start = at + 1;
    }
    None
}

/// [`find`] for searching a whole text for one needle again and again (each call gives the
/// first occurrence in the rest of the text).
///
/// On a whole text the needle's rarest byte still comes every hundred bytes or so, and each
/// stop costs a fresh `memchr`. Natively this is memchr's `memmem` instead, whose vector
/// search tests two of the needle's bytes at once and rarely stops: about 1.2% fewer
/// instructions for a whole check of the corpus (3.6% of the synthetic document). In the
/// page's wasm, with no vector instructions to use, `memmem` would add 2.5 KB gzipped that the
/// size budget does not have, so there it is [`find`]. Both give `str::find`'s answers.
pub(crate) fn text_finder(needle: &str) -> impl Fn(&str) -> Option<usize> + '_ {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let finder = memchr::memmem::Finder::new(needle.as_bytes());
        move |text: &str| finder.find(text.as_bytes())
    }
    #[cfg(target_arch = "wasm32")]
    {
        move |text: &str| find(text, needle)
    }
}

/// Where the byte least frequent in English prose is in `needle` (the first of equals).
fn rarest(needle: &[u8]) -> usize {
    let mut best = 0;
    for (i, &b) in needle.iter().enumerate() {
        if FREQUENCY[usize::from(b)] < FREQUENCY[usize::from(needle[best])] {
            best = i;
        }
    }
    best
}

/// How often each byte comes in English prose, roughly: a rank, higher for more frequent
/// (space, then lower-case letters by frequency, then digits and capitals; other bytes 0).
static FREQUENCY: [u8; 256] = {
    let mut rank = [0u8; 256];
    // Least frequent first: `z` gets 40 and `e` 65, `Z` 10 and `E` 35.
    let letters = b"zqjxkvbpygfwmucldrhsnioate";
    let mut i = 0;
    while i < letters.len() {
        rank[letters[i] as usize] = 40 + i as u8;
        rank[letters[i].to_ascii_uppercase() as usize] = 10 + i as u8;
        i += 1;
    }
    let mut digit = b'0';
    while digit <= b'9' {
        rank[digit as usize] = 30;
        digit += 1;
    }
    rank[b' ' as usize] = 100;
    rank
};

/// Whether `needle` occurs in `haystack`.
pub fn contains(haystack: &str, needle: &str) -> bool {
    find(haystack, needle).is_some()
}

/// Whether `haystack` holds `needle` with ASCII letters in any case: the same answer as
/// `fold::lower(haystack).contains(needle)` for a lower-case ASCII needle, without the copy.
///
/// ```
/// use postmortem::search::contains_ignoring_ascii_case;
/// assert!(contains_ignoring_ascii_case("Our Four-Week window", "four-week"));
/// assert!(!contains_ignoring_ascii_case("four weak", "four week"));
/// ```
pub fn contains_ignoring_ascii_case(haystack: &str, needle: &str) -> bool {
    let (bytes, wanted) = (haystack.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = wanted.split_first() else {
        return true;
    };
    let Some(last_start) = bytes.len().checked_sub(wanted.len()) else {
        return false;
    };
    // The needle's first byte in each case, one `memchr` scan each (`memchr2` would add its
    // own code to the page's wasm).
    let (lower, upper) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
    let cases: &[u8] = if lower == upper {
        &[lower]
    } else {
        &[lower, upper]
    };
    cases.iter().any(|&first| {
        let mut from = 0;
        while let Some(at) = bytes
            .get(from..=last_start)
            .and_then(|rest| memchr::memchr(first, rest))
        {
            let at = from + at;
            if bytes[at + 1..at + wanted.len()].eq_ignore_ascii_case(rest) {
                return true;
            }
            from = at + 1;
        }
        false
    })
}

/// Whether `text` starts with `prefix` with ASCII letters in any case: the same answer as
/// `fold::lower(text).starts_with(prefix)` for a lower-case ASCII prefix, without the copy.
///
/// ```
/// use postmortem::search::starts_with_ignoring_ascii_case;
/// assert!(starts_with_ignoring_ascii_case("In Progress", "in progress"));
/// assert!(!starts_with_ignoring_ascii_case("Ín", "in"));
/// ```
pub fn starts_with_ignoring_ascii_case(text: &str, prefix: &str) -> bool {
    text.as_bytes()
        .get(..prefix.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// Whether `haystack` holds any of `needles` (lower-case ASCII) with ASCII letters in any case:
/// one pass over the haystack, for short texts asked about several needles at once, where
/// [`contains_ignoring_ascii_case`] would scan once per needle and case.
///
/// ```
/// use postmortem::search::contains_any_ignoring_ascii_case;
/// assert!(contains_any_ignoring_ascii_case("Time to Detect", &["outage", "time"]));
/// assert!(!contains_any_ignoring_ascii_case("Owner", &["outage", "time"]));
/// ```
pub fn contains_any_ignoring_ascii_case(haystack: &str, needles: &[&str]) -> bool {
    if needles.iter().any(|n| n.is_empty()) {
        return true;
    }
    let bytes = haystack.as_bytes();
    (0..bytes.len()).any(|at| {
        let first = bytes[at].to_ascii_lowercase();
        needles.iter().any(|needle| {
            let needle = needle.as_bytes();
            needle.first() == Some(&first)
                && bytes
                    .get(at..at + needle.len())
                    .is_some_and(|here| here.eq_ignore_ascii_case(needle))
        })
    })
}

/// Where a byte next occurs in a text asked about from offsets that never go back (its
/// lines, in order): each occurrence is found once with `memchr` instead of every line being
/// searched.
pub(crate) struct NextByte<'t> {
    byte: u8,
    text: &'t [u8],
    /// The first occurrence at or after the last offset asked about; the text's length when
    /// none.
    next: usize,
}

impl<'t> NextByte<'t> {
    pub(crate) fn new(byte: u8, text: &'t [u8]) -> Self {
        let next = memchr::memchr(byte, text).unwrap_or(text.len());
        NextByte { byte, text, next }
    }

    /// The first occurrence at or after `from` (at or after the last offset asked about); the
    /// text's length when none.
    pub(crate) fn at_or_after(&mut self, from: usize) -> usize {
        if self.next < from {
            let rest = self.text.get(from..).unwrap_or_default();
            self.next = memchr::memchr(self.byte, rest).map_or(self.text.len(), |at| from + at);
        }
        self.next
    }

    /// Whether the byte occurs in `range`, which starts at or after the last offset asked about.
    pub(crate) fn within(&mut self, range: std::ops::Range<usize>) -> bool {
        self.at_or_after(range.start) < range.end
    }
}

/// Which pairs of neighbouring bytes a short text holds, hashed into 256 bits: a filter put
/// before searching one text for many phrases. A phrase some of whose pairs are not in the set
/// is not in the text; one whose pairs all are may be, and must still be searched for.
///
/// ```
/// use postmortem::search::Pairs;
/// let pairs = Pairs::of("rolled back the deploy");
/// assert!(pairs.may_contain("rolled back") && pairs.may_contain("x"));
/// assert!(!pairs.may_contain("acknowledg"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pairs([u64; 4]);

impl Pairs {
    /// The pairs `text` holds, one pass over its bytes.
    pub fn of(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut bits = [0; 4];
        // Indexed rather than through `windows(2)`: 0.25% fewer instructions in a whole check
        // of the synthetic 1 MB, whose timeline entries are long.
        let mut at = 1;
        while at < bytes.len() {
            let slot = Self::slot(bytes[at - 1], bytes[at]);
            bits[slot / 64] |= 1 << (slot % 64);
            at += 1;
        }
        Pairs(bits)
    }

    /// False only when `phrase` is certainly not in the text; phrases shorter than two
    /// bytes always may be. Every pair is tested, not only the first few: on timeline entries
    /// the later pairs turn away enough phrases to save more searches than they cost.
    pub fn may_contain(&self, phrase: &str) -> bool {
        phrase
            .as_bytes()
            .windows(2)
            .all(|pair| self.has(Self::slot(pair[0], pair[1])))
    }

    /// [`Pairs::may_contain`] of a phrase whose pairs are `phrase` (its [`Pairs::of`]): four
    /// comparisons of bits instead of one per pair.
    pub fn holds_all(&self, phrase: &Pairs) -> bool {
        (0..4).all(|i| phrase.0[i] & !self.0[i] == 0)
    }

    fn has(&self, slot: usize) -> bool {
        self.0[slot / 64] & (1 << (slot % 64)) != 0
    }

    /// A pair's bit: the pair read as a 16-bit number times an odd constant, the product's
    /// high byte.
    fn slot(first: u8, second: u8) -> usize {
        (u16::from_be_bytes([first, second]).wrapping_mul(0x9E37) >> 8) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::find;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn agrees_with_str_find(haystack in "[ab€ ]{0,40}", needle in "[ab€ ]{0,4}") {
            prop_assert_eq!(find(&haystack, &needle), haystack.find(needle.as_str()));
            prop_assert_eq!(super::text_finder(&needle)(&haystack), haystack.find(needle.as_str()));
        }
    }

    proptest! {
        #[test]
        fn next_byte_answers_for_each_line_what_searching_the_line_does(
            text in "[a%$\n]{0,60}"
        ) {
            let lines = crate::LineIndex::new(&text);
            let mut percent = super::NextByte::new(b'%', text.as_bytes());
            for (start, line) in lines.line_contents() {
                prop_assert_eq!(percent.within(start..start + line.len()), line.contains('%'));
            }
        }
    }

    proptest! {
        #[test]
        fn any_of_several_agrees_with_each_alone(
            haystack in "[aAbBtTÄä ]{0,30}",
            needles in proptest::collection::vec("[abt ]{0,3}", 0..4),
        ) {
            let needles: Vec<&str> = needles.iter().map(String::as_str).collect();
            prop_assert_eq!(
                super::contains_any_ignoring_ascii_case(&haystack, &needles),
                needles.iter().any(|n| super::contains_ignoring_ascii_case(&haystack, n))
            );
        }
    }

    proptest! {
        #[test]
        fn a_start_ignoring_ascii_case_agrees_with_a_lower_cased_copy(
            text in "[aAbBÄä ]{0,8}",
            prefix in "[ab ]{0,4}",
        ) {
            prop_assert_eq!(
                super::starts_with_ignoring_ascii_case(&text, &prefix),
                crate::fold::lower(&text).starts_with(prefix.as_str())
            );
        }

        #[test]
        fn ignoring_ascii_case_agrees_with_a_lower_cased_copy(
            haystack in "[aAbBÄä ]{0,30}",
            needle in "[ab ]{0,4}",
        ) {
            prop_assert_eq!(
                super::contains_ignoring_ascii_case(&haystack, &needle),
                crate::fold::lower(&haystack).contains(needle.as_str())
            );
        }
    }

    proptest! {
        /// The filter never turns away a phrase that is there.
        #[test]
        fn pairs_keep_every_phrase_the_text_holds(
            text in "[a-z €]{0,60}",
            start in 0..60usize,
            len in 0..12usize,
        ) {
            let pairs = super::Pairs::of(&text);
            let start = (0..=start.min(text.len())).rev().find(|&i| text.is_char_boundary(i));
            let start = start.unwrap_or(0);
            let end = (start..=(start + len).min(text.len()))
                .rev()
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(start);
            prop_assert!(pairs.may_contain(&text[start..end]));
        }

        /// A phrase's pairs, found ahead of the search, answer as the phrase itself does.
        #[test]
        fn holding_all_of_a_phrases_pairs_is_may_contain(
            text in "[a-e €]{0,30}",
            phrase in "[a-e €]{0,8}",
        ) {
            let pairs = super::Pairs::of(&text);
            prop_assert_eq!(
                pairs.holds_all(&super::Pairs::of(&phrase)),
                pairs.may_contain(&phrase)
            );
        }
    }

    #[test]
    fn pairs_turn_away_most_phrases_a_line_does_not_hold() {
        let pairs = super::Pairs::of("alert fired for checkout latency; on-call paged");
        let absent = [
            "resolved",
            "mitigat",
            "workaround",
            "rolled back",
            "acknowledg",
            "begin",
        ];
        let let_through = absent.iter().filter(|p| pairs.may_contain(p)).count();
        assert!(
            let_through <= 1,
            "{let_through} of {} let through",
            absent.len()
        );
        assert!(pairs.may_contain("paged") && pairs.may_contain("alert"));
    }

    #[test]
    fn finds_at_the_edges() {
        assert_eq!(find("error", "error"), Some(0));
        assert_eq!(find("an error", "error"), Some(3));
        assert_eq!(find("an erro", "error"), None);
        assert_eq!(find("", "e"), None);
        assert_eq!(find("eeeerror", "error"), Some(3));
    }
}
