//! Blame language: words that put the cause on a person ("human error", "Bob's fault",
//! "should have known", "careless", "negligence", "<person> failed to ..."). "Failed to" and
//! "should have" about a system are fine; so are sentences that tell the reader to avoid such
//! words, and unchecked options of a checklist.

use std::ops::Range;
use std::sync::LazyLock;

use crate::search;
use crate::wording::{Anchor, StemWords};

/// One blaming phrase: where, and what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Blame {
    pub span: Range<usize>,
    pub phrase: String,
}

/// Phrases that blame whoever they are about.
const ALWAYS: &[&str] = &[
    "human error",
    "operator error",
    "user error",
    "engineer error",
    "pilot error",
    "'s fault",
    "’s fault",
    "at fault",
    "fault of",
    "to blame",
    "blame lies",
    "blame the",
    "careless",
    "negligen",
    "sloppy",
    "lazy",
    "incompetent",
    "neglected to",
    "should have known",
    "'s mistake",
    "’s mistake",
    "'s error",
    "’s error",
];

/// Phrases that blame when their subject is a person.
const ABOUT_A_PERSON: &[&str] = &[
    "failed to",
    "forgot to",
    "should have",
    "didn't bother",
    "did not bother",
    "ignored the",
    "made a mistake",
    "messed up",
    "was not paying attention",
    "had been paying attention",
    "did not pay attention",
    "didn't pay attention",
    "had read",
    "had checked",
    "had tested",
    "had followed",
    "pushed the wrong",
    "ran the wrong",
    "used the wrong",
];

/// Words that make a sentence about avoiding blame, not blaming.
const DISCLAIMERS: &[&str] = &[
    "avoid",
    "don't",
    "do not",
    "instead of",
    "not individuals",
    "blameless",
    "no one",
    "nobody",
    "not at fault",
    "rather than",
    // The term quoted, as in: never write "human error".
    "human error\"",
];

const PEOPLE: &[&str] = &[
    "engineer",
    "engineers",
    "operator",
    "developer",
    "developers",
    "dev",
    "on-call",
    "oncall",
    "admin",
    "administrator",
    "contractor",
    "intern",
    "reviewer",
    "deployer",
    "manager",
    "sre",
    "dba",
    "he",
    "she",
    "him",
    "her",
    "someone",
    "person",
    "staff",
    "employee",
    "analyst",
    "trader",
    "hire",
    "colleague",
    "teammate",
    "member",
    "user",
    "lead",
];

/// Words that start sentences without being names.
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "our",
    "it",
    "its",
    "we",
    "they",
    "there",
    "if",
    "when",
    "while",
    "after",
    "before",
    "because",
    "nothing",
    "no",
    "root",
    "cause",
    "alerts",
    "alert",
    "how",
    "why",
    "what",
    "load",
    "monitoring",
    "documentation",
    "database",
    "service",
    "system",
    "config",
    "configuration",
    "deploy",
    "deployment",
];

/// Every blaming phrase in `text`, skipping the lines that start where `skip` says (code
/// blocks) and unchecked options.
pub fn find(text: &str, skip: impl Fn(usize) -> bool) -> Vec<Blame> {
    find_in_lines(&crate::LineIndex::new(text), &StemWords::find(text), skip)
}

/// [`find`] on a text whose lines and stem words are already found.
pub fn find_in_lines(
    lines: &crate::LineIndex,
    stem_words: &StemWords,
    skip: impl Fn(usize) -> bool,
) -> Vec<Blame> {
    let (phrases, text) = (&*PHRASES, lines.text());
    let mut found = Vec::new();
    // Only the lines with a blame stem word (nearly none), found from the words.
    for (start, line, words) in stem_words.lines_with(BLAME_STEMS, &[], lines) {
        // Nor the lines where no phrase is at its place (most of them: `errors` is a blame
        // stem word), whose sentences are then not cut out.
        if skip(start) || line.trim_start().starts_with("- [ ]") || !phrases.any_in(text, words) {
            continue;
        }
        // Only the sentences holding a blame stem word are looked at, found around it.
        let mut done = 0;
        for &(word, bits) in words {
            let at = word - start;
            if bits & BLAME_STEMS == 0 || at < done {
                continue;
            }
            let sentence = sentence_around(line.as_bytes(), at);
            done = sentence.end;
            // The sentence in the text, and its stem words.
            let sentence = start + sentence.start..start + sentence.end;
            let first = words.partition_point(|(w, _)| *w < sentence.start);
            let last = words.partition_point(|(w, _)| *w < sentence.end);
            let stems_at = words.get(first..last).unwrap_or_default();
            if let Some((at, phrase)) = phrases.first_blaming(text, sentence, stems_at) {
                found.push(Blame {
                    span: at..at + phrase.len(),
                    phrase: text[at..at + phrase.len()].to_string(),
                });
            }
        }
    }
    found
}

