use super::{Context, Finding};
use crate::checklist::SectionState;
use crate::placeholders::is_choice_list;
use crate::profile::Requirement;
use crate::report::Severity;

declare_rule! {
    /// ## What it does
    /// Reports a document marked Final, Approved, Closed or Complete while a required section
    /// is missing, empty, short or still template text, or while its sign-off section is not
    /// complete.
    ///
    /// ## Why is this bad?
    /// "Final" tells readers the review is done and agreed; readers stop checking. A final
    /// document with gaps or without sign-off hides unfinished work.
    ///
    /// ## Example
    /// ```markdown
    /// **Status:** Final
    ///
    /// ## Sign-Off
    /// **Incident Commander:** @[IC name] - [Date]
    /// ```
    ///
    /// ## Use instead
    /// ```markdown
    /// **Status:** Draft
    /// ```
    /// until every required section is written and the sign-off is filled in.
    id: "PM604",
    name: "final-while-incomplete",
    severity: Severity::Warning,
    summary: "The document is marked Final or Approved while sections or sign-offs are missing.",
    check: check,
}

const STATUS_FIELDS: &[&str] = &[
    "Status",
    "Document Status",
    "Post-Mortem Status",
    "Postmortem Status",
];
const FINAL_WORDS: &[&str] = &[
    "final",
    "approved",
    "closed",
    "complete",
    "completed",
    "published",
];

fn check(context: &Context) -> Vec<Finding> {
    let mut findings = Vec::new();
    for field in context
        .document
        .fields
        .iter()
        .filter(|f| STATUS_FIELDS.iter().any(|k| f.key_is(k)))
    {
        // `is_choice_list` reads damaged emoji itself; the word below keeps ASCII letters only.
        let value = &field.value;
        if is_choice_list(value) {
            continue;
        }
        let word: String = value
            .chars()
            .filter(|c| c.is_ascii_alphabetic() || *c == ' ')
            .collect::<String>()
            .trim()
            .to_ascii_lowercase();
        if !FINAL_WORDS.contains(&word.as_str()) {
            continue;
        }
        let gaps: Vec<String> = context
            .completion
            .sections
            .iter()
            .filter(|s| s.status != SectionState::Complete)
            .filter(|s| {
                s.requirement == Requirement::Required || s.id == "sign-off" || s.id == "approvals"
            })
            .map(|s| format!("{} ({})", s.title, s.status.as_str()))
            .collect();
        if gaps.is_empty() {
            continue;
        }
        findings.push(RULE.finding(
            field.value_span.clone(),
            format!(
                "the document is marked `{}` but {} not done: {}; readers stop checking a final \
                 review; finish them or mark it Draft",
                field.value,
                if gaps.len() == 1 {
                    "this section is"
                } else {
                    "these sections are"
                },
                gaps.join(", ")
            ),
        ));
        // One finding is enough when several status fields say so.
        break;
    }
    findings
}
