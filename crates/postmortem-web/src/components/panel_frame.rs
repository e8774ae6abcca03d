use super::class_list;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PanelFrameProps {
    /// Stable id, used for the heading's id and in tests (`checklist`, `problems`).
    pub id: AttrValue,
    pub title: AttrValue,
    /// A short summary shown beside the title, also when collapsed (`42% complete`).
    #[prop_or_default]
    pub summary: AttrValue,
    pub collapsed: bool,
    pub on_toggle: Callback<()>,
    #[prop_or_default]
    pub children: Html,
}

/// A side panel with a heading that collapses and expands it.
#[function_component(PanelFrame)]
pub fn panel_frame(props: &PanelFrameProps) -> Html {
    let heading_id = format!("{}-title", props.id);
    let body_id = format!("{}-body", props.id);
    let on_toggle = props.on_toggle.reform(|_: MouseEvent| ());
    html! {
        <section class={class_list(&[Some("panel"), props.collapsed.then_some("collapsed")])} aria-labelledby={heading_id.clone()} data-panel={props.id.clone()}>
            <h2 id={heading_id} class="panel-title">
                <button type="button" class="panel-toggle" aria-expanded={(!props.collapsed).to_string()} aria-controls={body_id.clone()} onclick={on_toggle}>
                    <span class="chevron" aria-hidden="true">{ if props.collapsed { "▸" } else { "▾" } }</span>
                    <span>{ props.title.clone() }</span>
                    <span class="panel-summary">{ props.summary.clone() }</span>
                </button>
            </h2>
            if !props.collapsed {
                <div id={body_id} class="panel-body">{ props.children.clone() }</div>
            }
        </section>
    }
}
