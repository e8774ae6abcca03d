use super::{Context, Finding};
use crate::checklist::SectionState;
use crate::profile::Minimum;
use crate::report::Severity;

declare_rule! {
    /// ## What it does
    /// Reports a section that is written but holds less than the profile's minimum content: a
    /// timeline with fewer than three timed entries, or a 5 whys analysis with fewer than five
    /// answered whys.
    ///
    /// ## Why is this bad?
    /// Durations come from the timeline: with fewer than three times (impact start, detection,
    /// resolution) they cannot be computed or checked. A 5 whys that stops early names a symptom
    /// and misses the systemic cause.
    ///
    /// ## Example
    /// ```markdown
    /// ## Timeline
    /// | Time | Event |
    /// |---|---|
    /// | 09:41 | Searches time out |
    /// | 10:19 | Resolved |
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// ## Timeline
    /// | Time | Event |
    /// |---|---|
    /// | 09:41 | Searches time out |
    /// | 09:43 | SearchLatencyHigh alert fires |
    /// | 10:19 | Resolved |
    /// ```
    id: "PM103",
    name: "too-little-content",
    severity: Severity::Warning,
    summary: "A timeline or 5 whys section holds less than its minimum content.",
    check: check,
}

fn check(context: &Context) -> Vec<Finding> {
    context
        .completion
        .sections
        .iter()
        .filter(|s| s.status == SectionState::Incomplete)
        .filter_map(|section| {
            let progress = section.minimum?;
            let what = match progress.rule {
                Minimum::TimedEntries(n) => format!(
                    "has {} timed entries and needs at least {n}: durations are computed from \
                     them; add the times of impact start, detection and resolution",
                    progress.found
                ),
                Minimum::AnsweredWhys(n) => format!(
                    "has {} answered whys and needs {n}: stopping early names a symptom, not the \
                     systemic cause; keep asking why until the answer is about process or design",
                    progress.found
                ),
            };
            Some(RULE.finding(
                section.span.clone()?,
                format!("section \"{}\" {what}", section.title),
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::{Config, check};

    #[test]
    fn a_short_timeline_is_reported_with_its_count() {
        let report = check(
            "## Timeline\n- 09:41 impact\n- 10:19 resolved\n",
            &Config::default(),
        );
        let found: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.rule == "PM103")
            .collect();
        assert_eq!(found.len(), 1);
        assert!(
            found[0]
                .message
                .contains("has 2 timed entries and needs at least 3")
        );
    }
}
