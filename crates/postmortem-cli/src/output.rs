//! Output formats: compiler-style text, and the JSON report.

use std::io::{self, Write};

use postmortem::{LineIndex, Report};
use serde::Serialize;

use crate::CheckedFile;

/// One report per file; the file name is added to the core's report.
#[derive(Serialize)]
struct FileReport<'a> {
    file: &'a str,
    #[serde(flatten)]
    report: &'a Report,
}

/// One file prints one JSON object; several print an array of them.
pub fn json(out: &mut impl Write, files: &[CheckedFile]) -> io::Result<()> {
    let reports: Vec<FileReport> = files
        .iter()
        .map(|f| FileReport {
            file: &f.name,
            report: &f.report,
        })
        .collect();
    let rendered = match reports.as_slice() {
        [one] => serde_json::to_string_pretty(one),
        many => serde_json::to_string_pretty(many),
    }
    .map_err(io::Error::other)?;
    writeln!(out, "{rendered}")
}

/// `file:line:col: severity rule-name [ID] message`, the source line, a caret, and a summary.
pub fn text(out: &mut impl Write, name: &str, text: &str, report: &Report) -> io::Result<()> {
    let lines = LineIndex::new(text);
    for d in &report.diagnostics {
        writeln!(
            out,
            "{name}:{}:{}: {} {} [{}] {}",
            d.line,
            d.column,
            d.severity.as_str(),
            d.name,
            d.rule,
            d.message
        )?;
        let source = lines.line_text(d.line);
        let gutter = d.line.to_string().len();
        let width = text
            .get(d.span.clone())
            .map_or(1, |s| s.lines().next().unwrap_or("").chars().count().max(1));
        writeln!(out, "{:gutter$} |", "")?;
        writeln!(out, "{} | {source}", d.line)?;
        writeln!(
            out,
            "{:gutter$} | {}{}",
            "",
            " ".repeat(d.column as usize - 1),
            "^".repeat(width)
        )?;
    }
    let count = |severity| {
        report
            .diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    };
    writeln!(
        out,
        "{name}: profile {}, {}% complete, {} error(s), {} warning(s)",
        report.profile.id,
        report.completion.percent,
        count(postmortem::Severity::Error),
        count(postmortem::Severity::Warning)
    )
}
