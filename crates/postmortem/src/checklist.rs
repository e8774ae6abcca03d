//! The section checklist: every section of the profile, found or not, filled or not.

use std::ops::Range;

use serde::Serialize;

use crate::document::{Document, Heading};
use crate::heading_key::heading_key;
use crate::line_index::LineIndex;
use crate::placeholders::Placeholder;
use crate::profile::{Minimum, Profile, Requirement};
use crate::time_text::has_clock_time;

/// Weight of a required section in the completion percentage; a recommended one weighs 1.
pub const REQUIRED_WEIGHT: u32 = 3;

/// The checklist and how far along the document is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Completion {
    /// 0-100, weighted toward required sections; 100 only when every section is complete.
    pub percent: u32,
    pub sections: Vec<SectionStatus>,
}

/// One section of the profile as this document has it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectionStatus {
    pub id: String,
    pub title: String,
    pub requirement: Requirement,
    pub status: SectionState,
    /// 1-based line of the heading, when the section is present.
    pub line: Option<u32>,
    /// Bytes of the heading, when present.
    pub span: Option<Range<usize>>,
    /// Where a missing section belongs: before the next section of the profile that is
    /// present, or at the end of the document. `None` when the section is present.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub insert_at: Option<usize>,
    /// The placeholders left in the section, as written (`[Name]`, `YYYY-MM-DD`).
    pub placeholders: Vec<String>,
    /// What the minimum content asks for and how much there is, when the profile sets one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minimum: Option<MinimumProgress>,
}

/// Where a section stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SectionState {
    /// Present, written, and holding its minimum content.
    Complete,
    /// Present but still holding template text.
    Placeholder,
    /// Present and written, but short of its minimum content (a timeline with two times).
    Incomplete,
    /// Present, with a heading and nothing under it.
    Empty,
    /// No heading for it.
    Missing,
}

impl SectionState {
    pub fn as_str(self) -> &'static str {
        match self {
            SectionState::Complete => "complete",
            SectionState::Placeholder => "placeholder",
            SectionState::Incomplete => "incomplete",
            SectionState::Empty => "empty",
            SectionState::Missing => "missing",
        }
    }
}

/// Progress toward a section's minimum content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MinimumProgress {
    pub rule: Minimum,
    pub found: u32,
}

/// Builds the checklist of `profile` for `document`.
pub fn evaluate(
    document: &Document,
    text: &str,
    profile: &Profile,
    placeholders: &[Placeholder],
    lines: &LineIndex,
) -> Completion {
    let sections: Vec<SectionStatus> = profile
        .sections
        .iter()
        .map(|spec| {
            let names = spec.name_keys();
            let heading = document
                .headings
                .iter()
                .find(|h| names.iter().any(|name| name == document.key_of(h)));
            let Some(heading) = heading else {
                return SectionStatus {
                    id: spec.id.clone(),
                    title: spec.title.clone(),
                    requirement: spec.requirement,
                    status: SectionState::Missing,
                    line: None,
                    span: None,
                    insert_at: Some(text.len()),
                    placeholders: Vec::new(),
                    minimum: None,
                };
            };
            let left: Vec<&Placeholder> = placeholders
                .iter()
                .filter(|p| heading.body.contains(&p.span.start))
                .collect();
            let minimum = spec.minimum.map(|rule| MinimumProgress {
                rule,
                found: measure(rule, text, heading, placeholders),
            });
            let status = if !has_content(document, heading, text) {
                SectionState::Empty
            } else if !left.is_empty() {
                SectionState::Placeholder
            } else if minimum.is_some_and(|m| m.found < m.required()) {
                SectionState::Incomplete
            } else {
                SectionState::Complete
            };
            SectionStatus {
                id: spec.id.clone(),
                title: spec.title.clone(),
                requirement: spec.requirement,
                status,
                line: Some(lines.line(heading.span.start)),
                span: Some(heading.span.clone()),
                insert_at: None,
                placeholders: left
                    .iter()
                    .filter_map(|p| text.get(p.span.clone()))
                    .map(|s| s.chars().take(80).collect())
                    .collect(),
                minimum,
            }
        })
        .collect();
    let mut sections = sections;
    place_missing_sections(&mut sections, profile, document, text);
    Completion {
        percent: percent(&sections),
        sections,
    }
}

