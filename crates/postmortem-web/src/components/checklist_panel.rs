use super::class_list;
use std::ops::Range;

use postmortem::{Completion, Requirement, SectionState};
use yew::prelude::*;

/// Where to insert a missing section, and as what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionInsert {
    pub title: String,
    pub level: u8,
    pub at: usize,
}

#[derive(Properties, PartialEq)]
pub struct ChecklistPanelProps {
    pub completion: Completion,
    pub profile_name: AttrValue,
    /// Heading level of each section in the profile's template, by section id.
    pub levels: Vec<(String, u8)>,
    pub on_jump: Callback<Range<usize>>,
    pub on_insert: Callback<SectionInsert>,
}

/// Every section of the profile with its status (a word and a mark, not colour alone), a
/// progress bar, required versus recommended; a present section jumps to its heading, a
/// missing one can be inserted where the template puts it.
#[function_component(ChecklistPanel)]
pub fn checklist_panel(props: &ChecklistPanelProps) -> Html {
    let percent = props.completion.percent;
    let required_missing = props
        .completion
        .sections
        .iter()
        .filter(|s| s.requirement == Requirement::Required && s.status != SectionState::Complete)
        .count();
    html! {
        <div class="checklist">
            <p class="profile-name">{ props.profile_name.clone() }</p>
            <div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100"
                aria-valuenow={percent.to_string()} aria-label="Completion">
                <div class="progress-fill" style={format!("width: {percent}%")}></div>
            </div>
            <p class="progress-label" data-testid="completion">{ format!("{percent}% complete") }</p>
            <p class="progress-note">{
                if required_missing == 0 { "Every required section is written.".to_string() }
                else { format!("{required_missing} required section(s) still to write.") }
            }</p>
            <ul class="sections">
                { for props.completion.sections.iter().map(|section| {
                    let mark = match section.status {
                        SectionState::Complete => "✓",
                        SectionState::Placeholder | SectionState::Incomplete => "◐",
                        SectionState::Empty => "○",
                        SectionState::Missing => "✗",
                    };
                    let word = section.status.as_str();
                    let requirement = match section.requirement {
                        Requirement::Required => "required",
                        Requirement::Recommended => "recommended",
                    };
                    let action = match (&section.span, section.insert_at) {
                        (Some(span), _) => {
                            let on_jump = props.on_jump.clone();
                            let span = span.clone();
                            html! {
                                <button type="button" class="section-title link" onclick={Callback::from(move |_| on_jump.emit(span.clone()))}
                                    title="Go to this section">{ section.title.clone() }</button>
                            }
                        }
                        (None, Some(at)) => {
                            let on_insert = props.on_insert.clone();
                            let level = props.levels.iter().find(|(id, _)| *id == section.id).map_or(2, |(_, l)| *l);
                            let insert = SectionInsert { title: section.title.clone(), level, at };
                            html! {
                                <>
                                    <span class="section-title">{ section.title.clone() }</span>
                                    <button type="button" class="insert" onclick={Callback::from(move |_| on_insert.emit(insert.clone()))}
                                        aria-label={format!("Insert the {} section", section.title)}>{ "Insert" }</button>
                                </>
                            }
                        }
                        _ => html! { <span class="section-title">{ section.title.clone() }</span> },
                    };
                    let detail = if section.placeholders.is_empty() { String::new() } else {
                        format!("still template text: {}", section.placeholders.iter().take(3).cloned().collect::<Vec<_>>().join(", "))
                    };
                    html! {
                        <li class={class_list(&[Some("section"), Some(word)])} data-section={section.id.clone()} data-status={word}>
                            <span class="mark" aria-hidden="true">{ mark }</span>
                            { action }
                            <span class="status">{ word }</span>
                            <span class={class_list(&[Some("requirement"), Some(requirement)])}>{ requirement }</span>
                            if !detail.is_empty() { <span class="detail">{ detail }</span> }
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}
