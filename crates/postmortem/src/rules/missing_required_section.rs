use super::{Context, Finding};
use crate::checklist::SectionState;
use crate::profile::Requirement;
use crate::report::Severity;

declare_rule! {
    /// ## What it does
    /// Reports a section that the profile marks as required and that the document does not have.
    ///
    /// ## Why is this bad?
    /// A postmortem without, say, a timeline or action items cannot be reviewed: readers cannot
    /// check the durations, and nothing guarantees the incident will not happen again. Teams pick
    /// a template so that every review answers the same questions.
    ///
    /// ## Example
    /// ```markdown
    /// ## Executive Summary
    /// Checkout failed for 12 minutes after a certificate expired.
    /// ```
    /// (and no `## Timeline` heading anywhere)
    ///
    /// ## Use instead
    /// ```markdown
    /// ## Timeline
    /// | Time (UTC) | Event |
    /// |---|---|
    /// | 09:02 | Certificate on the payments gateway expires |
    /// ```
    /// Headings match whatever their numbering, emoji or case, and common aliases count
    /// (`Incident Summary` for `Executive Summary`).
    id: "PM101",
    name: "missing-required-section",
    severity: Severity::Error,
    summary: "A section the profile requires has no heading in the document.",
    check: check,
}

fn check(context: &Context) -> Vec<Finding> {
    context
        .completion
        .sections
        .iter()
        .filter(|s| s.requirement == Requirement::Required && s.status == SectionState::Missing)
        .map(|section| {
            let at = section.insert_at.unwrap_or(0);
            let level = context
                .profile
                .profile
                .sections
                .iter()
                .find(|spec| spec.id == section.id)
                .and_then(|spec| spec.level)
                .unwrap_or(2);
            RULE.finding(
                at..at,
                format!(
                    "required section \"{}\" is missing: every {} postmortem answers it, and \
                     reviewers look for it; add a `{} {}` heading here and fill it in",
                    section.title,
                    context.profile.profile.name,
                    "#".repeat(level.into()),
                    section.title
                ),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::{Config, check};

    #[test]
    fn a_missing_required_section_is_reported_once_and_a_present_one_is_not() {
        let config = Config {
            profile: Some("sre-slo".into()),
            ..Config::default()
        };
        let report = check("## Root Cause\nA pool ran dry.\n", &config);
        let missing: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.rule == "PM101")
            .map(|d| d.message.clone())
            .collect();
        assert!(missing.iter().any(|m| m.contains("\"Timeline\"")));
        assert!(!missing.iter().any(|m| m.contains("\"Root Cause\"")));
        assert!(
            !missing.iter().any(|m| m.contains("\"Appendix\"")),
            "recommended only"
        );
    }

    #[test]
    fn it_can_be_switched_off() {
        let config = Config {
            disabled_rules: vec!["missing-required-section".into()],
            ..Config::default()
        };
        assert!(
            check("", &config)
                .diagnostics
                .iter()
                .all(|d| d.rule != "PM101")
        );
    }
}
