use super::{Context, Finding};
use crate::report::Severity;
use crate::timeline::MilestoneKind;
use crate::timeline::milestones::WordingClassifier;

declare_rule! {
    /// ## What it does
    /// Reports timeline entries after the resolution whose wording describes impact or a new
    /// alert ("errors begin again", "alert fires").
    ///
    /// ## Why is this bad?
    /// Either the incident was not resolved when the document says it was (so every duration is
    /// too short), or a second incident is hiding inside this one and deserves its own review.
    ///
    /// ## Example
    /// ```markdown
    /// | 10:20 | Incident resolved |
    /// | 10:40 | Errors begin again on the EU cluster |
    /// ```
    ///
    /// ## Use instead
    /// Move the resolution to when impact really ended, or describe the recurrence as a
    /// separate incident and link it.
    id: "PM304",
    name: "impact-after-resolution",
    severity: Severity::Info,
    summary: "A timeline entry after the resolution looks like impact or a new alert.",
    check: check,
}

fn check(context: &Context) -> Vec<Finding> {
    let Some(resolved) = context.timeline.milestones.get(MilestoneKind::Resolved) else {
        return Vec::new();
    };
    let resolved_at = resolved.instant();
    let mut wording = WordingClassifier::new();
    context
        .timeline
        .timeline
        .entries
        .iter()
        .filter(|e| e.instant() > resolved_at)
        .filter(|e| {
            matches!(
                wording.classify(&e.text),
                Some(MilestoneKind::Start | MilestoneKind::Detected)
            )
        })
        .filter(|e| !crate::search::contains_ignoring_ascii_case(&e.text, "review"))
        .map(|e| {
            RULE.finding(
                e.line.clone(),
                format!(
                    "\"{}\" comes after the resolution (line {}) but reads like impact: either the \
                     incident was not over, or this is a new incident; move the resolution or \
                     split the incident",
                    e.text.chars().take(60).collect::<String>(),
                    context.lines.line(resolved.span.start)
                ),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::{Config, check};

    #[test]
    fn an_alert_after_resolution_is_reported() {
        let text = "## Timeline\n- 10:00 impact begins\n- 10:02 alert fires\n- 10:20 incident resolved\n- 10:40 errors begin again\n";
        let found: Vec<_> = check(text, &Config::default())
            .diagnostics
            .into_iter()
            .filter(|d| d.rule == "PM304")
            .collect();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].line, 5);
    }

    /// A review after the incident that retells its impact is not new impact.
    #[test]
    fn a_review_retelling_the_impact_is_not_reported() {
        let text = "## Timeline
- 10:00 impact begins
- 10:02 alert fires
- 10:20 incident resolved
- 11:00 Review: errors begin again in the replay
";
        let reported = check(text, &Config::default())
            .diagnostics
            .iter()
            .any(|d| d.rule == "PM304");
        assert!(!reported);
        assert!(
            check(&text.replace("Review:", "Replay:"), &Config::default())
                .diagnostics
                .iter()
                .any(|d| d.rule == "PM304")
        );
    }
}
