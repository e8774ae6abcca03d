use yew::prelude::*;

use crate::state::SaveState;

#[derive(Properties, PartialEq)]
pub struct SaveIndicatorProps {
    pub state: SaveState,
}

/// "Saved", "Saving…" or why the draft is not saved, announced politely to screen readers.
#[function_component(SaveIndicator)]
pub fn save_indicator(props: &SaveIndicatorProps) -> Html {
    let (class, label) = match &props.state {
        SaveState::Saved => ("save-state saved", "Saved".to_string()),
        SaveState::Saving => ("save-state saving", "Saving…".to_string()),
        SaveState::NotSaved(why) => ("save-state not-saved", format!("Not saved — {why}")),
    };
    html! { <span class={class} role="status" aria-live="polite" data-testid="save-state">{ label }</span> }
}
