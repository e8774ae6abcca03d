//! The page: header, editor, and the live checklist beside it.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{ChecklistPanel, DraftEditor, SaveIndicator};
use crate::hooks::use_report;
use crate::services::storage::{CURRENT_DRAFT, DraftStorage, StorageError};
use crate::state::{Action, Draft, SaveState};

#[function_component(App)]
pub fn app() -> Html {
    let storage: Rc<Result<DraftStorage, StorageError>> = use_memo((), |_| DraftStorage::open());
    let draft = {
        let storage = storage.clone();
        use_reducer(move || load_draft(&storage))
    };
    {
        // Write every edit; the text stays on screen whatever storage says. Nothing is written
        // before the first edit, so a draft that could not be read is never overwritten.
        let storage = storage.clone();
        let dispatch = draft.dispatcher();
        let edited = draft.save == SaveState::Saving;
        use_effect_with(draft.text.clone(), move |text| {
            if !edited {
                return;
            }
            let result = match storage.as_ref() {
                Ok(storage) => storage.write(CURRENT_DRAFT, text),
                Err(error) => Err(error.clone()),
            };
            dispatch.dispatch(Action::Stored(result.map_err(|e| e.to_string())));
        });
    }
    let report = use_report(draft.text.clone());
    let on_edit = {
        let dispatch = draft.dispatcher();
        Callback::from(move |text: String| dispatch.dispatch(Action::Edit(text)))
    };
    html! {
        <div class="app">
            <header class="app-header">
                <h1 class="app-title">{ "Postmortem editor" }</h1>
                <SaveIndicator state={draft.save.clone()} />
            </header>
            <main class="workspace">
                <DraftEditor text={AttrValue::from(draft.text.clone())} {on_edit} />
                <aside class="panels" aria-label="Checks">
                    <ChecklistPanel
                        completion={report.completion.clone()}
                        profile_name={AttrValue::from(report.profile.name.clone())}
                    />
                </aside>
            </main>
        </div>
    }
}

/// The stored draft, or an empty one with the reason it could not be read.
fn load_draft(storage: &Result<DraftStorage, StorageError>) -> Draft {
    match storage.as_ref().map(|s| s.read(CURRENT_DRAFT)) {
        Ok(Ok(text)) => Draft::new(text.unwrap_or_default(), SaveState::Saved),
        Ok(Err(error)) => Draft::new(String::new(), SaveState::NotSaved(error.to_string())),
        Err(error) => Draft::new(String::new(), SaveState::NotSaved(error.to_string())),
    }
}
