use super::class_list;
use std::ops::Range;

use postmortem::{Diagnostic, Severity};
use yew::prelude::*;

use crate::state::ProblemsFilter;

#[derive(Properties, PartialEq)]
pub struct ProblemsPanelProps {
    pub diagnostics: Vec<Diagnostic>,
    pub filter: ProblemsFilter,
    pub on_filter: Callback<ProblemsFilter>,
    /// Selects the finding's span in the editor.
    pub on_select: Callback<Range<usize>>,
    /// Opens a rule's documentation.
    pub on_rule: Callback<String>,
}

/// Every finding grouped by severity, with its rule, message and line; a finding selects its
/// text in the editor, and the rule name opens the rule's page.
#[function_component(ProblemsPanel)]
pub fn problems_panel(props: &ProblemsPanelProps) -> Html {
    let groups = [
        (Severity::Error, "Errors", "✖"),
        (Severity::Warning, "Warnings", "▲"),
        (Severity::Info, "Notes", "i"),
    ];
    let shown = |s: Severity| props.filter == ProblemsFilter::All || s != Severity::Info;
    let toggle = {
        let on_filter = props.on_filter.clone();
        let next = match props.filter {
            ProblemsFilter::All => ProblemsFilter::ErrorsAndWarnings,
            ProblemsFilter::ErrorsAndWarnings => ProblemsFilter::All,
        };
        Callback::from(move |_| on_filter.emit(next))
    };
    html! {
        <div class="problems">
            <label class="filter">
                <input type="checkbox" checked={props.filter == ProblemsFilter::ErrorsAndWarnings} onchange={toggle} />
                { " Hide notes" }
            </label>
            if props.diagnostics.is_empty() {
                <p class="empty-state">{ "No problems found." }</p>
            }
            { for groups.iter().filter(|(s, _, _)| shown(*s)).map(|(severity, label, symbol)| {
                let items: Vec<&Diagnostic> = props.diagnostics.iter().filter(|d| d.severity == *severity).collect();
                if items.is_empty() { return html! {}; }
                html! {
                    <div class={class_list(&[Some("problem-group"), Some(severity.as_str())])}>
                        <h3>{ format!("{label} ({})", items.len()) }</h3>
                        <ul>
                            { for items.into_iter().map(|d| {
                                let on_select = props.on_select.clone();
                                let span = d.span.clone();
                                let on_rule = props.on_rule.clone();
                                let rule = d.rule.to_string();
                                html! {
                                    <li class={class_list(&[Some("problem"), Some(d.severity.as_str())])} data-rule={d.name}>
                                        <button type="button" class="problem-message" onclick={Callback::from(move |_| on_select.emit(span.clone()))}>
                                            <span class="problem-symbol" aria-hidden="true">{ *symbol }</span>
                                            <span class="problem-line">{ format!("Line {}", d.line) }</span>
                                            <span class="problem-text">{ d.message.clone() }</span>
                                        </button>
                                        <button type="button" class="rule-link" onclick={Callback::from(move |_| on_rule.emit(rule.clone()))}
                                            title="What this rule checks and how to fix it">{ format!("{} {}", d.rule, d.name) }</button>
                                    </li>
                                }
                            }) }
                        </ul>
                    </div>
                }
            }) }
        </div>
    }
}
