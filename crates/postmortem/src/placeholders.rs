//! Placeholders: template text the author has not replaced yet.
//!
//! Found here once per check and shared by the checklist (a section holding one is still a
//! placeholder) and the `placeholder-left` and `example-left` rules. What counts:
//! - bracketed prompts `[Name]`, `[Action 1]`, `@[name]` (not links, checkboxes or footnotes);
//! - tokens `YYYY-MM-DD`, `HH:MM`, `INC-YYYY-NNNN`, `X hours`, `X%`, `$X`, a lone `N`, `_____`, `P0-P3`;
//! - choice lists never chosen: `Draft | Final | Archived`, `⏳ / ✅ / ❌`, `Good/Fair/Poor`
//!   (the damaged emoji of a mis-encoded paste such as `‚úÖ` count as the emoji);
//! - example text left in: a `### Example` heading or an `**Example**:` label.
//!
//! A bracket inside an unchecked option of a checklist where another option is checked is an
//! option not chosen, not a placeholder. Inside code blocks only tokens and prompts of several
//! words count, so `[ERROR]` in a log excerpt does not.

use std::borrow::Cow;
use std::ops::Range;

use crate::document::{Document, TaskItem};

/// One placeholder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placeholder {
    pub span: Range<usize>,
    pub kind: PlaceholderKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceholderKind {
    /// `[Name]`, `@[name]`.
    Prompt,
    /// `YYYY-MM-DD`, `HH:MM`, `X hours`, `$X`, `_____`.
    Token,
    /// `Draft | Final`, `⏳ / ✅ / ❌`.
    UnchosenChoice,
    /// `### Example` or `**Example**:` left in.
    Example,
}

/// Every placeholder in the text, in order.
pub fn find(text: &str, document: &Document, lines: &crate::LineIndex) -> Vec<Placeholder> {
    let mut found = Vec::new();
    // Where the next `[` and `:` are: a line without them is not searched for a prompt or a
    // trailing value, where a search of each line cost more to start than most lines take.
    let (mut brackets, mut colons) = (
        crate::search::NextByte::new(b'[', text.as_bytes()),
        crate::search::NextByte::new(b':', text.as_bytes()),
    );
    for (start, line) in lines.line_contents() {
        let in_front = document
            .front_matter
            .as_ref()
            .is_some_and(|f| f.span.contains(&start));
        if !in_front {
            let in_code = document.in_code(start);
            let range = start..start + line.len();
            let holds = Holds {
                bracket: brackets.within(range.clone()),
                colon: colons.within(range),
            };
            scan_line(line, start, in_code, holds, document, &mut found);
        }
    }
    for table in &document.tables {
        for cell in table.body_cells() {
            if is_choice_list(&cell.text) || is_lone_variable(&cell.text) {
                push(
                    &mut found,
                    cell.span.clone(),
                    PlaceholderKind::UnchosenChoice,
                    text,
                );
            }
        }
    }
    for heading in &document.headings {
        if is_example_key(document.key_of(heading)) {
            push(
                &mut found,
                heading.span.clone(),
                PlaceholderKind::Example,
                text,
            );
        }
    }
    crate::order::sort_by_key(&mut found, |p| (p.span.start, p.span.end));
    // A token inside a prompt or a choice cell is the same placeholder.
    let mut kept: Vec<Placeholder> = Vec::with_capacity(found.len());
    for p in found {
        match kept.last() {
            Some(last) if p.span.start < last.span.end => {}
            _ => kept.push(p),
        }
    }
    kept
}

fn push(found: &mut Vec<Placeholder>, span: Range<usize>, kind: PlaceholderKind, text: &str) {
    // Trim the span to its visible text.
    let slice = text.get(span.clone()).unwrap_or("");
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    let span = span.start + lead..(span.end - trail).max(span.start + lead);
    found.push(Placeholder { span, kind });
}

/// Which of the bytes that placeholders need a line holds: a line without them is not
/// searched for prompts (`[`) or a trailing value (`:`).
#[derive(Clone, Copy)]
struct Holds {
    bracket: bool,
    colon: bool,
}

