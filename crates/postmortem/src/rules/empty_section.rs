use super::{Context, Finding};
use crate::checklist::SectionState;
use crate::report::Severity;

declare_rule! {
    /// ## What it does
    /// Reports a section of the profile whose heading is there with nothing written under it.
    ///
    /// ## Why is this bad?
    /// An empty heading looks like progress in a skim but answers nothing; reviewers find the
    /// gap late, when the people who remember the incident have moved on.
    ///
    /// ## Example
    /// ```markdown
    /// ## Lessons Learned
    ///
    /// ## Action Items
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// ## Lessons Learned
    /// Certificates renewed by hand expire silently; every certificate now has an owner.
    /// ```
    id: "PM102",
    name: "empty-section",
    severity: Severity::Warning,
    summary: "A section heading has nothing written under it.",
    check: check,
}

fn check(context: &Context) -> Vec<Finding> {
    context
        .completion
        .sections
        .iter()
        .filter(|s| s.status == SectionState::Empty)
        .filter_map(|section| {
            Some(RULE.finding(
                section.span.clone()?,
                format!(
                    "section \"{}\" has a heading but nothing under it: an empty section hides a \
                     gap from reviewers; write it, or remove the heading if it does not apply",
                    section.title
                ),
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::{Config, check};

    #[test]
    fn an_empty_section_is_reported_at_its_heading() {
        let report = check(
            "# Title\n\n## Timeline\n\n## Root Cause\nA pool.\n",
            &Config::default(),
        );
        let empty: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.rule == "PM102")
            .collect();
        assert_eq!(empty.len(), 1);
        assert_eq!((empty[0].line, empty[0].column), (3, 1));
        assert!(empty[0].message.contains("\"Timeline\""));
    }
}
