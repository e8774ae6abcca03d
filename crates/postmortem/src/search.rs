//! Finding short phrases in short lines.
//!
//! The wording, severity and placeholder checks look for dozens of phrases in every line.
//! `str::find` prepares a two-way searcher for each call, which costs more than the search
//! itself when the line is a hundred bytes; [`find`] looks for the phrase's first byte (with
//! `memchr`, already in the tree through pulldown-cmark) and compares from there, several times
//! faster on such lines.
//! Offsets are bytes, and always character boundaries: a UTF-8 sequence's first byte never
//! occurs inside another sequence.
//!
//! [`contains_ignoring_ascii_case`] answers "does the text hold this phrase in any case"
//! without a lower-cased copy of the text.

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
    let Some((&first, rest)) = wanted.split_first() else {
        return Some(0);
    };
    let last_start = bytes.len().checked_sub(wanted.len())?;
    let mut from = 0;
    while from <= last_start {
        let at = from + memchr::memchr(first, bytes.get(from..=last_start)?)?;
        if bytes.get(at + 1..at + wanted.len()) == Some(rest) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

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

#[cfg(test)]
mod tests {
    use super::find;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn agrees_with_str_find(haystack in "[ab€ ]{0,40}", needle in "[ab€ ]{0,4}") {
            prop_assert_eq!(find(&haystack, &needle), haystack.find(needle.as_str()));
        }
    }

    proptest! {
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

    #[test]
    fn finds_at_the_edges() {
        assert_eq!(find("error", "error"), Some(0));
        assert_eq!(find("an error", "error"), Some(3));
        assert_eq!(find("an erro", "error"), None);
        assert_eq!(find("", "e"), None);
        assert_eq!(find("eeeerror", "error"), Some(3));
    }
}