/// Where each missing section belongs. After the heading that precedes it in the template
/// when the document has that heading: inside it when it is a parent (`## Technical Analysis`
/// before `### Root Cause`), after its subtree when it is an earlier sibling. Otherwise before
/// the next section of the profile that is present; else at the end.
fn place_missing_sections(
    sections: &mut [SectionStatus],
    profile: &Profile,
    document: &Document,
    text: &str,
) {
    for i in 0..sections.len() {
        if sections[i].status != SectionState::Missing {
            continue;
        }
        let spec = &profile.sections[i];
        let level = spec.level.unwrap_or(2);
        let after_template_heading = spec
            .after
            .as_deref()
            .and_then(|after| {
                let wanted = heading_key(after);
                document
                    .headings
                    .iter()
                    .position(|h| document.key_of(h) == wanted)
            })
            .map(|index| after_heading(document, index, level));
        let next_present = sections[i + 1..].iter().find_map(|s| {
            s.span
                .as_ref()
                .map(|h| opening_parent(document, text, h.start, level))
        });
        sections[i].insert_at = Some(
            after_template_heading
                .or(next_present)
                .unwrap_or(text.len()),
        );
    }
}

/// Where a section of heading level `level` goes before the heading at `start`: before the
/// parent headings at `level` or deeper that open it with nothing written in between (a missing
/// `##` section goes before `## 1. Incident Overview`, not between it and `### 1.1`).
fn opening_parent(document: &Document, text: &str, start: usize, level: u8) -> usize {
    let Some(mut index) = document.headings.iter().position(|h| h.span.start == start) else {
        return start;
    };
    while index > 0 {
        let (parent, child) = (&document.headings[index - 1], &document.headings[index]);
        let between = text.get(parent.span.end..child.span.start).unwrap_or("x");
        if parent.level >= child.level || parent.level < level || !between.trim().is_empty() {
            break;
        }
        index -= 1;
    }
    document.headings[index].span.start
}

/// Where a section of `level` goes after the heading at `index`: before that heading's first
/// subheading when it is a parent, else at the end of its subtree.
fn after_heading(document: &Document, index: usize, level: u8) -> usize {
    let heading = &document.headings[index];
    let rest = &document.headings[index + 1..];
    if heading.level < level {
        return rest
            .iter()
            .take_while(|h| h.span.start < heading.body.end)
            .map(|h| h.span.start)
            .next()
            .unwrap_or(heading.body.end);
    }
    rest.iter()
        .find(|h| h.level <= level)
        .map_or(document.len, |h| h.span.start)
}

impl MinimumProgress {
    pub fn required(&self) -> u32 {
        match self.rule {
            Minimum::TimedEntries(n) | Minimum::AnsweredWhys(n) => n,
        }
    }
}

/// Whether the body holds any word outside its subheadings (a `---` rule is not content).
fn has_content(document: &Document, heading: &Heading, text: &str) -> bool {
    let has_word = |range: std::ops::Range<usize>| {
        text.get(range)
            .is_some_and(|piece| piece.chars().any(char::is_alphanumeric))
    };
    let mut cursor = heading.body.start;
    for sub in document.subheadings(heading) {
        if has_word(cursor..sub.span.start) {
            return true;
        }
        cursor = sub.span.end;
    }
    has_word(cursor..heading.body.end)
}

fn measure(rule: Minimum, text: &str, heading: &Heading, placeholders: &[Placeholder]) -> u32 {
    let body = text.get(heading.body.clone()).unwrap_or("");
    match rule {
        Minimum::TimedEntries(_) => body.lines().filter(|line| has_clock_time(line)).count() as u32,
        Minimum::AnsweredWhys(_) => answered_whys(body, heading.body.start, placeholders),
    }
}

/// Counts "Why ...?" questions whose question and answer hold no placeholder and whose answer
/// has words.
fn answered_whys(body: &str, body_start: usize, placeholders: &[Placeholder]) -> u32 {
    let mut offset = body_start;
    let mut whys: Vec<Range<usize>> = Vec::new();
    for raw in body.split_inclusive('\n') {
        if is_why_question(raw) {
            whys.push(offset..offset + raw.len());
        }
        offset += raw.len();
    }
    let body_end = body_start + body.len();
    // Placeholders are sorted by start: the first one at or after the range's start decides.
    let has_placeholder = |range: &Range<usize>| {
        let first = placeholders.partition_point(|p| p.span.start < range.start);
        placeholders
            .get(first)
            .is_some_and(|p| p.span.start < range.end)
    };
    let mut answered = 0;
    for (i, question) in whys.iter().enumerate() {
        let answer = question.end..whys.get(i + 1).map_or(body_end, |next| next.start);
        let answer_text = body
            .get(answer.start - body_start..answer.end - body_start)
            .unwrap_or("");
        let has_words = answer_text.chars().filter(|c| c.is_alphanumeric()).count() >= 3;
        if has_words && !has_placeholder(question) && !has_placeholder(&answer) {
            answered += 1;
        }
    }
    answered
}

