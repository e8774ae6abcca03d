use super::{Context, Finding};
use crate::report::Severity;

declare_rule! {
    /// ## What it does
    /// Reads the document's own severity definitions (for example the `sre-slo` template's
    /// appendix: `**SEV-1 (Critical)**:` followed by its criteria) and reports when the most
    /// severe label whose criteria the incident meets is not the declared one.
    ///
    /// ## Why is this bad?
    /// A document that defines SEV-1 as "complete service outage", describes a complete outage,
    /// and declares SEV-2 contradicts itself; reviewers will ask which is right.
    ///
    /// ## Example
    /// ```markdown
    /// **Severity**: SEV-2
    /// - Complete outage: 47 minutes
    ///
    /// **SEV-1 (Critical)**:
    /// - Complete service outage
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// **Severity**: SEV-1
    /// ```
    id: "PM402",
    name: "severity-contradicts-definitions",
    severity: Severity::Warning,
    summary: "The declared severity contradicts the document's own severity definitions.",
    check: check,
}

fn check(context: &Context) -> Vec<Finding> {
    let s = context.severity;
    let (Some(declared), Some((defined, line)), Some(span)) =
        (&s.declared, &s.defined, &s.defined_span)
    else {
        return Vec::new();
    };
    if declared == defined {
        return Vec::new();
    }
    let declared_line = s
        .declared_span
        .as_ref()
        .map_or(0, |d| context.lines.line(d.start));
    vec![RULE.finding(
        span.clone(),
        format!(
            "this document's own definitions put the incident at {defined} (criterion at line {line}) \
             but it declares {declared} (line {declared_line}): the document contradicts itself; \
             change the declared level or the definition"
        ),
    )]
}
