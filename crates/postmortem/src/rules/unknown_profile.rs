use super::{Context, Finding};
use crate::report::Severity;

declare_rule! {
    /// ## What it does
    /// Reports a profile named in the document (YAML front matter `profile: ...` or a comment
    /// `<!-- postmortem-profile: ... -->`) that is neither built in nor loaded from the team's
    /// profile files. The document is then checked against the profile its headings match best.
    ///
    /// ## Why is this bad?
    /// The author meant a particular template; checking against another one reports sections
    /// they never intended to write, or misses the ones they did.
    ///
    /// ## Example
    /// ```markdown
    /// ---
    /// profile: sre
    /// ---
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// ---
    /// profile: sre-slo
    /// ---
    /// ```
    /// Built-in profiles: `trading-risk`, `comprehensive`, `sre-slo`, `compact`, `response-analysis`.
    id: "PM001",
    name: "unknown-profile",
    severity: Severity::Warning,
    summary: "The document names a profile that does not exist.",
    check: check,
}

fn check(context: &Context) -> Vec<Finding> {
    let Some((named, span)) = &context.profile.unknown else {
        return Vec::new();
    };
    vec![RULE.finding(
        span.clone(),
        format!(
            "profile \"{named}\" does not exist, so this document was checked as \"{}\": the \
             sections it expects may not be the ones you meant; use one of the known profile ids",
            context.profile.profile.id
        ),
    )]
}

#[cfg(test)]
mod tests {
    use crate::{Config, check};

    #[test]
    fn a_misspelt_profile_is_reported_at_the_front_matter() {
        let report = check("---\nprofile: sre\n---\n## Impact\n", &Config::default());
        let found: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.rule == "PM001")
            .collect();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].line, 1);
        assert!(found[0].message.contains("\"sre\""));
    }
}
