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
//! The timeline's passes want the few lines of a whole document that hold a word (`SLO`,
//! `outage`, `all times`). Splitting every line and searching each costs a searcher per line;
//! [`lines_containing`] searches the whole text once per word and hands back only the lines
//! that matched. [`contains_ignoring_ascii_case`] answers "does the text hold this phrase in
//! any case" without a lower-cased copy of the text.

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

/// The lines of `text` that hold at least one of `needles`, in order, each once: the line's
/// start offset and the line with its line break, as `split_inclusive('\n')` gives it.
/// Needles hold no line break; empty needles match nothing.
///
/// ```
/// let text = "SLO: 99.9%\nno\nbudget spent, SLO missed\n";
/// let lines = postmortem::search::lines_containing(text, &["SLO", "budget"]);
/// assert_eq!(lines, [(0, "SLO: 99.9%\n"), (14, "budget spent, SLO missed\n")]);
/// ```
pub fn lines_containing<'t>(text: &'t str, needles: &[&str]) -> Vec<(usize, &'t str)> {
    let bytes = text.as_bytes();
    let line_end =
        |at: usize| memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |p| at + p + 1);
    let mut starts: Vec<usize> = Vec::new();
    for needle in needles.iter().filter(|n| !n.is_empty()) {
        let mut from = 0;
        while let Some(at) = text.get(from..).and_then(|rest| find(rest, needle)) {
            let hit = from + at;
            starts.push(memchr::memrchr(b'\n', &bytes[..hit]).map_or(0, |p| p + 1));
            from = line_end(hit);
        }
    }
    crate::order::sort(&mut starts);
    starts.dedup();
    starts
        .into_iter()
        .map(|start| (start, text.get(start..line_end(start)).unwrap_or("")))
        .collect()
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
        fn lines_containing_agrees_with_a_line_by_line_search(
            text in "[ab\n]{0,40}",
            needles in prop::collection::vec("[ab]{0,3}", 0..3),
        ) {
            let needles: Vec<&str> = needles.iter().map(String::as_str).collect();
            let mut expected = Vec::new();
            let mut offset = 0;
            for line in text.split_inclusive('\n') {
                if needles.iter().any(|n| !n.is_empty() && line.contains(n)) {
                    expected.push((offset, line));
                }
                offset += line.len();
            }
            prop_assert_eq!(super::lines_containing(&text, &needles), expected);
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

    #[test]
    fn finds_at_the_edges() {
        assert_eq!(find("error", "error"), Some(0));
        assert_eq!(find("an error", "error"), Some(3));
        assert_eq!(find("an erro", "error"), None);
        assert_eq!(find("", "e"), None);
        assert_eq!(find("eeeerror", "error"), Some(3));
    }
}