fn scan_line(
    line: &str,
    start: usize,
    in_code: bool,
    holds: Holds,
    document: &Document,
    found: &mut Vec<Placeholder>,
) {
    let trimmed = crate::trim::start(line);
    if !in_code && is_example_label(trimmed) {
        let lead = line.len() - trimmed.len();
        found.push(Placeholder {
            span: start + lead..start + crate::trim::end(line).len(),
            kind: PlaceholderKind::Example,
        });
    }
    let prompts = if holds.bracket {
        prompts(line)
    } else {
        Vec::new()
    };
    for range in prompts {
        let content = &line[range.start + 1..range.end - 1];
        let absolute = start + range.start..start + range.end;
        if in_code && !looks_like_prose_prompt(content) {
            continue;
        }
        if !in_code && in_unchosen_option(document, absolute.start) {
            continue;
        }
        let begin = if range.start > 0 && line.as_bytes()[range.start - 1] == b'@' {
            absolute.start - 1
        } else {
            absolute.start
        };
        found.push(Placeholder {
            span: begin..absolute.end,
            kind: PlaceholderKind::Prompt,
        });
    }
    for range in tokens(line) {
        found.push(Placeholder {
            span: start + range.start..start + range.end,
            kind: PlaceholderKind::Token,
        });
    }
    if !in_code
        && holds.colon
        && let Some(value) = trailing_value(line)
        && is_choice_list(&line[value.clone()])
    {
        found.push(Placeholder {
            span: start + value.start..start + value.end,
            kind: PlaceholderKind::UnchosenChoice,
        });
    }
}

/// Ranges of `[...]` on a line that are prompts, brackets included.
fn prompts(line: &str) -> Vec<Range<usize>> {
    let bytes = line.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(open) = bytes.get(i..).and_then(|rest| memchr::memchr(b'[', rest)) {
        i += open;
        let Some(close) = line[i + 1..].find(']').map(|p| i + 1 + p) else {
            break;
        };
        let content = &line[i + 1..close];
        if content.contains('[') {
            i += 1;
            continue;
        }
        let next = bytes.get(close + 1).copied();
        let is_link = matches!(next, Some(b'(') | Some(b'['));
        let is_reference = next == Some(b':') && line[..i].trim().is_empty();
        let is_checkbox = matches!(content, " " | "x" | "X" | "");
        let is_footnote = content.starts_with('^');
        let is_image = i > 0 && bytes[i - 1] == b'!';
        let is_reference_label = i > 0 && bytes[i - 1] == b']';
        if !(is_link
            || is_reference
            || is_checkbox
            || is_footnote
            || is_image
            || is_reference_label)
            && content.chars().any(char::is_alphanumeric)
        {
            out.push(i..close + 1);
        }
        i = close + 1;
    }
    out
}

/// In a code block only a prompt of several words starting in upper case is template text.
fn looks_like_prose_prompt(content: &str) -> bool {
    let first_upper = content.chars().next().is_some_and(char::is_uppercase);
    let words = content.split_whitespace().count();
    let all_caps = !content.chars().any(char::is_lowercase);
    first_upper && words >= 2 && !all_caps
}

/// Whether `offset` is inside an unchecked task item whose list has a checked item.
fn in_unchosen_option(document: &Document, offset: usize) -> bool {
    let tasks = &document.tasks;
    let Some(index) = document.task_at(offset) else {
        return false;
    };
    if tasks[index].checked {
        return false;
    }
    let adjacent = |a: &TaskItem, b: &TaskItem| b.span.start.saturating_sub(a.span.end) <= 1;
    let mut first = index;
    while first > 0 && adjacent(&tasks[first - 1], &tasks[first]) {
        first -= 1;
    }
    let mut last = index;
    while last + 1 < tasks.len() && adjacent(&tasks[last], &tasks[last + 1]) {
        last += 1;
    }
    tasks[first..=last].iter().any(|t| t.checked)
}

/// The bytes a token word is made of: a letter, a digit, `-:$%_`. Looked up once per byte
/// instead of tested by ranges.
const TOKEN_PART: [bool; 256] = {
    let mut part = [false; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        part[b] = byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b':' | b'$' | b'%' | b'_');
        b += 1;
    }
    part
};

/// Ranges of placeholder tokens on a line: words of [`TOKEN_PART`] bytes holding a mark, an
/// upper-case letter or `_` (template tokens and variables have one). The marks are found
/// eight bytes at a time ([`marks`]) and only the words around them are looked at; stepping
/// through every byte of prose cost more than the rest of the placeholder search.
fn tokens(line: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let bytes = line.as_bytes();
    let part = |b: &u8| TOKEN_PART[usize::from(*b)];
    // Where the last word judged ends: marks before it were in that word.
    let mut done = 0;
    for mark in marks(bytes) {
        if mark < done {
            continue;
        }
        let begin = bytes[done..mark]
            .iter()
            .rposition(|b| !part(b))
            .map_or(done, |before| done + before + 1);
        let after = bytes[mark..]
            .iter()
            .position(|b| !part(b))
            .map_or(bytes.len(), |len| mark + len);
        done = after;
        let word = line[begin..after].trim_end_matches([':', '-']);
        let end = begin + word.len();
        let rest = crate::trim::start(&line[end..]);
        let prev = line[..begin].chars().next_back();
        if is_template_token(word) || is_variable(word, rest, prev) {
            out.push(begin..end);
        }
    }
    out
}

