use postmortem::{Completion, Requirement, SectionState};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChecklistPanelProps {
    pub completion: Completion,
    pub profile_name: AttrValue,
}

/// Every section of the profile with its status, and a progress bar.
#[function_component(ChecklistPanel)]
pub fn checklist_panel(props: &ChecklistPanelProps) -> Html {
    let percent = props.completion.percent;
    html! {
        <section class="panel checklist" aria-labelledby="checklist-title">
            <h2 id="checklist-title">{ "Sections" }</h2>
            <p class="profile-name">{ props.profile_name.clone() }</p>
            <div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100"
                aria-valuenow={percent.to_string()} aria-label="Completion">
                <div class="progress-fill" style={format!("width: {percent}%")}></div>
            </div>
            <p class="progress-label" data-testid="completion">{ format!("{percent}% complete") }</p>
            <ul class="sections" role="list">
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
                    html! {
                        <li class={classes!("section", word)} data-section={section.id.clone()} data-status={word}>
                            <span class="mark" aria-hidden="true">{ mark }</span>
                            <span class="title">{ section.title.clone() }</span>
                            <span class="status">{ word }</span>
                            <span class={classes!("requirement", requirement)}>{ requirement }</span>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
