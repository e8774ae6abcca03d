use super::{Context, Finding};
use crate::report::Severity;

declare_rule! {
    /// ## What it does
    /// Reports a timeline row whose time is earlier than the row above it (by less than twelve
    /// hours; a bigger step back is read as the next day, after midnight).
    ///
    /// ## Why is this bad?
    /// Readers follow a timeline top to bottom; a row out of order tells a different story from
    /// the one that happened, and often hides a typo in the time.
    ///
    /// ## Example
    /// ```markdown
    /// | Time | Event |
    /// |---|---|
    /// | 10:00 | Impact begins |
    /// | 10:20 | Resolved |
    /// | 10:05 | Alert fires |
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// | 10:00 | Impact begins |
    /// | 10:05 | Alert fires |
    /// | 10:20 | Resolved |
    /// ```
    id: "PM303",
    name: "timeline-out-of-order",
    severity: Severity::Warning,
    summary: "A timeline row is earlier than the row above it.",
    check: check,
}

fn check(context: &Context) -> Vec<Finding> {
    context
        .timeline
        .timeline
        .out_of_order
        .iter()
        .map(|step| {
            RULE.finding(
                step.later_line.clone(),
                format!(
                    "this entry is earlier than the one above it (line {}): the timeline reads \
                     out of order; move the row or correct its time",
                    context.lines.line(step.earlier_line.start)
                ),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::{Config, check};

    #[test]
    fn a_row_out_of_order_is_reported_at_that_row() {
        let text = "## Timeline\n- 10:00 impact begins\n- 10:20 resolved\n- 10:05 alert\n";
        let found: Vec<_> = check(text, &Config::default())
            .diagnostics
            .into_iter()
            .filter(|d| d.rule == "PM303")
            .collect();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].line, 4);
    }
}