/// Where the marks of [`tokens`] (`A`-`Z`, `_`) are, in order.
fn marks(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    crate::swar::places(bytes, TokenMarks)
}

/// The marks of [`tokens`]: `A`-`Z` and `_`.
#[derive(Clone, Copy)]
struct TokenMarks;

impl crate::swar::Class for TokenMarks {
    fn eight(self, chunk: u64) -> u64 {
        crate::swar::in_range(chunk, b'A', b'Z') | crate::swar::equal_to(chunk, b'_')
    }

    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    fn sixteen(self, sixteen: crate::swar::Sixteen) -> u32 {
        sixteen.in_range(b'A', b'Z') | sixteen.equal_to(b'_')
    }
}

/// `YYYY-MM-DD`, `HH:MM`, `INC-YYYY-NNNN`, `INC-XXX`, `_____`, `P0-P3`.
fn is_template_token(word: &str) -> bool {
    if word.len() >= 3 && word.bytes().all(|b| b == b'_') {
        return true;
    }
    let w = word.trim_start_matches('$');
    // Every token below holds two letters of `YMDHNX` in a row or a `-`: most capitalised
    // words of prose (`The`, `API`, `Search`) are passed over on that alone.
    let token_letter = |b: &u8| matches!(b, b'Y' | b'M' | b'D' | b'H' | b'N' | b'X');
    let pair = w
        .as_bytes()
        .windows(2)
        .any(|p| token_letter(&p[0]) && token_letter(&p[1]));
    if !pair && !w.contains('-') {
        return false;
    }
    // Byte windows rather than `str::contains`: words are short, and setting up the general
    // substring searcher cost more than the search (seen in profiles).
    let has = |needle: &[u8]| w.as_bytes().windows(needle.len()).any(|b| b == needle);
    has(b"YYYY")
        || has(b"MMDD")
        || has(b"HHMM")
        || has(b"NNN")
        || has(b"XXX")
        || w.starts_with("HH:MM")
        || w == "MM-DD"
        || is_priority_range(w)
}

/// `P0-P3`, `SEV0-SEV2`: a range offered instead of a choice.
fn is_priority_range(w: &str) -> bool {
    let Some((a, b)) = w.split_once('-') else {
        return false;
    };
    let label = |s: &str| {
        let digits = s.trim_start_matches(|c: char| c.is_ascii_alphabetic());
        let prefix = &s[..s.len() - digits.len()];
        (prefix == "P" || prefix == "SEV")
            && digits.len() == 1
            && digits.bytes().all(|d| d.is_ascii_digit())
    };
    label(a) && label(b)
}

/// A lone `X`, `N` or `Y` standing for a number: `X hours`, `X%`, `$X`, `N minutes`.
fn is_variable(word: &str, rest: &str, prev: Option<char>) -> bool {
    let base = word.trim_start_matches('$').trim_end_matches('%');
    if !matches!(base, "X" | "N" | "Y") {
        return false;
    }
    if word.starts_with('$') || word.ends_with('%') {
        return true;
    }
    if prev.is_some_and(|c| c.is_alphanumeric() || c == '.' || c == '\'') {
        return false;
    }
    let next_word: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .map(crate::fold::lower_char)
        .collect::<String>();
    const UNITS: &[&str] = &[
        "hour",
        "hours",
        "minute",
        "minutes",
        "min",
        "mins",
        "second",
        "seconds",
        "days",
        "day",
        "users",
        "customers",
        "requests",
        "tickets",
        "times",
        "percent",
        "of",
    ];
    UNITS.contains(&next_word.as_str())
}

/// A whole cell or value that is only a variable: `N`, `$X`, `X%`.
fn is_lone_variable(value: &str) -> bool {
    matches!(value.trim(), "N" | "X" | "$X" | "X%" | "$N")
}

