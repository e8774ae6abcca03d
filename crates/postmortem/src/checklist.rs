//! The section checklist: every section of the profile, found or not, filled or not.

use std::ops::Range;

use serde::Serialize;

use crate::document::{Document, Heading};
use crate::line_index::LineIndex;
use crate::profile::{Profile, Requirement};

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
}

/// Where a section stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SectionState {
    /// Present and written.
    Complete,
    /// Present, with a heading and nothing under it.
    Empty,
    /// No heading for it.
    Missing,
}

/// Builds the checklist of `profile` for `document`.
pub fn evaluate(document: &Document, text: &str, profile: &Profile) -> Completion {
    let lines = LineIndex::new(text);
    let sections: Vec<SectionStatus> = profile
        .sections
        .iter()
        .map(|spec| {
            let heading = document
                .headings
                .iter()
                .find(|h| spec.matches_heading(&h.text));
            let status = match heading {
                None => SectionState::Missing,
                Some(h) if has_content(document, h, text) => SectionState::Complete,
                Some(_) => SectionState::Empty,
            };
            SectionStatus {
                id: spec.id.clone(),
                title: spec.title.clone(),
                requirement: spec.requirement,
                status,
                line: heading.map(|h| lines.line(h.span.start)),
                span: heading.map(|h| h.span.clone()),
            }
        })
        .collect();
    Completion {
        percent: percent(&sections),
        sections,
    }
}

/// Whether the body holds any word outside its subheadings (a `---` rule is not content).
fn has_content(document: &Document, heading: &Heading, text: &str) -> bool {
    let mut cursor = heading.body.start;
    let mut pieces = Vec::new();
    for sub in document.subheadings(heading) {
        pieces.push(cursor..sub.span.start);
        cursor = sub.span.end;
    }
    pieces.push(cursor..heading.body.end);
    pieces
        .into_iter()
        .filter_map(|range| text.get(range))
        .any(|piece| piece.chars().any(char::is_alphanumeric))
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
    use crate::profile::find;

    fn statuses(text: &str) -> Completion {
        evaluate(&Document::parse(text), text, find("sre-slo").unwrap())
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
    fn a_section_is_missing_empty_or_complete() {
        let text =
            "## Timeline\n\n---\n\n## Impact\n### User Impact\n\n## Root Cause\nA pool ran dry.\n";
        let completion = statuses(text);
        assert_eq!(status_of(&completion, "timeline"), SectionState::Empty);
        assert_eq!(status_of(&completion, "impact"), SectionState::Empty);
        assert_eq!(status_of(&completion, "root-cause"), SectionState::Complete);
        assert_eq!(status_of(&completion, "detection"), SectionState::Missing);
        let root = completion
            .sections
            .iter()
            .find(|s| s.id == "root-cause")
            .unwrap();
        assert_eq!(root.line, Some(8));
    }

    #[test]
    fn completion_weighs_required_sections_more() {
        let required_only = statuses("## Root Cause\nA pool ran dry.\n").percent;
        let recommended_only = statuses("## Appendix\nGlossary.\n").percent;
        assert!(required_only > recommended_only);
        assert_eq!(statuses("").percent, 0);
    }

    #[test]
    fn every_section_complete_is_one_hundred_percent() {
        let text: String = find("sre-slo")
            .unwrap()
            .sections
            .iter()
            .map(|s| format!("## {}\nWritten.\n", s.title))
            .collect();
        assert_eq!(statuses(&text).percent, 100);
    }
}
