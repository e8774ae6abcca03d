use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::services::storage::{DraftStorage, StorageError, full_key};
use crate::state::{Action, Draft, OtherTab};

/// Listens for other tabs' saves of the draft on screen (the `storage` event names the
/// draft's key) and reports them to the draft's reducer, which makes them a choice for the
/// author when the texts differ.
#[hook]
pub fn use_other_tabs(
    draft: &UseReducerHandle<Draft>,
    storage: Rc<Result<DraftStorage, StorageError>>,
) {
    let dispatch = draft.dispatcher();
    use_effect_with(draft.id.clone(), move |id| {
        let key = full_key(&format!("draft.{id}"));
        let id = id.clone();
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                if event.key().as_deref() != Some(key.as_str()) {
                    return;
                }
                if let Ok(storage) = storage.as_ref()
                    && let Ok(Some(other)) = storage.draft(&id)
                {
                    dispatch.dispatch(Action::OtherTabSaved(OtherTab {
                        text: other.text,
                        revision: other.revision,
                    }));
                }
            })
        });
        move || drop(listener)
    });
}