/// The value after the last `: ` on a line (`- No recurrence: ✅ / ❌`).
fn trailing_value(line: &str) -> Option<Range<usize>> {
    // The last `:` followed by a space; `memrchr` rather than `rfind(": ")`, whose two-way
    // searcher costs more to set up than most lines take to scan.
    let bytes = line.as_bytes();
    let mut end = bytes.len();
    let colon = loop {
        let at = memchr::memrchr(b':', bytes.get(..end)?)?;
        if bytes.get(at + 1) == Some(&b' ') {
            break at;
        }
        end = at;
    };
    let start = colon + 2;
    let value = &line[start..];
    let from_lead = crate::trim::start(value);
    let lead = value.len() - from_lead.len();
    let trimmed = crate::trim::end(from_lead);
    (!trimmed.is_empty()).then(|| start + lead..start + lead + trimmed.len())
}

/// The mis-encoded forms of the template emoji and what they stand for.
pub const DAMAGED_EMOJI: &[(&str, &str)] = &[
    ("üî¥", "🔴"),
    ("üü°", "🟡"),
    ("üü¢", "🟢"),
    ("‚è≥", "⏳"),
    ("‚úÖ", "✅"),
    ("‚ùå", "❌"),
    ("üîÑ", "🔄"),
];

/// Replaces damaged emoji with the emoji they stand for; borrows when there are none (every
/// damaged form starts with `ü` or `‚`, so text without either is returned as it is).
pub fn repair_emoji(text: &str) -> Cow<'_, str> {
    // Nearly every cell is ASCII, found so a word at a time rather than a character at a time.
    if text.is_ascii() || !text.contains(['ü', '‚']) {
        return Cow::Borrowed(text);
    }
    let mut repaired = text.to_string();
    for (damaged, emoji) in DAMAGED_EMOJI {
        if repaired.contains(damaged) {
            repaired = repaired.replace(damaged, emoji);
        }
    }
    Cow::Owned(repaired)
}

const STATUS_EMOJI: &[&str] = &["🔴", "🟡", "🟢", "⏳", "✅", "❌", "🔄"];

/// Words that are offered as options in the templates.
const CHOICES: &[&str] = &[
    "yes",
    "no",
    "draft",
    "final",
    "archived",
    "under review",
    "in review",
    "review",
    "approved",
    "closed",
    "complete",
    "completed",
    "done",
    "open",
    "in progress",
    "not started",
    "blocked",
    "good",
    "fair",
    "poor",
    "high",
    "medium",
    "low",
    "critical",
    "resolved",
    "investigating",
    "mitigated",
    "monitoring",
    "identified",
    "full outage",
    "partial outage",
    "degraded performance",
    "availability",
    "latency",
    "error rate",
];

/// Whether a value offers several known options instead of choosing one.
pub fn is_choice_list(value: &str) -> bool {
    if !has_separator(value) {
        return false;
    }
    let value = repair_emoji(value);
    let value = crate::trim::both(&value)
        .trim_start_matches('[')
        .trim_end_matches(']');
    // Asked of every table cell: the options are judged as they are split off, without
    // collecting them, and the first unknown one ends the search.
    let mut options = 0;
    for option in value.split(['|', '/', '→']).flat_map(|o| o.split("->")) {
        if !is_known_option(crate::trim::both(option)) {
            return false;
        }
        options += 1;
    }
    options >= 2
}

/// Whether `value` holds a separator of options ([`Separators`]). Looked for a block of
/// bytes at a time, as most values asked (long trailing values of prose lines) hold none.
fn has_separator(value: &str) -> bool {
    crate::swar::find(value.as_bytes(), 0, Separators).is_some()
}

/// The separators of options: `|`, `/`, `>` or `→` (whose first byte is 0xE2).
#[derive(Clone, Copy)]
struct Separators;

impl crate::swar::Class for Separators {
    fn eight(self, chunk: u64) -> u64 {
        use crate::swar::equal_to;
        equal_to(chunk, b'|')
            | equal_to(chunk, b'/')
            | equal_to(chunk, b'>')
            | equal_to(chunk, 0xE2)
    }

    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    fn sixteen(self, sixteen: crate::swar::Sixteen) -> u32 {
        sixteen.equal_to(b'|')
            | sixteen.equal_to(b'/')
            | sixteen.equal_to(b'>')
            | sixteen.equal_to(0xE2)
    }
}