/// `1. **Why did the model stop?**`, `**Why was X?**`, `- Why ...?`.
fn is_why_question(line: &str) -> bool {
    let t = crate::trim::start(line).trim_start_matches(|c: char| {
        c.is_ascii_digit() || matches!(c, '.' | ')' | '-' | '*' | '#' | ' ')
    });
    t.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("why")) && line.contains('?')
}

fn percent(sections: &[SectionStatus]) -> u32 {
    let weight = |s: &SectionStatus| match s.requirement {
        Requirement::Required => REQUIRED_WEIGHT,
        Requirement::Recommended => 1,
    };
    let total: u32 = sections.iter().map(weight).sum();
    let done: u32 = sections
        .iter()
        .filter(|s| s.status == SectionState::Complete)
        .map(weight)
        .sum();
    (done * 100).checked_div(total).unwrap_or(100)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Config, check};

    fn completion(text: &str) -> Completion {
        let config = Config {
            profile: Some("sre-slo".into()),
            ..Config::default()
        };
        check(text, &config).completion
    }

    fn status_of(completion: &Completion, id: &str) -> SectionState {
        completion
            .sections
            .iter()
            .find(|s| s.id == id)
            .unwrap()
            .status
    }

    #[test]
    fn a_section_is_missing_empty_placeholder_incomplete_or_complete() {
        let text = "## Impact\n### User Impact\n\n## Root Cause\nA pool ran dry.\n\n\
                    ## Detection\nTTD: X minutes\n\n## Timeline\n| Time | Event |\n|--|--|\n| 09:41 | x |\n";
        let c = completion(text);
        assert_eq!(status_of(&c, "impact"), SectionState::Empty);
        assert_eq!(status_of(&c, "root-cause"), SectionState::Complete);
        assert_eq!(status_of(&c, "detection"), SectionState::Placeholder);
        assert_eq!(status_of(&c, "timeline"), SectionState::Incomplete);
        assert_eq!(status_of(&c, "response"), SectionState::Missing);
        let root = c.sections.iter().find(|s| s.id == "root-cause").unwrap();
        assert_eq!(root.line, Some(4));
        let detection = c.sections.iter().find(|s| s.id == "detection").unwrap();
        assert_eq!(detection.placeholders, ["X"]);
    }

    #[test]
    fn a_section_has_content_only_from_its_own_words_not_its_subheadings() {
        // Words before a subheading, or after the last one, count; a subheading's own title
        // does not.
        let before = "## Impact
Checkout failed for 40% of users.
### User Impact
";
        assert_eq!(
            status_of(&completion(before), "impact"),
            SectionState::Complete
        );
        let after = "## Impact
### User Impact
Checkout failed for 40% of users.
";
        assert_eq!(
            status_of(&completion(after), "impact"),
            SectionState::Complete
        );
        let titles_only = "## Impact
---
### User Impact
### Business Impact
";
        assert_eq!(
            status_of(&completion(titles_only), "impact"),
            SectionState::Empty
        );
    }

    #[test]
    fn a_timeline_with_three_times_is_complete() {
        let text = "## Timeline\n- 09:41 impact\n- 09:43 alert\n- 10:19 resolved\n";
        assert_eq!(
            status_of(&completion(text), "timeline"),
            SectionState::Complete
        );
    }

    #[test]
    fn five_whys_need_five_answers() {
        let whys = |n: usize| -> String {
            let mut t = String::from("## 5 Whys Analysis\n");
            for i in 1..=5 {
                let answer = if i <= n {
                    "Because the pool was too small."
                } else {
                    "[Answer]"
                };
                t.push_str(&format!(
                    "{i}. **Why did step {i} happen?**\n   - {answer}\n\n"
                ));
            }
            t
        };
        let config = Config {
            profile: Some("comprehensive".into()),
            ..Config::default()
        };
        let state = |n| {
            let c = check(&whys(n), &config).completion;
            let s = c
                .sections
                .into_iter()
                .find(|s| s.id == "five-whys")
                .unwrap();
            (s.status, s.minimum.unwrap().found)
        };
        assert_eq!(state(5), (SectionState::Complete, 5));
        assert_eq!(state(4), (SectionState::Placeholder, 4));
    }

    #[test]
    fn a_why_line_starting_with_a_multibyte_character_does_not_panic() {
        assert!(!is_why_question("1. **Wé?"));
        assert!(is_why_question("1. **Why now?**"));
    }

    #[test]
    fn completion_weighs_required_sections_more() {
        let required_only = completion("## Root Cause\nA pool ran dry.\n").percent;
        let recommended_only = completion("## Appendix\nGlossary.\n").percent;
        assert!(required_only > recommended_only);
        assert_eq!(completion("").percent, 0);
    }
}
