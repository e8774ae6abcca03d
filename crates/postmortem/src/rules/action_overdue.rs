use super::{Context, Finding};
use crate::report::Severity;

declare_rule! {
    /// ## What it does
    /// Reports an open or in-progress action item whose due date has passed. Today's date is an
    /// input of the check (`postmortem check --today`, the page's clock), so results are
    /// reproducible.
    ///
    /// ## Why is this bad?
    /// An overdue action means the risk the incident exposed is still there. Either the work
    /// needs help, or the plan needs a new date that people agree to.
    ///
    /// ## Example
    /// ```markdown
    /// | Separate connection pools | J. Smith | 2025-10-15 | ⏳ | 🔴 |
    /// ```
    /// checked on 2025-11-01.
    ///
    /// ## Use instead
    /// Mark it done if it is, or agree a new date and write it down.
    id: "PM504",
    name: "action-overdue",
    severity: Severity::Warning,
    summary: "An open action item is past its due date.",
    check: check,
}

fn check(context: &Context) -> Vec<Finding> {
    let today = context.config.today;
    context
        .actions
        .iter()
        .filter(|item| item.is_overdue(today))
        .map(|item| {
            RULE.finding(
                item.due_span.clone().unwrap_or(item.action_span.clone()),
                format!(
                    "action \"{}\" was due on {} and is not done: the risk it addresses is still open; \
                     finish it, or agree and write down a new date",
                    item.action,
                    item.due_date.map_or(String::new(), |d| d.to_string())
                ),
            )
        })
        .collect()
}
