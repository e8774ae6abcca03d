//! The timeline: timed entries from the document, the milestones among them, the figures
//! computed from them, the figures the author states, and the error budget.

pub mod budget;
pub mod clock;
pub mod durations;
pub mod extract;
pub mod milestones;
pub mod stated;
pub mod zone;

pub use budget::ErrorBudget;
pub use durations::{Backwards, Durations};
pub use extract::{Timeline, TimelineEntry, extract};
pub use milestones::{Milestone, MilestoneKind, Milestones};

use crate::document::Document;
use crate::line_index::LineIndex;
use crate::profile::Profile;

/// Everything the timeline pass finds, for the report and the rules.
#[derive(Debug, Clone, Default)]
pub struct TimelineAnalysis {
    pub timeline: Timeline,
    pub milestones: Milestones,
    pub durations: Durations,
    pub backwards: Vec<Backwards>,
    pub error_budget: Option<ErrorBudget>,
}

pub fn analyse(
    document: &Document,
    text: &str,
    profile: &Profile,
    lines: &LineIndex,
) -> TimelineAnalysis {
    let timeline = extract(document, text, lines);
    let milestones = milestones::find(document, text, &timeline);
    let stated = stated::find(document, text, lines);
    let (durations, backwards) = durations::compute(&milestones, &stated, profile.ttm_from, lines);
    let error_budget = budget::find(document, text, durations.duration_minutes, lines);
    TimelineAnalysis {
        timeline,
        milestones,
        durations,
        backwards,
        error_budget,
    }
}