/// The blaming phrases with their anchors, built once, on the first check.
static PHRASES: LazyLock<Phrases> = LazyLock::new(Phrases::new);

/// The blaming phrases, each with how to find it from a sentence's stems.
struct Phrases {
    always: Vec<Anchor>,
    about_a_person: Vec<Anchor>,
}

impl Phrases {
    fn new() -> Self {
        let anchored = |list: &[&'static str]| list.iter().map(|p| STEM_SET.anchor(p)).collect();
        Phrases {
            always: anchored(ALWAYS),
            about_a_person: anchored(ABOUT_A_PERSON),
        }
    }

    /// Whether one of the phrases is in `text` at one of the stem `words` (a line's, offsets
    /// in `text`): a line where none is holds no blame.
    fn any_in(&self, text: &str, words: &[(usize, u64)]) -> bool {
        let stems = words.iter().fold(0, |bits, (_, bit)| bits | bit);
        (self.always.iter().chain(&self.about_a_person))
            .any(|anchor| anchor.first_in(text, stems, words).is_some())
    }

    /// The first blaming phrase of the `sentence` of `text` (`stems_at`: where its stem words
    /// start), with its offset in `text`. Phrases and disclaimers are found with ASCII
    /// letters in any case. (No phrase holds a sentence's end, `. ` and the like, or a line
    /// break: one found from the sentence's words lies inside the sentence.)
    fn first_blaming(
        &self,
        text: &str,
        sentence: Range<usize>,
        stems_at: &[(usize, u64)],
    ) -> Option<(usize, &'static str)> {
        let stems = stems_at.iter().fold(0, |bits, (_, bit)| bits | bit);
        let candidate = self
            .always
            .iter()
            .find_map(|anchor| Some((anchor.first_in(text, stems, stems_at)?, anchor.phrase())))
            .or_else(|| {
                self.about_a_person.iter().find_map(|anchor| {
                    let at = anchor.first_in(text, stems, stems_at)?;
                    let before = text.get(sentence.start..at)?;
                    subject_is_a_person(before).then_some((at, anchor.phrase()))
                })
            })?;
        let sentence = text.get(sentence).unwrap_or_default();
        let has = |words: &str| search::contains_ignoring_ascii_case(sentence, words);
        let disclaimed = DISCLAIMERS.iter().any(|d| has(d));
        (!disclaimed).then_some(candidate)
    }
}

/// Word stems every blaming phrase contains one of: a cheap first pass, so that lines without
/// any (nearly all) skip the phrase search. The second list of [`crate::wording::STEMS`].
pub(crate) const STEMS: &[&str] = &[
    "error",
    "fault",
    "blame",
    "careless",
    "negligen",
    "sloppy",
    "lazy",
    "incompetent",
    "neglected",
    "should",
    "mistake",
    "failed",
    "forgot",
    "bother",
    "ignored",
    "messed",
    "attention",
    "had",
    "wrong",
];

/// [`STEMS`] and the severity signals', indexed by their first three letters.
const STEM_SET: &crate::wording::Stems = &crate::wording::STEMS;
/// The bits of [`STEMS`] in [`STEM_SET`].
const BLAME_STEMS: u64 = !STEM_SET.first_list();

/// The bytes of the sentence of `line` that holds byte `at`: sentences end at `.`, `!`, `?` or
/// `;` before a space (the mark closes its sentence, the space opens the next). Only the
/// sentences around blame stem words are found, not every sentence of every line.
fn sentence_around(line: &[u8], at: usize) -> Range<usize> {
    // The marks and the space are ASCII, so the ends are character boundaries.
    let ends_at =
        |i: usize| matches!(line[i], b'.' | b'!' | b'?' | b';') && line.get(i + 1) == Some(&b' ');
    let begin = (0..at.min(line.len())).rev().find(|&i| ends_at(i));
    let end = (at..line.len().saturating_sub(1)).find(|&i| ends_at(i));
    begin.map_or(0, |i| i + 1)..end.map_or(line.len(), |i| i + 1)
}

/// Whether the words before a verb name a person: a role, a pronoun, or a name.
fn subject_is_a_person(before: &str) -> bool {
    let words: Vec<&str> = before
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '*' | '-' | ':'))
        .filter(|w| !w.is_empty())
        .collect();
    // The subject of the clause: up to eight words before the verb.
    let recent = &words[words.len().saturating_sub(8)..];
    recent.iter().enumerate().any(|(i, word)| {
        let bare = word.trim_end_matches("'s").trim_end_matches('’');
        let lower = crate::fold::lower(bare);
        if PEOPLE.contains(&lower.as_str()) {
            return true;
        }
        let capitalised = bare.chars().next().is_some_and(char::is_uppercase)
            && bare.chars().skip(1).all(char::is_lowercase);
        let first_of_sentence = i == 0 && words.len() == recent.len();
        capitalised
            && bare.len() > 1
            && !NOT_NAMES.contains(&lower.as_str())
            && (!first_of_sentence || recent.len() <= 3)
    })
}

