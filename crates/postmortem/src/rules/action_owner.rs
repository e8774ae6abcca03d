use super::{Context, Finding};
use crate::actions::owner::owner_problem;
use crate::report::Severity;

declare_rule! {
    /// ## What it does
    /// Reports an action item without exactly one person as owner: empty, `TBD`, a team ("DB
    /// Team", "@db-team", "SRE"), or several people ("Alice, Bob").
    ///
    /// ## Why is this bad?
    /// An item owned by a team is owned by nobody: everyone assumes someone else has it. One
    /// named person can be asked about it at the follow-up review.
    ///
    /// ## Example
    /// ```markdown
    /// | AI-003 | Add connection pool monitoring | Platform Team | P1 | 2026-05-20 | Open |
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// | AI-003 | Add connection pool monitoring | Aiko Tanaka | P1 | 2026-05-20 | Open |
    /// ```
    id: "PM502",
    name: "action-owner",
    severity: Severity::Warning,
    summary: "An action item's owner is not exactly one person.",
    check: check,
}

fn check(context: &Context) -> Vec<Finding> {
    context
        .actions
        .iter()
        .filter(|item| !item.action.is_empty() && !item.action.starts_with('['))
        .filter_map(|item| {
            let problem = owner_problem(item.owner.as_deref())?;
            let span = item.owner_span.clone().unwrap_or(item.action_span.clone());
            Some(RULE.finding(
                span,
                format!(
                    "action \"{}\" {problem}: an item owned by a group or nobody is owned by no one; \
                     name the one person who will see it done",
                    item.action
                ),
            ))
        })
        .collect()
}
