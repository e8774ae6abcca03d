use super::{Context, Finding};
use crate::report::Severity;

declare_rule! {
    /// ## What it does
    /// Reports an action item with no due date, a due date that is not a date, or one before
    /// the incident happened.
    ///
    /// ## Why is this bad?
    /// Without a date an item drifts; a date before the incident is a typo that makes the item
    /// look overdue (or done) from the start.
    ///
    /// ## Example
    /// ```markdown
    /// | Cap the importer at 20 connections | Noah Brandt | soon | P1 | Open |
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// | Cap the importer at 20 connections | Noah Brandt | 2026-06-12 | P1 | Open |
    /// ```
    id: "PM503",
    name: "action-due-date",
    severity: Severity::Warning,
    summary: "An action item has no real due date, or one before the incident.",
    check: check,
}

fn check(context: &Context) -> Vec<Finding> {
    let incident = context.timeline.timeline.incident_date;
    context
        .actions
        .iter()
        .filter(|item| !item.action.is_empty() && !item.action.starts_with('['))
        .filter_map(|item| {
            let span = item.due_span.clone().unwrap_or(item.action_span.clone());
            let problem = match (&item.due, item.due_date) {
                (None, _) => "has no due date".to_string(),
                (Some(due), None) if due.contains("YYYY") => return None,
                (Some(due), None) => format!("has a due date that is not a date (`{due}`)"),
                (Some(_), Some(date)) if incident.is_some_and(|i| date < i) => {
                    format!("is due on {date}, before the incident ({})", incident.unwrap_or(date))
                }
                _ => return None,
            };
            Some(RULE.finding(
                span,
                format!(
                    "action \"{}\" {problem}: an item without a real date drifts; give it the date by \
                     which it will be done (YYYY-MM-DD)",
                    item.action
                ),
            ))
        })
        .collect()
}
