use super::{Context, Finding};
use crate::report::Severity;

declare_rule! {
    /// ## What it does
    /// Compares the declared severity with the one the impact signals suggest (users affected,
    /// complete or partial outage, data loss, security breach, SLO violated, revenue lost per
    /// hour of the computed duration, a required regulatory notification), and lists every
    /// reason when they differ. The highest level any signal triggers wins. The matrix can be
    /// replaced per team (docs/severity.md).
    ///
    /// ## Why is this bad?
    /// Severity decides who is paged, who reviews, and which incidents are counted in reports.
    /// A level that does not follow from the impact the document itself describes is either a
    /// typo or an undocumented judgement.
    ///
    /// ## Example
    /// ```markdown
    /// **Severity**: SEV-3
    ///
    /// - Complete outage: 47 minutes (14:23-15:10 UTC)
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// **Severity**: SEV-1
    /// ```
    /// or keep SEV-3 and explain the judgement in a severity justification.
    id: "PM401",
    name: "severity-differs-from-signals",
    severity: Severity::Warning,
    summary: "The declared severity differs from the one the impact signals suggest.",
    check: check,
}

fn check(context: &Context) -> Vec<Finding> {
    let s = context.severity;
    let (Some(declared), Some(declared_level), Some(suggested), Some(suggested_level), Some(span)) = (
        &s.declared,
        s.declared_level,
        &s.suggested,
        s.suggested_level,
        &s.declared_span,
    ) else {
        return Vec::new();
    };
    if declared_level == suggested_level {
        return Vec::new();
    }
    let reasons: Vec<String> = s
        .reasons
        .iter()
        .filter_map(|r| {
            Some(format!(
                "{} ({}, line {})",
                r.signal.label(),
                r.level?.as_str(),
                r.line
            ))
        })
        .collect();
    let direction = if suggested_level < declared_level {
        "raise it"
    } else {
        "lower it"
    };
    vec![RULE.finding(
        span.clone(),
        format!(
            "declared {declared} ({}) but the impact suggests {suggested} ({}): {}; severity decides \
             who is paged and reviews; {direction}, or explain the judgement in the document",
            declared_level.as_str(),
            suggested_level.as_str(),
            reasons.join(", ")
        ),
    )]
}