#[cfg(test)]
mod tests {
    use super::find;

    fn phrases(text: &str) -> Vec<String> {
        find(text, |_| false)
            .into_iter()
            .map(|b| b.phrase)
            .collect()
    }

    #[test]
    fn every_phrase_holds_a_stem_to_be_found_by() {
        for phrase in super::ALWAYS.iter().chain(super::ABOUT_A_PERSON) {
            assert!(super::STEM_SET.anchor(phrase).is_anchored(), "{phrase}");
            // Lines without a blame stem are passed over, whatever signal stems they hold.
            let own = super::STEM_SET.bits_in(phrase) & super::BLAME_STEMS;
            assert_ne!(own, 0, "{phrase} holds no blame stem");
        }
    }

    #[test]
    fn blame_about_people_is_found_and_systems_are_not_blamed() {
        assert_eq!(
            phrases("The outage was caused by human error."),
            ["human error"]
        );
        assert_eq!(
            phrases("John forgot to renew the certificate."),
            ["forgot to"]
        );
        assert_eq!(
            phrases("The on-call engineer failed to follow the runbook."),
            ["failed to"]
        );
        assert!(phrases("The health check failed to detect the stuck consumer.").is_empty());
        assert!(phrases("Our monitoring should have caught the disk growth.").is_empty());
        assert!(phrases("Don't use language like \"human error\".").is_empty());
        assert!(phrases("- [ ] Human error\n").is_empty());
    }

    #[test]
    fn phrases_are_found_in_any_ascii_case_whatever_stem_anchors_them() {
        // `user` is a severity signal's stem: the line is kept for its blame stem, `error`.
        assert_eq!(phrases("USER ERROR took the cluster down."), ["USER ERROR"]);
        assert_eq!(phrases("It was Dana’s fault."), ["’s fault"]);
        // Quoted, the term is talked about, not used.
        assert!(phrases("We never write \"Human Error\" in a review.").is_empty());
    }

    #[test]
    fn each_sentence_of_a_line_is_judged_on_its_own() {
        // A disclaimer, a system's failure and a person's blame, each in its own sentence.
        let line = "Never write \"human error\". The check failed to page; \
                    the engineer failed to follow the runbook! Alice was careless.";
        assert_eq!(phrases(line), ["failed to", "careless"]);
        assert_eq!(
            phrases("Human error? No: the deploy failed to roll back."),
            ["Human error"]
        );
        // One finding per sentence, however many blame words it holds.
        assert_eq!(phrases("A careless human error, a careless slip.").len(), 1);
    }

    /// The sentences of a line split at every end, as the check once did line by line.
    fn every_sentence(line: &str) -> Vec<std::ops::Range<usize>> {
        let bytes = line.as_bytes();
        let mut out = Vec::new();
        let mut begin = 0;
        for (i, pair) in bytes.windows(2).enumerate() {
            if matches!(pair[0], b'.' | b'!' | b'?' | b';') && pair[1] == b' ' {
                out.push(begin..i + 1);
                begin = i + 1;
            }
        }
        out.push(begin..bytes.len());
        out
    }

    proptest::proptest! {
        /// The sentence found around a byte is the one of the line's split that holds it.
        #[test]
        fn the_sentence_around_a_byte_is_the_one_holding_it(
            line in "[a. !?;é]{0,40}",
            at in 0..40usize,
        ) {
            let at = at.min(line.len().saturating_sub(1));
            let holding = every_sentence(&line)
                .into_iter()
                .find(|s| s.contains(&at) || s.is_empty() && s.start == at);
            let around = super::sentence_around(line.as_bytes(), at);
            proptest::prop_assert_eq!(Some(around), holding);
        }
    }
}
