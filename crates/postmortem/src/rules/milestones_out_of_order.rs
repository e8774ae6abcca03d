use super::{Context, Finding};
use crate::report::Severity;

declare_rule! {
    /// ## What it does
    /// Reports milestones that run backwards: detection before the impact started, resolution
    /// before mitigation, and so on. The figure between them is then left empty rather than
    /// shown as a negative number.
    ///
    /// ## Why is this bad?
    /// A negative time to detect or resolve is impossible; it means a milestone is misdated or
    /// mislabelled (often a wrong AM/PM, time zone or day), and every figure computed from it
    /// is wrong too.
    ///
    /// ## Example
    /// ```markdown
    /// **Key Milestones:**
    /// - **Detection:** 09:40
    ///
    /// | Time | Event |
    /// |---|---|
    /// | 09:45 | Impact begins |
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// - **Detection:** 09:50
    /// ```
    id: "PM302",
    name: "milestones-out-of-order",
    severity: Severity::Warning,
    summary: "Two milestones run backwards in time (e.g. detection before impact start).",
    check: check,
}

fn check(context: &Context) -> Vec<Finding> {
    let milestones = &context.timeline.milestones;
    context
        .timeline
        .backwards
        .iter()
        .filter_map(|pair| {
            let earlier = milestones.get(pair.earlier)?;
            let later = milestones.get(pair.later)?;
            Some(RULE.finding(
                later.span.clone(),
                format!(
                    "the {} (line {}) comes before the {} (line {}): durations between them would \
                     be negative, so a time, date or zone is wrong; check both entries",
                    pair.later.label(),
                    context.lines.line(later.span.start),
                    pair.earlier.label(),
                    context.lines.line(earlier.span.start)
                ),
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::{Config, check};

    #[test]
    fn detection_before_the_start_is_reported_and_the_figure_is_null() {
        let text =
            "- **Detection:** 09:40\n\n## Timeline\n- 09:45 impact begins\n- 10:10 resolved\n";
        let report = check(text, &Config::default());
        let found: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.rule == "PM302")
            .collect();
        assert_eq!(found.len(), 1, "{:?}", report.diagnostics);
        assert_eq!(found[0].line, 1);
        let durations = report.durations.unwrap();
        assert_eq!(durations.ttd_minutes, None);
        assert!(
            durations
                .reasons
                .get("ttd_minutes")
                .unwrap()
                .contains("comes before")
        );
    }
}
