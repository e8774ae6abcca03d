//! One component per file, named for what it shows.

mod checklist_panel;
mod draft_editor;
mod drafts_dialog;
mod durations_panel;
mod header_bar;
mod help_dialog;
mod history_dialog;
mod line_gutter;
mod panel_frame;
mod preview_pane;
mod problems_panel;
mod rule_dialog;
mod save_indicator;
mod severity_panel;
mod timeline_chart;

pub use checklist_panel::{ChecklistPanel, SectionInsert};
pub use draft_editor::{DraftEditor, EditorCommand};
pub use drafts_dialog::DraftsDialog;
pub use durations_panel::DurationsPanel;
pub use header_bar::HeaderBar;
pub use help_dialog::{HelpDialog, Modal};
pub use history_dialog::{HistoryDialog, SnapshotEntry};
pub use line_gutter::{LineGutter, LineMark};

/// The gutter mark for a finding's severity.
pub fn line_gutter_mark(severity: postmortem::Severity) -> LineMark {
    match severity {
        postmortem::Severity::Error => LineMark::Error,
        postmortem::Severity::Warning => LineMark::Warning,
        postmortem::Severity::Info => LineMark::Info,
    }
}

/// A `class` attribute from class names, leaving out the `None`s:
/// `class_list(&[Some("panel"), collapsed.then_some("collapsed")])`. Plain text rather than
/// Yew's `classes!`, whose ordered set costs the page's WebAssembly a hash table of its own.
pub fn class_list(names: &[Option<&str>]) -> String {
    names
        .iter()
        .flatten()
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}

pub use panel_frame::PanelFrame;
pub use preview_pane::PreviewPane;
pub use problems_panel::ProblemsPanel;
pub use rule_dialog::RuleDialog;
pub use save_indicator::SaveIndicator;
pub use severity_panel::SeverityPanel;
pub use timeline_chart::TimelineChart;
