//! The rule engine: every rule is one file in this folder, registered in [`RULES`].
//!
//! A rule reads the [`Context`] (text, document model, profile, checklist, placeholders) and
//! returns [`Finding`]s: data only. The report turns them into diagnostics with lines and
//! columns. Each rule file's doc comment is its documentation page (`docs/rules/`, and
//! `postmortem explain`), in a fixed shape: What it does / Why is this bad? / Example / Use instead.

/// Declares a rule's `RULE` static; its doc comment becomes the rule's documentation page.
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        id: $id:literal,
        name: $name:literal,
        severity: $severity:expr,
        summary: $summary:literal,
        check: $check:path $(,)?
    ) => {
        $(#[doc = $doc])*
        #[cfg(feature = "docs")]
        pub static RULE: $crate::rules::Rule = $crate::rules::Rule {
            id: $id,
            name: $name,
            severity: $severity,
            summary: $summary,
            documentation: concat!($($doc, "\n"),*),
            check: $check,
        };
        /// Without the `docs` feature (the page's build) the documentation is left out; the
        /// page reads the generated `docs/rules/` pages instead.
        #[cfg(not(feature = "docs"))]
        pub static RULE: $crate::rules::Rule = $crate::rules::Rule {
            id: $id,
            name: $name,
            severity: $severity,
            summary: $summary,
            documentation: "",
            check: $check,
        };
    };
}

mod action_due_date;
mod action_overdue;
mod action_owner;
mod action_priority_status;
mod blame_language;
mod budget_burn_without_top_priority_action;
mod empty_section;
mod error_budget_mismatch;
mod example_left;
mod final_while_incomplete;
mod impact_after_resolution;
mod impact_start_assumed;
mod incident_id_format;
mod late_postmortem;
mod milestones_out_of_order;
mod missing_required_section;
mod placeholder_left;
mod severity_contradicts_definitions;
mod severity_differs_from_signals;
mod stated_figure_mismatch;
mod timeline_out_of_order;
mod too_little_content;
mod unknown_profile;
mod vague_action;

use std::ops::Range;

use crate::actions::ActionItem;
use crate::checklist::Completion;
use crate::config::Config;
use crate::document::Document;
use crate::line_index::LineIndex;
use crate::placeholders::Placeholder;
use crate::profile::ProfileChoice;
use crate::report::Severity;
use crate::severity::SeverityReport;
use crate::timeline::TimelineAnalysis;
use crate::wording::StemWords;

/// A rule's identity and its check.
#[derive(Debug)]
pub struct Rule {
    /// Stable id, `PM101`. Never reused.
    pub id: &'static str,
    /// Kebab-case name, `missing-required-section`.
    pub name: &'static str,
    /// Severity of every finding the rule makes.
    pub severity: Severity,
    /// One line for `postmortem rules`.
    pub summary: &'static str,
    /// The rule's documentation: its doc comment, as the compiler saw it (one leading space
    /// per line); [`Rule::page`] gives the clean Markdown.
    pub documentation: &'static str,
    /// The check itself.
    pub check: fn(&Context) -> Vec<Finding>,
}

/// What a rule may read.
pub struct Context<'a> {
    pub text: &'a str,
    pub document: &'a Document<'a>,
    pub profile: &'a ProfileChoice<'a>,
    pub completion: &'a Completion,
    pub placeholders: &'a [Placeholder],
    pub timeline: &'a TimelineAnalysis,
    pub severity: &'a SeverityReport,
    pub actions: &'a [ActionItem],
    pub lines: &'a LineIndex<'a>,
    /// Where the text's words start with a signal or blame stem.
    pub stem_words: &'a StemWords,
    pub config: &'a Config,
}

/// One problem found by a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: &'static Rule,
    /// Bytes the finding points at.
    pub span: Range<usize>,
    pub message: String,
}

/// Every rule, in id order.
pub static RULES: &[&Rule] = &[
    &unknown_profile::RULE,
    &missing_required_section::RULE,
    &empty_section::RULE,
    &too_little_content::RULE,
    &placeholder_left::RULE,
    &example_left::RULE,
    &stated_figure_mismatch::RULE,
    &milestones_out_of_order::RULE,
    &timeline_out_of_order::RULE,
    &impact_after_resolution::RULE,
    &error_budget_mismatch::RULE,
    &budget_burn_without_top_priority_action::RULE,
    &impact_start_assumed::RULE,
    &severity_differs_from_signals::RULE,
    &severity_contradicts_definitions::RULE,
    &vague_action::RULE,
    &action_owner::RULE,
    &action_due_date::RULE,
    &action_overdue::RULE,
    &action_priority_status::RULE,
    &blame_language::RULE,
    &late_postmortem::RULE,
    &incident_id_format::RULE,
    &final_while_incomplete::RULE,
];

impl PartialEq for Rule {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl Eq for Rule {}

impl Rule {
    /// The rule's documentation page in Markdown, with a title line.
    pub fn page(&self) -> String {
        let body: Vec<&str> = self
            .documentation
            .lines()
            .map(|line| line.strip_prefix(' ').unwrap_or(line))
            .collect();
        format!(
            "# {} `{}`\n\nSeverity: {}. {}\n\n{}\n",
            self.id,
            self.name,
            self.severity.as_str(),
            self.summary,
            body.join("\n").trim()
        )
    }

    /// A finding of this rule.
    pub fn finding(&'static self, span: Range<usize>, message: String) -> Finding {
        Finding {
            rule: self,
            span,
            message,
        }
    }
}

/// A rule by id (`PM101`) or name (`missing-required-section`), ignoring case.
pub fn find(id_or_name: &str) -> Option<&'static Rule> {
    let wanted = id_or_name.trim();
    RULES
        .iter()
        .copied()
        .find(|r| r.id.eq_ignore_ascii_case(wanted) || r.name.eq_ignore_ascii_case(wanted))
}

/// Runs every rule that the configuration leaves on; findings come back in text order.
pub fn run(context: &Context) -> Vec<Finding> {
    let disabled = |rule: &Rule| {
        context
            .config
            .disabled_rules
            .iter()
            .any(|off| off.eq_ignore_ascii_case(rule.id) || off.eq_ignore_ascii_case(rule.name))
    };
    let mut findings: Vec<Finding> = RULES
        .iter()
        .filter(|rule| !disabled(rule))
        .flat_map(|rule| (rule.check)(context))
        .collect();
    crate::order::sort_by_key(&mut findings, |f| (f.span.start, f.rule.id));
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_names_are_unique_and_well_formed() {
        for (i, rule) in RULES.iter().enumerate() {
            assert!(
                rule.id.len() == 5 && rule.id.starts_with("PM"),
                "{}",
                rule.id
            );
            assert!(
                rule.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-'),
                "{}",
                rule.name
            );
            for other in &RULES[i + 1..] {
                assert_ne!(rule.id, other.id);
                assert_ne!(rule.name, other.name);
            }
        }
    }

    #[test]
    #[cfg(feature = "docs")]
    fn every_rule_is_documented_in_the_fixed_shape() {
        for rule in RULES {
            for heading in [
                "## What it does",
                "## Why is this bad?",
                "## Example",
                "## Use instead",
            ] {
                assert!(
                    rule.documentation.contains(heading),
                    "{} lacks {heading}",
                    rule.name
                );
            }
        }
    }

    #[test]
    fn rules_are_found_by_id_or_name() {
        assert_eq!(
            find("pm101").map(|r| r.name),
            Some("missing-required-section")
        );
        assert_eq!(find("empty-section").map(|r| r.id), Some("PM102"));
        assert!(find("PM999").is_none());
    }
}
