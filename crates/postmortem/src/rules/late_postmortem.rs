use super::{Context, Finding};
use crate::report::Severity;
use crate::timeline::clock::find_date;

declare_rule! {
    /// ## What it does
    /// Where the template expects the postmortem within 48 hours (`trading-risk`,
    /// `comprehensive`), reports a postmortem date more than two days after the incident date.
    ///
    /// ## Why is this bad?
    /// Memories fade and chat logs scroll away; a review written a week later reconstructs
    /// instead of recalling, and the timeline suffers first.
    ///
    /// ## Example
    /// ```markdown
    /// **Date of Incident**: 2026-03-18
    /// **Post-Mortem Date**: 2026-03-27
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// **Post-Mortem Date**: 2026-03-19
    /// ```
    id: "PM602",
    name: "late-postmortem",
    severity: Severity::Warning,
    summary: "The postmortem is dated more than 48 hours after the incident.",
    check: check,
}

fn check(context: &Context) -> Vec<Finding> {
    let Some(hours) = context.profile.profile.postmortem_within_hours else {
        return Vec::new();
    };
    let Some(field) =
        context
            .document
            .field(&["Post-Mortem Date", "Postmortem Date", "Post Mortem Date"])
    else {
        return Vec::new();
    };
    let (Some(written), Some(incident)) = (
        find_date(field.value),
        context.timeline.timeline.incident_date,
    ) else {
        return Vec::new();
    };
    let days = (written - incident).num_days();
    if days * 24 <= i64::from(hours) {
        return Vec::new();
    }
    vec![RULE.finding(
        field.value_span.clone(),
        format!(
            "the postmortem is dated {written}, {days} days after the incident ({incident}): this \
             template expects it within {hours} hours, while memories and logs are fresh; hold \
             the review sooner next time, and say why it was late"
        ),
    )]
}
