use super::{Context, Finding};
use crate::actions::vague::vague_action;
use crate::report::Severity;

declare_rule! {
    /// ## What it does
    /// Reports action items that cannot be done or checked as written: a vague verb
    /// ("improve", "investigate", "look into", "monitor", "review", "harden") with no measure of
    /// done, a generic object ("fix the bug", "update docs"), a wish ("make it more
    /// resilient"), or a topic of two words ("Better testing").
    ///
    /// ## Why is this bad?
    /// Vague actions are closed without changing anything, and the incident recurs. An action
    /// names the change and the way to tell it is done.
    ///
    /// ## Example
    /// ```markdown
    /// | Improve monitoring | Priya Raman | 2026-05-01 | P1 | Open |
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// | Alert when connection pool use exceeds 80% for 5 minutes | Priya Raman | 2026-05-01 | P1 | Open |
    /// ```
    id: "PM501",
    name: "vague-action",
    severity: Severity::Warning,
    summary: "An action item says what to look at, not what will change.",
    check: check,
}

fn check(context: &Context) -> Vec<Finding> {
    context
        .actions
        .iter()
        .filter_map(|item| {
            let hint = vague_action(&item.action)?;
            Some(RULE.finding(
                item.action_span.clone(),
                format!(
                    "action \"{}\" is too vague to be done or checked: {hint}",
                    item.action
                ),
            ))
        })
        .collect()
}
