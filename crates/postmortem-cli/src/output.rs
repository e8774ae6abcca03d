//! Output formats: compiler-style text, and the JSON report.

use std::io::{self, Write};

use postmortem::{Report, SectionState, Severity};
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

/// The diagnostics like a compiler, then a one-line summary per file.
pub fn text(out: &mut impl Write, file: &CheckedFile) -> io::Result<()> {
    let report = &file.report;
    write!(
        out,
        "{}",
        postmortem::render::diagnostics(&file.name, &file.text, report)
    )?;
    let count = |severity| {
        report
            .diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    };
    let sections = &report.completion.sections;
    let done = sections
        .iter()
        .filter(|s| s.status == SectionState::Complete)
        .count();
    writeln!(
        out,
        "{}: profile {}, {}% complete ({done} of {} sections), {} error(s), {} warning(s)",
        file.name,
        report.profile.id,
        report.completion.percent,
        sections.len(),
        count(Severity::Error),
        count(Severity::Warning)
    )
}
