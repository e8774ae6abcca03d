//! The report: everything a check found, in the shape the CLI prints as JSON and the page shows.

use std::ops::Range;

use serde::Serialize;

use crate::checklist::Completion;
use crate::line_index::LineIndex;
use crate::rules::Finding;

/// The result of [`crate::check`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub profile: ProfileRef,
    pub completion: Completion,
    pub diagnostics: Vec<Diagnostic>,
    /// Milestones and figures from the timeline, and the figures the document states.
    pub durations: Option<crate::timeline::Durations>,
    /// The error budget, when the document states an SLO target.
    pub error_budget: Option<crate::timeline::ErrorBudget>,
    /// Declared and suggested severity with every reason.
    pub severity: Option<crate::severity::SeverityReport>,
    /// Action items with their findings, and the counts.
    pub action_items: Option<crate::actions::ActionSummary>,
}

/// Which profile the document was checked against, and why that one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProfileRef {
    pub id: String,
    pub name: String,
    pub source: crate::profile::ProfileSource,
}

/// How serious a finding is. Only `Error` makes the CLI exit with 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A finding with its position resolved for display.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Stable id, `PM101`.
    pub rule: &'static str,
    /// Kebab-case name, `missing-required-section`.
    pub name: &'static str,
    pub severity: Severity,
    /// What is wrong, why it matters, and what to do.
    pub message: String,
    /// Byte range in the checked text.
    pub span: Range<usize>,
    /// 1-based line and column of the span's start.
    pub line: u32,
    pub column: u32,
}

impl Diagnostic {
    pub(crate) fn new(finding: Finding, lines: &LineIndex) -> Self {
        let at = lines.line_col(finding.span.start);
        Self {
            rule: finding.rule.id,
            name: finding.rule.name,
            severity: finding.rule.severity,
            message: finding.message,
            span: finding.span,
            line: at.line,
            column: at.column,
        }
    }
}

impl Report {
    /// Whether any finding is at error level (the CLI then exits with 1).
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }
}
