//! Renders diagnostics the way a compiler does: `file:line:col: severity name [ID] message`,
//! the source line, and carets under the span. Used by the CLI and by the rule snapshot tests.

use std::fmt::Write;

use crate::line_index::LineIndex;
use crate::report::Report;

/// All diagnostics of `report` for `text`, as text.
pub fn diagnostics(name: &str, text: &str, report: &Report) -> String {
    let lines = LineIndex::new(text);
    let mut out = String::new();
    for d in &report.diagnostics {
        let _ = writeln!(
            out,
            "{name}:{}:{}: {} {} [{}] {}",
            d.line,
            d.column,
            d.severity.as_str(),
            d.name,
            d.rule,
            d.message
        );
        let source = lines.line_text(d.line);
        let gutter = d.line.to_string().len();
        let on_line = text
            .get(d.span.clone())
            .and_then(|s| s.lines().next())
            .unwrap_or("");
        let width = on_line.chars().count().max(1);
        let _ = writeln!(out, "{:gutter$} |", "");
        let _ = writeln!(out, "{} | {source}", d.line);
        let _ = writeln!(
            out,
            "{:gutter$} | {}{}",
            "",
            " ".repeat(d.column as usize - 1),
            "^".repeat(width)
        );
    }
    out
}