fn is_known_option(option: &str) -> bool {
    let option = option.trim_matches(|c: char| c == '*' || c == '`' || c.is_whitespace());
    if STATUS_EMOJI.contains(&option) {
        return true;
    }
    // The option's ASCII letters, digits, spaces and `-`, lower-cased and trimmed, in a
    // buffer longer than any choice: an option with more than fits is none of them.
    let mut words = [0u8; 32];
    let mut len = 0;
    for b in option.bytes() {
        let kept = b.is_ascii_alphanumeric() || b == b' ' || b == b'-';
        if !kept || (b == b' ' && len == 0) {
            continue;
        }
        let Some(slot) = words.get_mut(len) else {
            if b == b' ' {
                continue;
            }
            return false;
        };
        *slot = b.to_ascii_lowercase();
        len += 1;
    }
    let words = std::str::from_utf8(&words[..len]).unwrap_or("").trim_end();
    !words.is_empty() && (CHOICES.contains(&words) || is_severity_label(words))
}

/// `sev-1`, `sev1`, `sev 1`, `p0`.
fn is_severity_label(words: &str) -> bool {
    let rest = words
        .strip_prefix("sev")
        .or_else(|| words.strip_prefix('p'))
        .map(|r| r.trim_start_matches([' ', '-']));
    rest.is_some_and(|r| r.len() == 1 && r.bytes().all(|b| b.is_ascii_digit()))
}

/// `Example`, `Example: Database connection pool exhaustion`, `Detailed Timeline Example`
/// (as heading keys).
fn is_example_key(key: &str) -> bool {
    key == "example" || key.starts_with("example ") || key.ends_with(" example")
}

