use super::{Context, Finding};
use crate::numbers::short;
use crate::report::Severity;
use crate::timeline::MilestoneKind;
use crate::timeline::stated::Figure;

declare_rule! {
    /// ## What it does
    /// Compares every figure the document states (Duration, TTD, TTA/MTTA, TTM, TTR/MTTR,
    /// TTRES, Time to Respond, Detection Time, `duration_minutes` in the metrics JSON, `Complete
    /// outage: 47 minutes`) with the same figure computed from the document's own timeline, and
    /// reports a difference of more than one minute, quoting both.
    ///
    /// Our definitions: TTD = detection - start; TTA = acknowledgement - detection; TTM =
    /// mitigation - start (from detection in the `trading-risk` profile); TTR = resolution -
    /// start; duration = resolution (or stated end) - start.
    ///
    /// ## Why is this bad?
    /// Stated durations are typed by hand and go stale as the timeline is corrected. Readers
    /// quote the summary figure; when it disagrees with the timeline, one of them is wrong and
    /// every later report that cites it inherits the error.
    ///
    /// ## Example
    /// ```markdown
    /// **Duration**: 2 hours 15 minutes
    ///
    /// | Time (UTC) | Event |
    /// |---|---|
    /// | 14:30 | Errors begin |
    /// | 14:32 | Alert fires |
    /// | 16:30 | Incident resolved |
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// **Duration**: 2 hours
    /// ```
    /// or correct the timeline if the stated figure is the right one.
    id: "PM301",
    name: "stated-figure-mismatch",
    severity: Severity::Warning,
    summary: "A stated duration or TTx figure disagrees with the document's own timeline.",
    check: check,
}

fn check(context: &Context) -> Vec<Finding> {
    let analysis = context.timeline;
    let milestone_line = |kind: MilestoneKind| {
        let milestone = analysis.milestones.get(kind).or(match kind {
            MilestoneKind::Resolved => analysis.milestones.stated_end.as_ref(),
            _ => None,
        })?;
        Some(format!(
            "{} at line {}",
            kind.label(),
            context.lines.line(milestone.span.start)
        ))
    };
    analysis
        .durations
        .stated
        .iter()
        .filter_map(|stated| {
            let computed = stated.computed_minutes?;
            if (stated.figure.minutes - computed).abs() <= 1.0 {
                return None;
            }
            let (from, to) = anchors(stated.figure.figure, context);
            let basis: Vec<String> = [milestone_line(from), milestone_line(to)]
                .into_iter()
                .flatten()
                .collect();
            Some(RULE.finding(
                stated.figure.span.clone(),
                format!(
                    "{} is stated as {} ({} min) but the timeline gives {} min ({}): a reader \
                     cannot tell which is right; correct the figure or the timeline",
                    stated.figure.figure.label(),
                    stated.figure.text,
                    short(stated.figure.minutes),
                    short(computed),
                    basis.join(" to ")
                ),
            ))
        })
        .collect()
}

fn anchors(figure: Figure, context: &Context) -> (MilestoneKind, MilestoneKind) {
    use MilestoneKind::*;
    match figure {
        Figure::Ttd => (Start, Detected),
        Figure::Tta => (Detected, Acknowledged),
        Figure::Ttm => match context.profile.profile.ttm_from {
            crate::profile::TtmFrom::Start => (Start, Mitigated),
            crate::profile::TtmFrom::Detection => (Detected, Mitigated),
        },
        Figure::Ttr | Figure::Duration => (Start, Resolved),
    }
}

#[cfg(test)]
mod tests {
    use crate::{Config, check};

    #[test]
    fn a_wrong_duration_is_one_finding_naming_both_values_and_lines() {
        let text = "**Duration**: 2 hours 15 minutes\n\n## Timeline\n| Time (UTC) | Event |\n|---|---|\n\
                    | 14:30 | Errors begin |\n| 14:32 | Alert fires |\n| 16:30 | Incident resolved |\n";
        let report = check(text, &Config::default());
        let found: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.rule == "PM301")
            .collect();
        assert_eq!(found.len(), 1, "{:?}", report.diagnostics);
        assert_eq!(found[0].line, 1);
        let m = &found[0].message;
        assert!(
            m.contains("2 hours 15 minutes (135 min)") && m.contains("gives 120 min"),
            "{m}"
        );
        assert!(
            m.contains("impact start at line 6 to resolution at line 8"),
            "{m}"
        );
    }
}
