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
    )?;
    if let Some(d) = &report.durations {
        let figure = |name: &str, value: Option<f64>| match value {
            Some(minutes) => format!("{name} {} min", number(minutes)),
            None => format!("{name} unknown"),
        };
        writeln!(
            out,
            "  durations: {}, {}, {}, {}, {}",
            figure("TTD", d.ttd_minutes),
            figure("TTA", d.tta_minutes),
            figure("TTM", d.ttm_minutes),
            figure("TTR", d.ttr_minutes),
            figure("duration", d.duration_minutes)
        )?;
    }
    if let Some(s) = &report.severity {
        let suggested = s.suggested.as_deref().unwrap_or("none (no impact signals)");
        let declared = s
            .declared
            .as_ref()
            .map_or("none declared".to_string(), |d| format!("declared {d}"));
        writeln!(
            out,
            "  severity: {declared}, suggested {suggested} ({} reason(s))",
            s.reasons.len()
        )?;
    }
    if let Some(a) = &report.action_items {
        writeln!(
            out,
            "  action items: {} total, {} open, {} in progress, {} done, {} overdue",
            a.total, a.open, a.in_progress, a.done, a.overdue
        )?;
    }
    if let Some(b) = &report.error_budget {
        let consumed = b
            .consumed_percent
            .map_or("unknown share".to_string(), |p| format!("{}%", number(p)));
        writeln!(
            out,
            "  error budget: {consumed} of {} min ({}% over {} days)",
            number(b.budget_minutes),
            number(b.slo_percent),
            b.window_days
        )?;
    }
    Ok(())
}

/// `38` rather than `38.0`.
fn number(value: f64) -> String {
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}
