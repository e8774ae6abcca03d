use super::{Context, Finding};
use crate::placeholders::repair_emoji;
use crate::report::Severity;

declare_rule! {
    /// ## What it does
    /// Reports an incident that spent more than 20% of a four-week error budget when the action
    /// items hold no top-priority item (P0, 🔴, High, Critical, or an "Immediate" table).
    ///
    /// ## Why is this bad?
    /// One incident that burns a fifth of the month's budget will burn the rest if it recurs.
    /// Google's SRE error-budget policy asks for at least one top-priority action in that case.
    ///
    /// ## Example
    /// ```markdown
    /// - SLO Impact: 99.9% availability SLO violated; 38 minutes of downtime
    ///
    /// ## Action Items
    /// | Action | Owner | Due Date | Priority | Status |
    /// |---|---|---|---|---|
    /// | Rate-limit the cache flush job | Priya Raman | 2026-04-24 | P2 | Open |
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// | Rate-limit the cache flush job | Priya Raman | 2026-04-24 | P0 | Open |
    /// ```
    id: "PM306",
    name: "budget-burn-without-top-priority-action",
    severity: Severity::Warning,
    summary: "Over 20% of a 4-week error budget spent with no top-priority action item.",
    check: check,
}

/// Share of a 28-day budget above which a top-priority action is needed.
const THRESHOLD_PERCENT: f64 = 20.0;

fn check(context: &Context) -> Vec<Finding> {
    let Some(budget) = &context.timeline.error_budget else {
        return Vec::new();
    };
    let Some(downtime) = budget.downtime_minutes else {
        return Vec::new();
    };
    let four_weeks = (1.0 - budget.slo_percent / 100.0) * 28.0 * 1440.0;
    let share = downtime / four_weeks * 100.0;
    if share <= THRESHOLD_PERCENT || has_top_priority_action(context) {
        return Vec::new();
    }
    vec![RULE.finding(
        budget.slo_span.clone(),
        format!(
            "this incident spent {}% of a four-week error budget and no action item is top \
             priority: a recurrence would exhaust the budget; make at least one action P0 (or \
             your template's highest priority)",
            crate::numbers::fixed(share, 0)
        ),
    )]
}

fn has_top_priority_action(context: &Context) -> bool {
    let action_bodies = crate::regions::Regions::new(
        context
            .document
            .headings
            .iter()
            .filter(|h| crate::search::contains(context.document.key_of(h), "action"))
            .map(|h| h.span.start..h.body.end),
    );
    let in_actions = |offset: usize| action_bodies.contains(offset);
    let top = |cell: &str| {
        let cell = repair_emoji(cell);
        cell.split_whitespace().any(|word| {
            let word = word.trim_matches(|c: char| matches!(c, '*' | '(' | ')' | ','));
            ["p0", "🔴", "high", "critical", "urgent", "highest"]
                .iter()
                .any(|top| word.eq_ignore_ascii_case(top))
        })
    };
    let in_table = context
        .document
        .tables
        .iter()
        .filter(|t| in_actions(t.span.start))
        .any(|t| t.body_cells().iter().any(|c| top(&c.text)));
    let in_heading = context
        .document
        .headings
        .iter()
        .filter(|h| in_actions(h.span.start))
        .any(|h| {
            let key = context.document.key_of(h);
            crate::search::contains(key, "p0")
                || key.starts_with("immediate")
                || crate::search::contains(key, "high priority")
        });
    in_table || in_heading
}

#[cfg(test)]
mod tests {
    use crate::{Config, check};

    const DOC: &str = "- SLO Impact: 99.9% availability SLO violated\n\n## Timeline\n- 09:41 impact begins\n- 09:43 alert\n- 10:19 incident resolved\n\n\
                       ## Action Items\n| Action | Owner | Priority |\n|---|---|---|\n| Rate-limit the flush job | Priya Raman | PRIORITY |\n";

    fn fired(priority: &str) -> bool {
        check(&DOC.replace("PRIORITY", priority), &Config::default())
            .diagnostics
            .iter()
            .any(|d| d.rule == "PM306")
    }

    #[test]
    fn a_big_burn_needs_a_top_priority_action() {
        assert!(fired("P2"));
        assert!(!fired("P0"));
        assert!(!fired("‚úÖ High"));
    }
}
