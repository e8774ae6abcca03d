use super::{Context, Finding};
use crate::actions::{ActionStatus, is_known_priority};
use crate::placeholders::is_choice_list;
use crate::report::Severity;

declare_rule! {
    /// ## What it does
    /// Reports an action item whose priority or status is missing, or not one a template
    /// offers: priorities P0-P4, Critical/High/Medium/Low, 🔴/🟡/🟢 (damaged forms included);
    /// statuses Open, Not Started, In Progress, Done, Complete, ⏳, ✅, ❌.
    ///
    /// ## Why is this bad?
    /// Follow-up reviews sort and count by priority and status; an item with "soonish" or no
    /// status drops out of every report.
    ///
    /// ## Example
    /// ```markdown
    /// | Add the venue-disable command to the runbook | Marcus Lee | 2026-07-16 | urgent-ish | ? |
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// | Add the venue-disable command to the runbook | Marcus Lee | 2026-07-16 | P0 | Open |
    /// ```
    id: "PM505",
    name: "action-priority-status",
    severity: Severity::Warning,
    summary: "An action item's priority or status is missing or not on the scale.",
    check: check,
}

fn check(context: &Context) -> Vec<Finding> {
    let mut findings = Vec::new();
    for item in context
        .actions
        .iter()
        .filter(|i| !i.action.is_empty() && !i.action.starts_with('['))
    {
        if item.has_priority {
            let written = item.priority.as_deref().unwrap_or("");
            if !is_choice_list(written) && !is_known_priority(written) {
                let what = if written.is_empty() {
                    "has no priority".to_string()
                } else {
                    format!("has priority `{written}`, which is not on the scale")
                };
                findings.push(RULE.finding(
                    item.priority_span.clone().unwrap_or(item.action_span.clone()),
                    format!("action \"{}\" {what}: follow-ups are sorted by it; use P0-P3, High/Medium/Low or 🔴/🟡/🟢", item.action),
                ));
            }
        }
        if item.has_status && item.status == ActionStatus::Unknown {
            let written = item.status_text.as_deref().unwrap_or("");
            if is_choice_list(written) {
                continue;
            }
            let what = if written.is_empty() {
                "has no status".to_string()
            } else {
                format!("has status `{written}`, which is not on the scale")
            };
            findings.push(RULE.finding(
                item.status_span.clone().unwrap_or(item.action_span.clone()),
                format!("action \"{}\" {what}: follow-up reviews count open and done items; use Open, In Progress or Done", item.action),
            ));
        }
    }
    findings
}
