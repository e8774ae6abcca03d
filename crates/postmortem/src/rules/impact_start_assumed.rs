use super::{Context, Finding};
use crate::report::Severity;
use crate::timeline::MilestoneKind;
use crate::timeline::milestones::MilestoneSource;

declare_rule! {
    /// ## What it does
    /// Says when no timeline entry or field states when the impact began, so the durations
    /// count from the earliest timeline entry. The milestone is marked `earliest-entry` in the
    /// report.
    ///
    /// ## Why is this bad?
    /// Time to detect, time to resolve and the duration all start from the impact start. If the
    /// earliest entry is the alert, or a deploy long before users noticed, every figure is off
    /// by that much, and nobody can tell from the document.
    ///
    /// ## Example
    /// ```markdown
    /// | Time | Event |
    /// |---|---|
    /// | 11:11 | First alert: 5xx rate above 5% |
    /// | 11:47 | Incident resolved |
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// | 11:05 | Impact begins: config change ships a wrong health-check path |
    /// | 11:11 | First alert: 5xx rate above 5% |
    /// | 11:47 | Incident resolved |
    /// ```
    /// or state it in a field: `**Impact start:** 11:05 UTC`.
    id: "PM307",
    name: "impact-start-assumed",
    severity: Severity::Info,
    summary: "No entry says when impact began; durations count from the earliest entry.",
    check: check,
}

fn check(context: &Context) -> Vec<Finding> {
    let Some(start) = context.timeline.milestones.get(MilestoneKind::Start) else {
        return Vec::new();
    };
    if start.source != MilestoneSource::EarliestEntry {
        return Vec::new();
    }
    vec![RULE.finding(
        start.span.clone(),
        format!(
            "no entry says when the impact began, so durations count from this earliest entry \
             (line {}): if impact began earlier or later, every figure is off; mark the row with \
             \"Impact begins\" or add an `Impact start:` field",
            context.lines.line(start.span.start)
        ),
    )]
}

#[cfg(test)]
mod tests {
    use crate::{Config, check};

    #[test]
    fn an_unmarked_start_is_reported_once_and_the_duration_still_computed() {
        let text = "## Timeline\n- 11:11 First alert: 5xx above 5%\n- 11:47 Incident resolved\n";
        let report = check(text, &Config::default());
        let found: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.rule == "PM307")
            .collect();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].line, 2);
        assert_eq!(report.durations.unwrap().duration_minutes, Some(36.0));
    }
}
