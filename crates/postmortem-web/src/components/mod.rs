//! One component per file, named for what it shows.

mod checklist_panel;
mod draft_editor;
mod save_indicator;

pub use checklist_panel::ChecklistPanel;
pub use draft_editor::DraftEditor;
pub use save_indicator::SaveIndicator;
