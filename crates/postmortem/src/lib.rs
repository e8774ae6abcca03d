//! The postmortem validation core.
//!
//! One entry point, [`check`], reads a postmortem written in Markdown and returns a [`Report`]:
//! the profile it was checked against, which sections of that profile are present and filled,
//! the completion percentage, and findings ([`Diagnostic`]) from the rules.
//!
//! Invariants (see ARCHITECTURE.md):
//! - no IO and nothing browser-specific: text in, data out;
//! - parsing never fails and nothing panics: any text gives a report;
//! - positions are byte spans into the text; line and column are added for convenience.

pub mod actions;
pub mod checklist;
pub mod config;
pub mod document;
pub mod fold;
pub mod heading_key;
pub mod line_index;
pub mod numbers;
pub mod order;
pub mod placeholders;
pub mod profile;
pub mod regions;
pub mod render;
pub mod report;
pub mod rules;
pub mod search;
pub mod severity;
mod swar;
pub mod time_text;
pub mod timeline;
mod trim;
pub mod wording;

pub use checklist::{Completion, SectionState, SectionStatus};
pub use config::Config;
pub use document::{Document, Heading};
pub use line_index::{LineCol, LineIndex};
pub use profile::{Profile, ProfileSource, Requirement, SectionSpec};
pub use report::{Diagnostic, ProfileRef, Report, Severity};

/// The quick part of a check: which profile, and the section checklist. What the page runs on
/// every keystroke; [`check`] adds the rules, durations, severity and action items.
pub fn check_sections(text: &str, config: &Config) -> (ProfileRef, Completion) {
    let lines = LineIndex::new(text);
    let document = Document::parse_lines(&lines);
    let choice = profile::select(&document, config);
    let placeholders = placeholders::find(text, &document, &lines);
    let completion = checklist::evaluate(&document, text, choice.profile, &placeholders, &lines);
    let profile = ProfileRef {
        id: choice.profile.id.clone(),
        name: choice.profile.name.clone(),
        source: choice.source,
    };
    (profile, completion)
}

/// The last step of [`check`]: each finding as a diagnostic with its line and column, and the
/// action-item summary naming the findings in each item (the summary takes the items).
pub fn findings_reported(
    findings: Vec<rules::Finding>,
    actions: Vec<actions::ActionItem>,
    lines: &LineIndex,
    config: &Config,
) -> (Vec<Diagnostic>, actions::ActionSummary) {
    let diagnostics: Vec<Diagnostic> = findings
        .into_iter()
        .map(|finding| Diagnostic::new(finding, lines))
        .collect();
    let mut action_items = actions::summarise(actions, config.today);
    actions::attach_findings(&mut action_items.items, &diagnostics);
    (diagnostics, action_items)
}

/// Checks one postmortem against its profile and returns everything the tools show.
///
/// ```
/// use postmortem::{check, Config, SectionState};
/// let text = "## Timeline\n\n| Time | Event |\n|---|---|\n| 14:02 | Alert |\n| 14:05 | Ack |\n| 14:30 | Fixed |\n";
/// let report = check(text, &Config::default());
/// let timeline = report.completion.sections.iter().find(|s| s.id == "timeline").unwrap();
/// assert_eq!(timeline.status, SectionState::Complete);
/// ```
pub fn check(text: &str, config: &Config) -> Report {
    let lines = LineIndex::new(text);
    let document = Document::parse_lines(&lines);
    let choice = profile::select(&document, config);
    let placeholders = placeholders::find(text, &document, &lines);
    let completion = checklist::evaluate(&document, text, choice.profile, &placeholders, &lines);
    let timeline = timeline::analyse(&document, text, choice.profile, &lines);
    let stem_words = wording::StemWords::find(text);
    let signals = severity::signals::find(
        &document,
        &lines,
        &stem_words,
        &placeholders,
        timeline.durations.duration_minutes,
    );
    let default_matrix = severity::SeverityMatrix::default();
    let severity = severity::assess(
        &document,
        text,
        choice.profile,
        config.severity_matrix.as_ref().unwrap_or(&default_matrix),
        &signals,
        &lines,
    );
    let actions = actions::find(&document, text, &lines);
    let findings = rules::run(&rules::Context {
        text,
        document: &document,
        profile: &choice,
        completion: &completion,
        placeholders: &placeholders,
        timeline: &timeline,
        severity: &severity,
        actions: &actions,
        lines: &lines,
        stem_words: &stem_words,
        config,
    });
    let (diagnostics, action_items) = findings_reported(findings, actions, &lines, config);
    Report {
        profile: ProfileRef {
            id: choice.profile.id.clone(),
            name: choice.profile.name.clone(),
            source: choice.source,
        },
        completion,
        diagnostics,
        durations: Some(timeline.durations),
        error_budget: timeline.error_budget,
        severity: Some(severity),
        action_items: Some(action_items),
    }
}
