use super::{Context, Finding};
use crate::report::Severity;
use crate::wording::blame;

declare_rule! {
    /// ## What it does
    /// Reports language that puts the cause on a person: "human error", "operator error",
    /// "Bob's fault", "should have known", "careless", "negligence", or "<person> failed to /
    /// forgot to / ignored ...". "Failed to" about a system ("the health check failed to
    /// detect") is fine, and so are sentences that tell readers to avoid such words.
    ///
    /// ## Why is this bad?
    /// Blame ends the inquiry at a person, so the conditions that made the mistake easy stay in
    /// place; and people stop reporting what they saw. Ask how the system allowed it.
    ///
    /// ## Example
    /// ```markdown
    /// The on-call engineer failed to follow the runbook.
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// The runbook's failover step was out of date, and nothing flagged it as stale.
    /// ```
    id: "PM601",
    name: "blame-language",
    severity: Severity::Warning,
    summary: "Wording blames a person instead of asking how the system allowed it.",
    check: check,
}

fn check(context: &Context) -> Vec<Finding> {
    blame::find_in_lines(context.lines, context.stem_words, |offset| {
        context.document.in_code(offset)
    })
    .into_iter()
    .map(|b| {
        RULE.finding(
            b.span,
            format!(
                "\"{}\" puts the cause on a person: blame stops the inquiry before the system's \
                     part is found; describe what made the action possible or easy (\"the runbook \
                     allowed...\", \"nothing checked...\")",
                b.phrase
            ),
        )
    })
    .collect()
}
