use super::{Context, Finding};
use crate::numbers::short;
use crate::report::Severity;

declare_rule! {
    /// ## What it does
    /// Checks stated error-budget figures against the SLO target and the computed downtime:
    /// budget minutes = (1 - SLO) x window (30 days, or 28 when `28 days`, `4 weeks` or a
    /// 28-day budget is stated); consumed = downtime / budget. Reports a stated share more than
    /// one point off, or stated minutes more than one minute off.
    ///
    /// ## Why is this bad?
    /// Error-budget figures decide whether a team freezes releases. A hand-computed share that
    /// disagrees with the document's own SLO and timeline leads to the wrong decision.
    ///
    /// ## Example
    /// ```markdown
    /// - SLO Impact: availability SLO violated (99.9% target, 28-day window)
    /// - Error Budget: 50% consumed
    /// ```
    /// with a timeline giving 38 minutes of downtime (94% of 40.32 minutes).
    ///
    /// ## Use instead
    /// ```markdown
    /// - Error Budget: 94% consumed (38 of 40.32 minutes)
    /// ```
    id: "PM305",
    name: "error-budget-mismatch",
    severity: Severity::Warning,
    summary: "A stated error-budget figure disagrees with the SLO and the computed downtime.",
    check: check,
}

fn check(context: &Context) -> Vec<Finding> {
    let Some(budget) = &context.timeline.error_budget else {
        return Vec::new();
    };
    let mut findings = Vec::new();
    let basis = format!(
        "{}% SLO over {} days gives {} min of budget",
        crate::numbers::trimmed(budget.slo_percent, 4),
        budget.window_days,
        short(budget.budget_minutes)
    );
    if let (Some((stated, span)), Some(consumed)) =
        (&budget.stated_percent, budget.consumed_percent)
        && (stated - consumed).abs() > 1.0
    {
        findings.push(RULE.finding(
            span.clone(),
            format!(
                "error budget consumed is stated as {}% but {basis} and the timeline {} min of \
                 downtime, which is {}%: release decisions rest on this figure; correct it",
                short(*stated),
                short(budget.downtime_minutes.unwrap_or_default()),
                short(consumed)
            ),
        ));
    }
    if let Some((used, total, span)) = &budget.stated_minutes {
        if (total - budget.budget_minutes).abs() > 0.1 {
            findings.push(RULE.finding(
                span.clone(),
                format!(
                    "the budget is stated as {} min but {basis}: the share consumed is computed \
                     from it; correct the budget or the SLO",
                    short(*total)
                ),
            ));
        }
        if let Some(downtime) = budget.downtime_minutes
            && (used - downtime).abs() > 1.0
        {
            findings.push(RULE.finding(
                span.clone(),
                format!(
                    "{} min of budget is stated as consumed but the timeline gives {} min of \
                     downtime: the two should match; correct the figure or the timeline",
                    short(*used),
                    short(downtime)
                ),
            ));
        }
    }
    findings
}

#[cfg(test)]
mod tests {
    use crate::{Config, check};

    #[test]
    fn a_wrong_share_is_reported_with_the_computed_one() {
        let text = "- SLO Impact: availability SLO violated (99.9% target, 28-day window)\n\
                    - Error Budget: 50% consumed\n\n## Timeline\n- 09:41 impact begins\n- 09:43 alert\n- 10:19 incident resolved\n";
        let found: Vec<_> = check(text, &Config::default())
            .diagnostics
            .into_iter()
            .filter(|d| d.rule == "PM305")
            .collect();
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0]
                .message
                .contains("stated as 50% but 99.9% SLO over 28 days gives 40.32 min"),
            "{}",
            found[0].message
        );
        assert!(found[0].message.contains("94.2%"));
    }
}
