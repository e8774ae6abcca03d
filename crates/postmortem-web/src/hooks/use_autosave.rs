use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::drafts::now;
use crate::services::storage::{DraftStorage, Saved, StorageError};
use crate::state::{Action, Draft, OtherTab, SaveState};

/// A change is written at most this long after it was typed.
pub const SAVE_DELAY_MS: u32 = 300;
/// A history snapshot is taken after this long of editing.
pub const SNAPSHOT_EVERY_MS: u64 = 5 * 60 * 1000;

type Storage = Rc<Result<DraftStorage, StorageError>>;

/// Saves the draft: at most [`SAVE_DELAY_MS`] after an edit (a write per pause, not per
/// keystroke, and never further behind while typing goes on), at once when the page is hidden
/// or left (`visibilitychange`, `pagehide`), and with a history snapshot every few minutes of
/// editing. Nothing is written before the first edit, while another tab's save waits for the
/// author's choice, or over a revision this tab has not seen.
///
/// Returns `flush`, which writes any pending change now. `flush.emit(true)` says the text is
/// leaving the screen (the page is left, another draft opens): if another tab's save is still
/// waiting for the author's choice, the text on screen is then kept as a draft of its own, so
/// that leaving never loses it.
#[hook]
pub fn use_autosave(draft: &UseReducerHandle<Draft>, storage: Storage) -> Callback<bool> {
    // The draft as last rendered, for the timer and the page-hide handlers.
    let latest = use_mut_ref(|| (**draft).clone());
    *latest.borrow_mut() = (**draft).clone();
    let timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let last_snapshot = use_mut_ref(|| (String::new(), 0u64));
    let flush = {
        let (latest, storage, dispatch) = (latest.clone(), storage.clone(), draft.dispatcher());
        let (timer, last_snapshot) = (timer.clone(), last_snapshot.clone());
        Callback::from(move |leaving: bool| {
            timer.borrow_mut().take();
            let draft = latest.borrow().clone();
            if leaving {
                keep_text_with_choice_pending(&storage, &draft);
            }
            if draft.save == SaveState::Saving && draft.other_tab.is_none() {
                let action = save(&storage, &draft);
                if matches!(action, Action::Written { .. }) {
                    snapshot_now_and_then(&storage, &draft, &last_snapshot);
                }
                dispatch.dispatch(action);
            }
        })
    };
    {
        let (flush, timer) = (flush.clone(), timer.clone());
        let pending = draft.save == SaveState::Saving && draft.other_tab.is_none();
        use_effect_with((draft.revision, draft.seen, pending), move |_| {
            if pending && timer.borrow().is_none() {
                let flush = flush.clone();
                *timer.borrow_mut() = Some(Timeout::new(SAVE_DELAY_MS, move || flush.emit(false)));
            }
        });
    }
    {
        let flush = flush.clone();
        use_effect_with((), move |_| {
            let listeners = web_sys::window().map(|window| {
                let on_hide = {
                    let flush = flush.clone();
                    EventListener::new(&window, "pagehide", move |_| flush.emit(true))
                };
                let document = window.document();
                let on_hidden = document.map(|document| {
                    let hidden = document.clone();
                    EventListener::new(&document, "visibilitychange", move |_| {
                        if hidden.hidden() {
                            flush.emit(false);
                        }
                    })
                });
                (on_hide, on_hidden)
            });
            move || drop(listeners)
        });
    }
    flush
}

/// Writes the draft over the revision it has seen; a newer revision from another tab becomes
/// a choice for the author.
pub fn save(storage: &Result<DraftStorage, StorageError>, draft: &Draft) -> Action {
    let result = storage.as_ref().map_err(|e| e.clone()).and_then(|s| {
        let saved = s.save_draft(
            &draft.id,
            &draft.text,
            draft.profile.as_deref(),
            draft.seen,
            now(),
        )?;
        if matches!(saved, Saved::At(_)) {
            s.set_last_open(&draft.id)?;
        }
        Ok(saved)
    });
    match result {
        Ok(Saved::At(stored)) => {
            request_persistence_once();
            Action::Written {
                stored,
                edit: draft.revision,
            }
        }
        Ok(Saved::Conflict(other)) => Action::OtherTabSaved(OtherTab {
            text: other.text,
            revision: other.revision,
        }),
        Err(error) => Action::Stored(Err(error.to_string())),
    }
}

/// With another tab's save still waiting for the author's choice, the text on screen is not
/// in storage: keep it as a new draft (once per text).
fn keep_text_with_choice_pending(storage: &Result<DraftStorage, StorageError>, draft: &Draft) {
    let (Ok(storage), Some(other)) = (storage.as_ref(), &draft.other_tab) else {
        return;
    };
    if other.text == draft.text || draft.text.trim().is_empty() {
        return;
    }
    let already = storage
        .list()
        .is_ok_and(|l| l.drafts.iter().any(|d| d.text == draft.text));
    if already {
        return;
    }
    let _ = storage.keep_as_draft(
        &draft.text,
        "kept when the page was left with another tab's change pending",
        now(),
    );
}

fn snapshot_now_and_then(
    storage: &Result<DraftStorage, StorageError>,
    draft: &Draft,
    last_snapshot: &RefCell<(String, u64)>,
) {
    let Ok(storage) = storage.as_ref() else {
        return;
    };
    let now = now();
    let mut guard = last_snapshot.borrow_mut();
    let (id, last) = &mut *guard;
    if *id != draft.id {
        // First save of this draft in this page: count from its newest snapshot.
        *id = draft.id.clone();
        *last = storage
            .snapshots(&draft.id)
            .ok()
            .and_then(|l| l.last().map(|s| s.taken))
            .unwrap_or(now);
    }
    if now.saturating_sub(*last) >= SNAPSHOT_EVERY_MS {
        let _ = storage.take_snapshot(&draft.id, &draft.text, now);
        *last = now;
    }
}

thread_local! {
    static PERSIST_ASKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Asks the browser, once per page load and only after a first save, to keep this origin's
/// storage under pressure (`navigator.storage.persist()`).
fn request_persistence_once() {
    if PERSIST_ASKED.with(|asked| asked.replace(true)) {
        return;
    }
    crate::services::persistence::request();
}