/// `**Example**:`, `**Example:**`, `Example:`, `**Example Action Items:**`, `- Example: "..."`.
fn is_example_label(line: &str) -> bool {
    let line = line.trim_start_matches(['-', '*', ' ', '>']);
    if !line.starts_with(['E', 'e']) {
        return false;
    }
    let lower = line.to_ascii_lowercase();
    lower.starts_with("example:")
        || lower.starts_with("example**")
        || (lower.starts_with("example ") && lower.trim_end_matches('*').ends_with(':'))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`tokens`] as it was before the marks were found eight bytes at a time: every byte
    /// stepped through.
    fn tokens_byte_by_byte(line: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let bytes = line.as_bytes();
        let mark = |b: u8| b.is_ascii_uppercase() || b == b'_';
        let mut i = 0;
        while i < bytes.len() {
            if !TOKEN_PART[usize::from(bytes[i])] {
                i += 1;
                continue;
            }
            let begin = i;
            let mut marked = false;
            while i < bytes.len() && TOKEN_PART[usize::from(bytes[i])] {
                marked |= mark(bytes[i]);
                i += 1;
            }
            if !marked {
                continue;
            }
            let word = line[begin..i].trim_end_matches([':', '-']);
            let end = begin + word.len();
            let rest = line[end..].trim_start();
            let prev = line[..begin].chars().next_back();
            if is_template_token(word) || is_variable(word, rest, prev) {
                out.push(begin..end);
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn marks_find_the_tokens_stepping_finds(line in "(YYYY-MM-DD|HH:MM|INC-XXX|P0-P3|X|N|\\$X|[A-Z_XNY$%:-]{1,6}|[a-z0-9]{1,5}|[ .é\\[\\]]){0,16}") {
            proptest::prop_assert_eq!(tokens(&line), tokens_byte_by_byte(&line));
        }

        #[test]
        fn separators_are_found_a_block_at_a_time(value in "[a-z |/>→é\x00\x7f]{0,40}") {
            let byte_by_byte = value.bytes().any(|b| matches!(b, b'|' | b'/' | b'>' | 0xE2));
            proptest::prop_assert_eq!(super::has_separator(&value), byte_by_byte);
        }

        #[test]
        fn marks_and_separators_are_the_same_eight_or_sixteen_bytes_at_a_time(
            bytes in proptest::collection::vec(proptest::sample::select(b"AZ_|/>\xe2@[`{az\x00.".to_vec()), 0..80)
        ) {
            proptest::prop_assert!(crate::swar::widths_agree(&bytes, TokenMarks));
            proptest::prop_assert!(crate::swar::widths_agree(&bytes, Separators));
        }
    }

    fn found(text: &str) -> Vec<&str> {
        let doc = Document::parse(text);
        find(text, &doc, &crate::LineIndex::new(text))
            .into_iter()
            .map(|p| &text[p.span])
            .collect()
    }

    #[test]
    fn prompts_are_placeholders_but_links_checkboxes_and_footnotes_are_not() {
        assert_eq!(
            found("**Author**: [Name] with @[name]\n"),
            ["[Name]", "@[name]"]
        );
        assert!(
            found("See [the runbook](https://runbooks.example/db) and [docs][1].\n").is_empty()
        );
        assert!(found("- [ ] User report\n- [x] Alert\n").is_empty());
        assert!(found("A note.[^1]\n\n[1]: https://example.org\n").is_empty());
    }

    #[test]
    fn template_tokens_are_placeholders_and_real_dates_and_times_are_not() {
        assert_eq!(
            found("**Date**: YYYY-MM-DD at HH:MM UTC\n"),
            ["YYYY-MM-DD", "HH:MM"]
        );
        assert_eq!(
            found("**Incident ID**: `INC-YYYY-MMDD-HHMM`\n"),
            ["INC-YYYY-MMDD-HHMM"]
        );
        assert_eq!(found("**Duration**: X hours Y minutes\n"), ["X", "Y"]);
        assert_eq!(
            found("- **Users Affected**: X% of users / X customers, $X lost\n"),
            ["X%", "X", "$X"]
        );
        assert_eq!(
            found("Signed: _________ Date: ______\n"),
            ["_________", "______"]
        );
        assert_eq!(found("| A | P0-P3 |\n"), ["P0-P3"]);
        assert!(
            found("**Date**: 2026-04-14 at 09:41 UTC, 38 minutes, 22% of users, $4,000\n")
                .is_empty()
        );
        assert!(found("Header X-Request-Id and N+1 queries; plan X was chosen.\n").is_empty());
    }

    #[test]
    fn unchosen_choice_lists_are_placeholders_and_chosen_values_are_not() {
        assert_eq!(
            found("**Status**: Draft | Under Review | Final\n"),
            ["Draft | Under Review | Final"]
        );
        assert_eq!(
            found("| Communication | Good/Fair/Poor | |\n|--|--|--|\n| x | Good/Fair/Poor | |\n"),
            ["Good/Fair/Poor"]
        );
        assert_eq!(found("- No recurrence: ✅ / ❌\n"), ["✅ / ❌"]);
        assert_eq!(
            found("**Severity**: üî¥ Sev 1 / üü° Sev 2 / üü¢ Sev 3\n").len(),
            1
        );
        assert!(found("**Status**: Final\n**Regions**: US-East / EU\n").is_empty());
    }

    #[test]
    fn a_choice_is_read_from_its_letters_digits_spaces_and_dashes() {
        // Marks, emoji and spaces around the words do not count; case does not matter.
        assert!(is_choice_list("🔴  **HIGH** / 🟡 `Medium` / 🟢 low  "));
        assert!(is_choice_list("Degraded Performance | Full Outage"));
        assert!(is_choice_list("SEV-1 -> sev 2 → P3"));
        // One option is a value chosen, not a list.
        assert!(!is_choice_list("Draft |"));
        // Past the longest choice no option is known, however it ends.
        assert!(!is_choice_list("Degraded performance for most users | Low"));
        assert!(!is_choice_list(&format!(
            "Low {}x | High",
            "🔴 ".repeat(40)
        )));
        assert!(is_choice_list(&format!("Low {}| High", "🔴 ".repeat(40))));
        assert!(is_choice_list(&format!("{}Low | High", "🔴 ".repeat(40))));
    }

    #[test]
    fn in_code_blocks_only_tokens_and_prose_prompts_count() {
        let text = "```\n[ERROR] pool exhausted\n[Paste relevant log entries]\nYYYY-MM-DD HH:MM:SS UTC - Event\n```\n";
        assert_eq!(
            found(text),
            ["[Paste relevant log entries]", "YYYY-MM-DD", "HH:MM:SS"]
        );
    }

    #[test]
    fn an_option_not_chosen_is_not_a_placeholder_once_another_is_checked() {
        let chosen = "- [x] Automated alert\n- [ ] Other: [specify]\n";
        assert!(found(chosen).is_empty());
        let unchosen = "- [ ] Automated alert\n- [ ] Other: [specify]\n";
        assert_eq!(found(unchosen), ["[specify]"]);
    }

    #[test]
    fn example_headings_and_labels_are_left_in_examples() {
        let text = "### Example\n\n**Example**:\n> text\n\nExample:\n**Example Action Items:**\n## Examples of good practice\n";
        assert_eq!(
            found(text),
            [
                "### Example",
                "**Example**:",
                "Example:",
                "**Example Action Items:**"
            ]
        );
    }
}
