//! Operations on the editor's textarea that keep the browser's own undo working: text goes in
//! through `execCommand("insertText")`, which the undo stack records, with a plain value
//! update as the fallback.

use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;

/// Height of one editor line in pixels (the stylesheet sets the same).
pub const LINE_HEIGHT: f64 = 22.0;

/// Selects UTF-16 offsets `start..end`, focuses the editor and scrolls `line` into view.
pub fn select(area: &HtmlTextAreaElement, start: u32, end: u32, line: u32) {
    let _ = area.focus();
    let _ = area.set_selection_range(start, end);
    let target = (f64::from(line.saturating_sub(1)) * LINE_HEIGHT
        - f64::from(area.client_height()) / 3.0)
        .max(0.0);
    area.set_scroll_top(target as i32);
}

/// Replaces the selection `start..end` (UTF-16) with `text`, as typing would.
pub fn replace(area: &HtmlTextAreaElement, start: u32, end: u32, text: &str) {
    let _ = area.focus();
    let _ = area.set_selection_range(start, end);
    let inserted = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
        .and_then(|d| {
            d.exec_command_with_show_ui_and_value("insertText", false, text)
                .ok()
        })
        .unwrap_or(false);
    if !inserted {
        // Older engines: set the range directly and announce the change.
        let _ = area.set_range_text_with_start_and_end_and_mode(text, start, end, "end");
        if let Ok(event) = web_sys::Event::new("input") {
            let _ = area.dispatch_event(&event);
        }
    }
}

/// The selection as UTF-16 offsets.
pub fn selection(area: &HtmlTextAreaElement) -> (u32, u32) {
    let start = area.selection_start().ok().flatten().unwrap_or(0);
    let end = area.selection_end().ok().flatten().unwrap_or(start);
    (start, end)
}
